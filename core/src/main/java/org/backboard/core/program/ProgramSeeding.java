package org.backboard.core.program;

import java.util.List;

/** Seeding port: bulk loads of programs with all their versions, kept out of {@link Programs}. */
public interface ProgramSeeding {

    void insertAll(List<Program> programs);
}
