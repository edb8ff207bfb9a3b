package org.backboard.core.symptom;

public enum CheckInSource {
    CLINIC_VISIT("Clinic visit"),
    PHONE("Phone"),
    PATIENT_REPORTED("Patient-reported");

    private final String label;

    CheckInSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
