package org.backboard.core.exercise;

/** Where an exercise works. */
public enum TargetRegion {
    LOWER_BACK("Lower back"),
    UPPER_BACK("Upper and mid back"),
    WHOLE_SPINE("Whole spine"),
    HIPS_AND_PELVIS("Hips and pelvis"),
    TRUNK("Trunk muscles"),
    WHOLE_BODY("Whole body");

    private final String label;

    TargetRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
