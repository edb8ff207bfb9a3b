package org.backboard.ui.care;

import java.time.Clock;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.care.CheckInService;
import org.backboard.core.care.EpisodeService;
import org.backboard.core.care.LibraryService;
import org.backboard.core.care.OutcomeService;
import org.backboard.core.care.ProgramService;
import org.backboard.core.care.RedFlagService;
import org.backboard.core.clinician.ClinicianDirectory;
import org.springframework.stereotype.Component;

/** The care use cases the patient page calls (episodes, check-ins, flags, programs and their library, questionnaires), staff names, and the clinic's clock for "today" and the time zone. */
@Component
public record CareServices(CareRecordService records, EpisodeService episodes, CheckInService checkIns,
                           RedFlagService flags, ProgramService programs, LibraryService library,
                           OutcomeService outcomes,
                           ClinicianDirectory clinicians, Clock clock) {
}
