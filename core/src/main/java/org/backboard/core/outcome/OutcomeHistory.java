package org.backboard.core.outcome;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An episode's questionnaires in the order taken, read as baseline (the first) against latest. */
public record OutcomeHistory(List<OutcomeAdministration> administrations) {

    public static final OutcomeHistory NONE = new OutcomeHistory(List.of());

    public OutcomeHistory {
        administrations = administrations.stream()
                .sorted(Comparator.comparing(OutcomeAdministration::takenOn)
                        .thenComparing(OutcomeAdministration::recordedAt))
                .toList();
    }

    /** The first and the latest Oswestry score; the same administration when only one was taken. */
    public Optional<OdiProgress> odi() {
        List<OutcomeAdministration> taken = of(Instrument.ODI);
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        OutcomeAdministration first = taken.getFirst();
        OutcomeAdministration last = taken.getLast();
        return Optional.of(new OdiProgress(((OdiAnswers) first.measurement()).scored().percent(), first.takenOn(),
                ((OdiAnswers) last.measurement()).scored(), last.takenOn(), taken.size()));
    }

    public Optional<StartBack.Result> startBack() {
        return latest(Instrument.START_BACK).map(a -> ((StartBackAnswers) a.measurement()).result());
    }

    /** The latest PSFS: the activities a later one scores again. */
    public Optional<PsfsAnswers> psfs() {
        return latest(Instrument.PSFS).map(a -> (PsfsAnswers) a.measurement());
    }

    public Optional<LocalDate> lastTaken(Instrument instrument) {
        return latest(instrument).map(OutcomeAdministration::takenOn);
    }

    public List<OutcomeAdministration> of(Instrument instrument) {
        return administrations.stream().filter(a -> a.instrument() == instrument).toList();
    }

    private Optional<OutcomeAdministration> latest(Instrument instrument) {
        List<OutcomeAdministration> taken = of(instrument);
        return taken.isEmpty() ? Optional.empty() : Optional.of(taken.getLast());
    }

    /** Oswestry now against baseline; lower is better, and 10 points either way is an important change. */
    public record OdiProgress(int baseline, LocalDate baselineOn, Oswestry.Scored latest, LocalDate latestOn,
                              int times) {

        /** Points since baseline: negative is an improvement. */
        public int change() {
            return latest.percent() - baseline;
        }

        public boolean importantImprovement() {
            return -change() >= Oswestry.IMPORTANT_CHANGE;
        }

        public boolean importantWorsening() {
            return change() >= Oswestry.IMPORTANT_CHANGE;
        }
    }
}
