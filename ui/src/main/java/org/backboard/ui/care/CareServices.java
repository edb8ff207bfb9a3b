package org.backboard.ui.care;

import java.time.Clock;
import org.backboard.core.care.CheckInService;
import org.backboard.core.care.EpisodeService;
import org.backboard.core.care.RedFlagService;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.ui.outcome.OutcomeServices;
import org.backboard.ui.program.ProgramServices;
import org.springframework.stereotype.Component;

/**
 * What the care panel uses: episodes, check-ins and flags itself, its program and questionnaire
 * sections theirs, staff names, and the clinic's clock for "today" and the time zone.
 */
@Component
public record CareServices(EpisodeService episodes, CheckInService checkIns, RedFlagService flags,
                           ProgramServices programs, OutcomeServices outcomes, ClinicianDirectory clinicians,
                           Clock clock) {
}
