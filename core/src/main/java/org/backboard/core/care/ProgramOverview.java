package org.backboard.core.care;

import java.util.Map;
import java.util.Optional;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.Program;
import org.backboard.core.program.WeekAtAGlance;

/**
 * An episode's program as the patient page shows it: every version, the library entries it
 * names (retired ones included), and this week's completions once the program has started.
 */
public record ProgramOverview(Program program, Map<ExerciseId, Exercise> exercises, Optional<WeekAtAGlance> week) {

    public ProgramOverview {
        exercises = Map.copyOf(exercises);
    }

    public String nameOf(ExerciseId id) {
        Exercise exercise = exercises.get(id);
        return exercise == null ? "Exercise no longer in the library" : exercise.name();
    }
}
