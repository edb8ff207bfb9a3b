package org.backboard.core.program;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Completed exercise sessions. */
public interface ExerciseSessions {

    void add(ExerciseSession session);

    /** Sessions of each program from {@code from} to {@code to} inclusive, oldest first. */
    Map<ProgramId, List<ExerciseSession>> between(Collection<ProgramId> programs, LocalDate from, LocalDate to);

    /** The day of each program's latest session; programs without sessions are absent. */
    Map<ProgramId, LocalDate> lastSessionDays(Collection<ProgramId> programs);
}
