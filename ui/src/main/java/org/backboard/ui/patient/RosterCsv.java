package org.backboard.ui.patient;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.roster.RosterRow;

/**
 * The roster export's columns: what the roster shows (name, MRN, age, therapist, stage, pain, red
 * flag, status), with the values behind it (date of birth, onset, week, days until chronic, both pain
 * scores) for a spreadsheet to sort and count.
 */
final class RosterCsv {

    static final List<String> HEADER = List.of("mrn", "family_name", "given_name", "date_of_birth", "age", "therapist",
            "status", "stage", "onset", "week", "days_until_chronic", "pain_baseline", "pain_now", "pain_change",
            "red_flag");

    private RosterCsv() {
    }

    static List<String> cells(RosterRow row, LocalDate today) {
        Optional<Chronicity> clock = row.chronicityOn(today);
        Optional<PainChange> pain = row.pain();
        return Arrays.asList(
                row.mrn(),
                row.familyName(),
                row.givenName(),
                row.dateOfBirth().toString(),
                String.valueOf(row.ageOn(today)),
                row.therapistName(),
                row.status().label(),
                clock.map(c -> c.stage().label()).orElse(""),
                row.openOnset().map(LocalDate::toString).orElse(""),
                clock.map(c -> String.valueOf(c.week())).orElse(""),
                clock.flatMap(Chronicity::daysUntilChronic).map(String::valueOf).orElse(""),
                pain.map(p -> String.valueOf(p.baseline().value())).orElse(""),
                pain.map(p -> String.valueOf(p.current().value())).orElse(""),
                pain.map(p -> p.category().label()).orElse(""),
                row.worstOpenFlag().map(tier -> tier.label()).orElse(""));
    }
}
