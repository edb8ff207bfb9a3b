package org.backboard.core.clinician;

/** What a clinician may do: therapists their own caseload, leads the whole clinic. */
public enum Role {
    THERAPIST("Therapist"),
    LEAD("Clinic lead");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
