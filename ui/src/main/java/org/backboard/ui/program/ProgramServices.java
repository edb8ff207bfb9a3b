package org.backboard.ui.program;

import java.time.Clock;
import org.backboard.core.care.LibraryService;
import org.backboard.core.care.ProgramService;
import org.backboard.core.clinician.ClinicianDirectory;
import org.springframework.stereotype.Component;

/** What an episode's program section uses: its programs, the exercise library, staff names and the clinic's clock. */
@Component
public record ProgramServices(ProgramService programs, LibraryService library, ClinicianDirectory clinicians,
                              Clock clock) {
}
