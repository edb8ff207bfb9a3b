package org.backboard.core.patient;

public enum Sex {
    FEMALE("Female"),
    MALE("Male"),
    OTHER("Other"),
    UNKNOWN("Unknown");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
