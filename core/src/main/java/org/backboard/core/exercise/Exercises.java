package org.backboard.core.exercise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exercise library (a few dozen rows: it is read whole). */
public interface Exercises {

    /** Every exercise, retired ones included, by name. */
    List<Exercise> all();

    Optional<Exercise> find(ExerciseId id);

    Map<ExerciseId, Exercise> byIds(Collection<ExerciseId> ids);

    /** Whether another exercise already has this name (case-insensitive). */
    boolean nameTaken(String name, Optional<ExerciseId> except);

    /**
     * Inserts a new exercise or updates one whose stored version is still {@code exercise.version()};
     * returns it with its new version.
     *
     * @throws org.backboard.core.shared.ConcurrentChangeException when someone saved it first
     */
    Exercise save(Exercise exercise);
}
