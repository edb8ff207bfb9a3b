package org.backboard.core.clinic;

import java.time.LocalDate;
import java.util.List;

/** Port: the clinic-wide counts the outcomes page is computed from. */
public interface ClinicFigures {

    /** Active patients with an open episode, by symptom onset of their most advanced one. */
    List<OnsetCount> openOnsets();

    /**
     * For episodes whose clock reached the end of {@code week} by {@code reachedBy} (onset + 7 × week
     * on or before it) and that have a score by then: how many had each pair of baseline and
     * latest-by-that-week scores.
     */
    List<PainPair> painAtWeek(int week, LocalDate reachedBy);

    /**
     * For programs on active episodes, over {@code from}..{@code to}: how many programs had each pair
     * of session-days (the sum over days of the sessions a week the version in force asks) and
     * sessions completed.
     */
    List<SessionPair> sessionsBetween(LocalDate from, LocalDate to);

    record OnsetCount(LocalDate onset, long patients) {
    }

    record PainPair(int baseline, int atWeek, long episodes) {
    }

    record SessionPair(long sessionDays, int completed, long programs) {
    }
}
