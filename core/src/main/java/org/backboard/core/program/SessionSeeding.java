package org.backboard.core.program;

import java.util.List;

/** Seeding port: bulk loads of exercise sessions, kept out of {@link ExerciseSessions}. */
public interface SessionSeeding {

    void insertAll(List<ExerciseSession> sessions);
}
