package org.backboard.core.care;

import java.time.LocalDate;
import org.backboard.core.patient.Patient;
import org.backboard.core.program.ProgramVersion;

/** What the printed home exercise program needs: the patient, the program and its exercises. */
public record Handout(Patient patient, ProgramOverview program) {

    /** The version to print: the one in force on {@code today}, or the first if the program has not started. */
    public ProgramVersion versionFor(LocalDate today) {
        return program.program().inForceOn(today).orElse(program.program().versions().getFirst());
    }
}
