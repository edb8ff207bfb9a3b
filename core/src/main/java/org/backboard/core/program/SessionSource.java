package org.backboard.core.program;

/** Who reported a completed session; a patient app would report its own. */
public enum SessionSource {
    CLINIC_VISIT("Clinic visit"),
    PHONE("Phone"),
    PATIENT_APP("Patient app");

    private final String label;

    SessionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
