package org.backboard.core.episode;

/** Seed 002's pain types. */
public enum PainType {
    MECHANICAL("Mechanical"),
    NEUROPATHIC("Neuropathic"),
    INFLAMMATORY("Inflammatory");

    private final String label;

    PainType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
