package org.backboard.core.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reassessment cadence of docs/clinical-rules.md section 4.7: STarT Back at intake; the Oswestry
 * at intake and again once 28 days have passed since the last one; the PSFS with the Oswestry, at
 * each of its due dates. (The discharge ODI is taken as part of discharging, so it is never "due"
 * ahead of time.) Intake is the episode's start date. The worklist, the patient page and the
 * patient's own app all read this one schedule, so what the patient answered is no longer due anywhere.
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
        Reassessment odi = lastOdi.map(last -> new Reassessment(Instrument.ODI, last.plusDays(ODI_EVERY_DAYS),
                        ODI_EVERY_DAYS + " days since the last"))
                .orElseGet(() -> new Reassessment(Instrument.ODI, episodeStart, "baseline at intake"));
        due.add(odi);
        psfs(odi, lastOdi.isEmpty(), history.lastTaken(Instrument.PSFS)).ifPresent(due::add);
        due.sort(Comparator.comparing(Reassessment::dueOn).thenComparing(Reassessment::instrument));
        return List.copyOf(due);
    }

    /**
     * The PSFS rides on the Oswestry: due on the Oswestry's due date until a PSFS has been taken on or
     * after that day. One reassessment (a visit, or the patient's app and then the clinician) covers
     * both, and an episode never gets a reminder of its own for the PSFS.
     */
    private static Optional<Reassessment> psfs(Reassessment odi, boolean atIntake, Optional<LocalDate> lastPsfs) {
        if (lastPsfs.filter(last -> !last.isBefore(odi.dueOn())).isPresent()) {
            return Optional.empty();
        }
        String why = lastPsfs.isPresent() ? "with the Oswestry"
                : atIntake ? "baseline at intake" : "first, with the Oswestry";
        return Optional.of(new Reassessment(Instrument.PSFS, odi.dueOn(), why));
    }

    public boolean isDue(LocalDate today) {
        return !dueOn.isAfter(today);
    }
}
