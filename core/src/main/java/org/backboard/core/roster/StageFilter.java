package org.backboard.core.roster;

import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.episode.Chronicity;

/**
 * The roster's chronicity filters, applied to the most advanced open episode of each patient
 * (the one with the earliest onset). Each becomes a range of onset dates from the rule in
 * {@link Chronicity}, so the database filters with the same rule the pages show.
 */
public enum StageFilter {
    ACUTE("Acute"),
    SUBACUTE("Subacute"),
    CHRONIC("Chronic"),
    CHRONICITY_WATCH("Chronicity watch (days 70-83)");

    private final String label;

    StageFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The onset dates this filter matches on {@code asOf}. */
    public OnsetRange onsets(LocalDate asOf) {
        return switch (this) {
            case ACUTE -> new OnsetRange(Optional.of(Chronicity.subacuteOnsetOnOrBefore(asOf)), asOf);
            case SUBACUTE -> new OnsetRange(Optional.of(Chronicity.chronicOnsetOnOrBefore(asOf)),
                    Chronicity.subacuteOnsetOnOrBefore(asOf));
            case CHRONIC -> new OnsetRange(Optional.empty(), Chronicity.chronicOnsetOnOrBefore(asOf));
            case CHRONICITY_WATCH -> new OnsetRange(Optional.of(Chronicity.chronicOnsetOnOrBefore(asOf)),
                    Chronicity.watchOnsetOnOrBefore(asOf));
        };
    }

    /** Onsets after {@code after} (when given) and on or before {@code onOrBefore}. */
    public record OnsetRange(Optional<LocalDate> after, LocalDate onOrBefore) {

        public boolean contains(LocalDate onset) {
            return after.map(onset::isAfter).orElse(true) && !onset.isAfter(onOrBefore);
        }
    }
}
