package org.backboard.core.exercise;

import java.util.Objects;

/**
 * An exercise in the clinic's library. Retiring keeps it (programs that prescribed it still show
 * it) but it can no longer be added to a program. {@code version} guards concurrent edits.
 */
public record Exercise(ExerciseId id, ExerciseDetails details, boolean retired, long version) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }

    public static Exercise add(ExerciseDetails details) {
        return new Exercise(ExerciseId.newId(), details, false, 0);
    }

    public Exercise edit(ExerciseDetails changed) {
        return new Exercise(id, changed, retired, version);
    }

    public Exercise retire() {
        return new Exercise(id, details, true, version);
    }

    public Exercise reinstate() {
        return new Exercise(id, details, false, version);
    }

    public String name() {
        return details.name();
    }
}
