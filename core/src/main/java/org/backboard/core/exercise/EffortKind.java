package org.backboard.core.exercise;

/** Whether a set counts repetitions or holds a position, as chosen in a form. */
public enum EffortKind {
    REPS("Reps"),
    HOLD("Hold (seconds)");

    private final String label;

    EffortKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EffortKind of(Dosage.Effort effort) {
        return effort instanceof Dosage.Hold ? HOLD : REPS;
    }
}
