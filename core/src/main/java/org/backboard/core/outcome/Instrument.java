package org.backboard.core.outcome;

/** The outcome questionnaires a clinician administers (CLINICAL.md section 4). */
public enum Instrument {
    ODI("Oswestry Disability Index"),
    START_BACK("STarT Back screening"),
    PSFS("Patient-Specific Functional Scale");

    private final String label;

    Instrument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
