package org.backboard.core.exercise;

/** The kinds of exercise docs/clinical-rules.md section 5.1 names. */
public enum ExerciseCategory {
    MOBILITY("Mobility"),
    STRETCH("Stretch"),
    STRENGTH_CORE("Strength / core"),
    AEROBIC("Aerobic"),
    RELAXATION("Relaxation");

    private final String label;

    ExerciseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
