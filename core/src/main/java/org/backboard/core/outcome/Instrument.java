package org.backboard.core.outcome;

/** The outcome questionnaires a clinician administers (docs/clinical-rules.md section 4). */
public enum Instrument {
    ODI("Oswestry Disability Index", "Oswestry (ODI)"),
    START_BACK("STarT Back screening", "STarT Back"),
    PSFS("Patient-Specific Functional Scale", "PSFS");

    private final String label;
    private final String shortLabel;

    Instrument(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    /** For tight spaces: summary tiles, worklist lines. */
    public String shortLabel() {
        return shortLabel;
    }
}
