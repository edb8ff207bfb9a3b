package org.backboard.core.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.outcome.Reassessment;
import org.backboard.core.outcome.ReviewPrompt;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.PainScore;

/**
 * One episode as the patient page shows it, computed for today: the 12-week clock (stopped at
 * discharge), the timeline in time order, pain now against the baseline (the first score), the
 * "not improving" prompt while the episode is open, its flags, its exercise program, its
 * questionnaires and, while open, when the next ones are due.
 */
public record EpisodeOverview(
        Episode episode,
        Chronicity chronicity,
        List<CheckIn> timeline,
        Optional<PainChange> pain,
        Optional<ReviewPrompt> prompt,
        List<RaisedFlag> flags,
        Optional<ProgramOverview> program,
        OutcomeHistory outcomes,
        List<Reassessment> schedule) {

    public EpisodeOverview {
        timeline = List.copyOf(timeline);
        flags = List.copyOf(flags);
        schedule = List.copyOf(schedule);
    }

    static EpisodeOverview of(Episode episode, LocalDate today, List<CheckIn> timeline,
                              List<RaisedFlag> flags, Optional<ProgramOverview> program, OutcomeHistory outcomes) {
        Chronicity chronicity = episode.chronicityOn(today);
        // pain change reads only the check-ins that scored pain (a phone call may not have)
        List<PainScore> scored = timeline.stream().flatMap(c -> c.pain().stream()).toList();
        Optional<PainChange> pain = scored.isEmpty() ? Optional.empty()
                : Optional.of(PainChange.between(scored.getFirst(), scored.getLast()));
        Optional<ReviewPrompt> prompt = episode.isDischarged() ? Optional.empty()
                : ReviewPrompt.notImproving(chronicity, pain);
        List<Reassessment> schedule = episode.isDischarged() ? List.of()
                : Reassessment.schedule(episode.details().startDate(), outcomes);
        return new EpisodeOverview(episode, chronicity, timeline, pain, prompt, flags, program, outcomes, schedule);
    }

    /** The questionnaire due soonest (perhaps overdue); empty once discharged. */
    public Optional<Reassessment> nextReassessment() {
        return schedule.stream().findFirst();
    }

    public List<RaisedFlag> openFlags() {
        return flags.stream().filter(RaisedFlag::isOpen).toList();
    }
}
