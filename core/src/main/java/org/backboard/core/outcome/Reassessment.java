package org.backboard.core.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reassessment cadence of docs/clinical-rules.md section 4.7: STarT Back at intake; the Oswestry at intake
 * and again once 28 days have passed since the last one. (The discharge ODI is taken as part of
 * discharging, so it is never "due" ahead of time.) Intake is the episode's start date.
 */
public record Reassessment(Instrument instrument, LocalDate dueOn, String why) {

    public static final int ODI_EVERY_DAYS = 28;

    /** What an open episode needs next, soonest first. */
    public static List<Reassessment> schedule(LocalDate episodeStart, OutcomeHistory history) {
        List<Reassessment> due = new ArrayList<>();
        if (history.lastTaken(Instrument.START_BACK).isEmpty()) {
            due.add(new Reassessment(Instrument.START_BACK, episodeStart, "screen at intake"));
        }
        Optional<LocalDate> lastOdi = history.lastTaken(Instrument.ODI);
        due.add(lastOdi.map(last -> new Reassessment(Instrument.ODI, last.plusDays(ODI_EVERY_DAYS),
                        ODI_EVERY_DAYS + " days since the last"))
                .orElseGet(() -> new Reassessment(Instrument.ODI, episodeStart, "baseline at intake")));
        due.sort(Comparator.comparing(Reassessment::dueOn).thenComparing(Reassessment::instrument));
        return List.copyOf(due);
    }

    public boolean isDue(LocalDate today) {
        return !dueOn.isAfter(today);
    }
}
