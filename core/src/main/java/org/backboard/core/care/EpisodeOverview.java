package org.backboard.core.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.outcome.ReviewPrompt;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.symptom.CheckIn;

/**
 * One episode as the patient page shows it, computed for today: the 12-week clock (stopped at
 * discharge), the timeline in time order, pain now against the baseline (the first score), the
 * "not improving" prompt while the episode is open, its flags and its exercise program.
 */
public record EpisodeOverview(
        Episode episode,
        Chronicity chronicity,
        List<CheckIn> timeline,
        Optional<PainChange> pain,
        Optional<ReviewPrompt> prompt,
        List<RaisedFlag> flags,
        Optional<ProgramOverview> program) {

    public EpisodeOverview {
        timeline = List.copyOf(timeline);
        flags = List.copyOf(flags);
    }

    static EpisodeOverview of(Episode episode, LocalDate today, List<CheckIn> timeline,
                              List<RaisedFlag> flags, Optional<ProgramOverview> program) {
        Chronicity chronicity = episode.chronicityOn(today);
        Optional<PainChange> pain = timeline.isEmpty() ? Optional.empty()
                : Optional.of(PainChange.between(timeline.getFirst().pain(), timeline.getLast().pain()));
        Optional<ReviewPrompt> prompt = episode.isDischarged() ? Optional.empty()
                : ReviewPrompt.notImproving(chronicity, pain);
        return new EpisodeOverview(episode, chronicity, timeline, pain, prompt, flags, program);
    }

    public List<RaisedFlag> openFlags() {
        return flags.stream().filter(RaisedFlag::isOpen).toList();
    }
}
