package org.backboard.core.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reassessment cadence of docs/clinical-rules.md section 4.7: STarT Back at intake; the Oswestry
 * and the PSFS at intake and again once 28 days have passed since the last one of each. (The
 * discharge ODI is taken as part of discharging, so it is never "due" ahead of time.) Intake is the
 * episode's start date. The worklist, the patient page and the patient's own app all read this one
 * schedule, so a questionnaire the patient answered is no longer due anywhere.
 */
public record Reassessment(Instrument instrument, LocalDate dueOn, String why) {

    public static final int ODI_EVERY_DAYS = 28;
    /** The PSFS follows the Oswestry's rhythm, so one reassessment visit covers both. */
    public static final int PSFS_EVERY_DAYS = ODI_EVERY_DAYS;

    /** What an open episode needs next, soonest first. */
    public static List<Reassessment> schedule(LocalDate episodeStart, OutcomeHistory history) {
        List<Reassessment> due = new ArrayList<>();
        if (history.lastTaken(Instrument.START_BACK).isEmpty()) {
            due.add(new Reassessment(Instrument.START_BACK, episodeStart, "screen at intake"));
        }
        due.add(recurring(Instrument.ODI, ODI_EVERY_DAYS, episodeStart, history));
        due.add(recurring(Instrument.PSFS, PSFS_EVERY_DAYS, episodeStart, history));
        due.sort(Comparator.comparing(Reassessment::dueOn).thenComparing(Reassessment::instrument));
        return List.copyOf(due);
    }

    private static Reassessment recurring(Instrument instrument, int everyDays, LocalDate episodeStart,
                                          OutcomeHistory history) {
        Optional<LocalDate> last = history.lastTaken(instrument);
        return last.map(day -> new Reassessment(instrument, day.plusDays(everyDays), everyDays + " days since the last"))
                .orElseGet(() -> new Reassessment(instrument, episodeStart, "baseline at intake"));
    }

    public boolean isDue(LocalDate today) {
        return !dueOn.isAfter(today);
    }
}
