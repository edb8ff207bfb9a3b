package org.backboard.core.episode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The 12-week clock of docs/clinical-rules.md section 1, counted in whole days from symptom onset (not from
 * the episode's start) to "as of": ACUTE 0-27 days, SUBACUTE 28-83, CHRONIC from day 84; week =
 * days / 7 + 1; the chronicity watch is days 70-83.
 */
public record Chronicity(long days, ChronicityStage stage) {

    public static final int SUBACUTE_FROM_DAY = 28;
    public static final int WATCH_FROM_DAY = 70;
    public static final int CHRONIC_FROM_DAY = 84;

    public static Chronicity of(LocalDate onset, LocalDate asOf) {
        if (onset.isAfter(asOf)) {
            throw new IllegalArgumentException("Symptom onset cannot be after " + asOf);
        }
        long days = ChronoUnit.DAYS.between(onset, asOf);
        ChronicityStage stage = days < SUBACUTE_FROM_DAY ? ChronicityStage.ACUTE
                : days < CHRONIC_FROM_DAY ? ChronicityStage.SUBACUTE
                : ChronicityStage.CHRONIC;
        return new Chronicity(days, stage);
    }

    /** Week 1 is days 0-6; day 84 is in week 13. */
    public long week() {
        return days / 7 + 1;
    }

    /** Days left before the episode turns chronic; empty once it is. */
    public Optional<Long> daysUntilChronic() {
        return stage == ChronicityStage.CHRONIC ? Optional.empty() : Optional.of(CHRONIC_FROM_DAY - days);
    }

    /** The two weeks before turning chronic, when the episode must be reviewed. */
    public boolean inWatchWindow() {
        return days >= WATCH_FROM_DAY && days < CHRONIC_FROM_DAY;
    }

    /** Onsets on or before this date are chronic on {@code asOf}: the bound SQL filters with. */
    public static LocalDate chronicOnsetOnOrBefore(LocalDate asOf) {
        return asOf.minusDays(CHRONIC_FROM_DAY);
    }

    /** Onsets on or before this date are at least subacute on {@code asOf}. */
    public static LocalDate subacuteOnsetOnOrBefore(LocalDate asOf) {
        return asOf.minusDays(SUBACUTE_FROM_DAY);
    }

    /** Onsets on or before this date have reached the watch window on {@code asOf}. */
    public static LocalDate watchOnsetOnOrBefore(LocalDate asOf) {
        return asOf.minusDays(WATCH_FROM_DAY);
    }
}
