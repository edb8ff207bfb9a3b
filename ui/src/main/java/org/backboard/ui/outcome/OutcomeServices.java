package org.backboard.ui.outcome;

import java.time.Clock;
import org.backboard.core.care.OutcomeService;
import org.backboard.core.clinician.ClinicianDirectory;
import org.springframework.stereotype.Component;

/** What an episode's questionnaire section uses: the questionnaires, staff names and the clinic's clock. */
@Component
public record OutcomeServices(OutcomeService outcomes, ClinicianDirectory clinicians, Clock clock) {
}
