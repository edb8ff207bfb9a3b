package org.backboard.core.episode;

/** Seed 000's regions of the spine. */
public enum BodyRegion {
    CERVICAL("Cervical (neck)"),
    THORACIC("Thoracic (mid back)"),
    LUMBAR("Lumbar (low back)"),
    SACRAL_COCCYX("Sacral / coccyx");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
