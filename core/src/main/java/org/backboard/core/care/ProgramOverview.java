package org.backboard.core.care;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.Adherence;
import org.backboard.core.program.ProgramAdherence;
import org.backboard.core.program.Program;
import org.backboard.core.program.WeekAtAGlance;

/**
 * An episode's program as the patient page shows it: every version, the library entries it
 * names (retired ones included), this week's completions once the program has started, and
 * adherence over the last 7, 14 and 28 days and week by week of the 12-week clock.
 */
public record ProgramOverview(Program program, Map<ExerciseId, Exercise> exercises, Optional<WeekAtAGlance> week,
                              AdherenceWindows adherence, List<ProgramAdherence.Week> weeks) {

    public ProgramOverview {
        exercises = Map.copyOf(exercises);
        weeks = List.copyOf(weeks);
    }

    public String nameOf(ExerciseId id) {
        Exercise exercise = exercises.get(id);
        return exercise == null ? "Exercise no longer in the library" : exercise.name();
    }

    /** Adherence over the last 7, 14 and 28 days; each empty when nothing was prescribed in it. */
    public record AdherenceWindows(Optional<Adherence> last7, Optional<Adherence> last14, Optional<Adherence> last28) {

        public static final AdherenceWindows NONE = new AdherenceWindows(Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
