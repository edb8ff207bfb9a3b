package org.backboard.core.worklist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.outcome.ReviewPrompt;
import org.backboard.core.program.Adherence;
import org.backboard.core.redflag.RaisedFlag;

/**
 * The rules of docs/clinical-rules.md section 6, for today. An episode on hold keeps its clock, pain and
 * reassessment items; only inactivity and low adherence are not chased, as the pause is the
 * therapist's decision.
 */
public final class WorklistRules {

    public static final int HIGH_PAIN_FROM = 7;
    public static final int WORSENING_BY = 2;
    public static final int INACTIVE_FROM_DAYS = 7;
    public static final int INACTIVE_HIGH_FROM_DAYS = 21;

    private WorklistRules() {
    }

    /** A red flag is on the worklist for as long as it is open, at its tier. */
    public static WorkItem forFlag(RaisedFlag flag, PatientRef patient, ZoneId zone) {
        if (!flag.isOpen()) {
            throw new IllegalArgumentException("an acknowledged flag is off the worklist");
        }
        return new WorkItem(ItemKind.RED_FLAG, Severity.of(flag.tier()), patient, flag.episode(),
                LocalDate.ofInstant(flag.raisedAt(), zone), flag.sign().warningSign(), Optional.of(flag.id()));
    }

    public static List<WorkItem> forEpisode(EpisodeFacts facts, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        boolean paused = facts.status() != EpisodeStatus.ACTIVE;
        Chronicity clock = Chronicity.of(facts.onset(), today);
        Optional<PainChange> change = facts.baseline().flatMap(first -> facts.latest()
                .map(last -> PainChange.between(first.score(), last.score())));
        facts.latest().ifPresent(latest -> {
            if (latest.score().value() >= HIGH_PAIN_FROM) {
                items.add(item(facts, ItemKind.HIGH_PAIN, Severity.HIGH, latest.on(),
                        "Latest pain " + latest.score().value() + "/10"));
            }
        });
        change.filter(c -> c.current().value() >= c.baseline().value() + WORSENING_BY).ifPresent(c ->
                items.add(item(facts, ItemKind.PAIN_WORSENING, Severity.HIGH, facts.latest().orElseThrow().on(),
                        "Pain " + c.current().value() + "/10, up from " + c.baseline().value() + "/10 at baseline")));
        ReviewPrompt.notImproving(clock, change).ifPresent(prompt -> {
            boolean chronic = prompt == ReviewPrompt.NOT_IMPROVING_CHRONIC;
            int fromDay = chronic ? Chronicity.CHRONIC_FROM_DAY : Chronicity.SUBACUTE_FROM_DAY;
            items.add(item(facts, ItemKind.NOT_IMPROVING, chronic ? Severity.HIGH : Severity.MEDIUM,
                    facts.onset().plusDays(fromDay), "No important improvement after " + fromDay / 7
                            + " weeks (pain " + change.get().baseline().value() + " → "
                            + change.get().current().value() + ")"));
        });
        if (clock.inWatchWindow()) {
            items.add(item(facts, ItemKind.CHRONICITY_WATCH, Severity.MEDIUM,
                    facts.onset().plusDays(Chronicity.WATCH_FROM_DAY),
                    clock.daysUntilChronic().orElseThrow() + " days until chronic"));
        }
        facts.adherence().filter(a -> !paused && a.level() == Adherence.Level.LOW && a.wholeSessionDue())
                .ifPresent(a ->
                // reviewed week by week: an acknowledgement holds until Monday
                items.add(item(facts, ItemKind.LOW_ADHERENCE, Severity.MEDIUM,
                        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        a.percent() + " % over the last " + EpisodeFacts.ADHERENCE_DAYS + " days ("
                                + a.completed() + " of " + a.prescribedShown() + " sessions)")));
        LocalDate lastActivity = facts.lastActivity();
        long idle = ChronoUnit.DAYS.between(lastActivity, today);
        if (!paused && idle >= INACTIVE_FROM_DAYS) {
            items.add(item(facts, ItemKind.INACTIVE, idle >= INACTIVE_HIGH_FROM_DAYS ? Severity.HIGH : Severity.LOW,
                    lastActivity, "No check-in or completed session for " + idle + " days"));
        }
        // questionnaires due on the same day are one item (STarT Back and the ODI at intake)
        Map<LocalDate, String> dueByDay = new TreeMap<>();
        facts.schedule().stream().filter(due -> due.isDue(today)).forEach(due -> dueByDay.merge(due.dueOn(),
                due.instrument().shortLabel() + " (" + due.why() + ")", (a, b) -> a + " and " + b));
        dueByDay.forEach((day, what) -> items.add(item(facts, ItemKind.REASSESSMENT_DUE, Severity.LOW, day,
                what + " due")));
        return items;
    }

    private static WorkItem item(EpisodeFacts facts, ItemKind kind, Severity severity, LocalDate since,
                                 String reason) {
        return new WorkItem(kind, severity, facts.patient(), facts.episode(), since, reason, Optional.empty());
    }
}
