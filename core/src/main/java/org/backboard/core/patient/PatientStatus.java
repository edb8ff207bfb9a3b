package org.backboard.core.patient;

public enum PatientStatus {
    ACTIVE("Active"),
    ARCHIVED("Archived");

    private final String label;

    PatientStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
