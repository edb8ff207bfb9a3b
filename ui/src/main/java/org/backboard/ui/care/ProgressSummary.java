package org.backboard.ui.care;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backboard.core.care.EpisodeOverview;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.outcome.PainChangeCategory;
import org.backboard.core.outcome.Reassessment;
import org.backboard.core.outcome.StartBack;
import org.backboard.core.program.Adherence;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.ui.components.Dates;

/**
 * An episode's progress in ten seconds: stage and week, pain and Oswestry now against baseline,
 * adherence, risk, open flags and the next reassessment, as a row of tiles.
 */
final class ProgressSummary extends Div {


    private enum Tone { NEUTRAL, GOOD, BAD }

    ProgressSummary(EpisodeOverview overview, LocalDate today) {
        addClassName("bb-progress");
        setId("progress-" + overview.episode().id().value());
        tile("Stage", stage(overview), overview.episode().isDischarged() ? "discharged"
                : overview.chronicity().daysUntilChronic().map(d -> d + " days until chronic")
                .orElse("12 weeks or more"), Tone.NEUTRAL, "stage");
        pain(overview.pain());
        odi(overview.outcomes());
        adherence(overview.program());
        startBack(overview.outcomes().startBack());
        flags(overview.openFlags());
        next(overview.nextReassessment(), today, overview.episode().isDischarged());
    }

    private static String stage(EpisodeOverview overview) {
        return "Week " + overview.chronicity().week() + " · " + overview.chronicity().stage().label();
    }

    private void pain(Optional<PainChange> pain) {
        if (pain.isEmpty()) {
            tile("Pain", "No score yet", "record a check-in", Tone.NEUTRAL, "pain");
            return;
        }
        PainChange change = pain.get();
        tile("Pain", change.current().value() + "/10 now", "baseline " + change.baseline().value() + " · "
                + change.category().label().toLowerCase(Locale.ENGLISH), change.category() == PainChangeCategory.IMPROVED
                ? Tone.GOOD : change.category() == PainChangeCategory.WORSENED ? Tone.BAD : Tone.NEUTRAL, "pain");
    }

    private void odi(OutcomeHistory outcomes) {
        outcomes.odi().ifPresentOrElse(odi -> {
            String change = odi.times() == 1 ? "baseline only"
                    : "baseline " + odi.baseline() + " % · " + signed(odi.change()) + " points"
                    + (odi.importantImprovement() ? ", important improvement"
                    : odi.importantWorsening() ? ", important worsening" : ", under the 10-point change");
            tile("Oswestry", odi.latest().percent() + " % · " + odi.latest().band().label()
                            .toLowerCase(Locale.ENGLISH), change,
                    odi.importantImprovement() ? Tone.GOOD : odi.importantWorsening() ? Tone.BAD : Tone.NEUTRAL, "odi");
        }, () -> tile("Oswestry", "Not taken", "due at intake", Tone.NEUTRAL, "odi"));
    }

    private void adherence(Optional<ProgramOverview> program) {
        if (program.isEmpty()) {
            tile("Adherence", "No program", "", Tone.NEUTRAL, "adherence");
            return;
        }
        ProgramOverview.AdherenceWindows windows = program.get().adherence();
        Optional<Adherence> main = windows.last14();
        tile("Adherence, 14 days", main.map(a -> a.percent() + " % · " + a.level().name().toLowerCase(Locale.ENGLISH))
                        .orElse("Nothing prescribed yet"),
                "7 days " + percent(windows.last7()) + " · 28 days " + percent(windows.last28()),
                main.map(a -> a.level() == Adherence.Level.GOOD ? Tone.GOOD
                        : a.level() == Adherence.Level.LOW ? Tone.BAD : Tone.NEUTRAL).orElse(Tone.NEUTRAL),
                "adherence");
    }

    private void startBack(Optional<StartBack.Result> result) {
        result.ifPresentOrElse(r -> tile("STarT Back", r.risk().name().charAt(0)
                        + r.risk().name().substring(1).toLowerCase(Locale.ENGLISH) + " risk",
                        "total " + r.total() + "/9 · psychosocial " + r.psychosocial() + "/5",
                        r.risk() == StartBack.Risk.HIGH ? Tone.BAD : Tone.NEUTRAL, "start-back"),
                () -> tile("STarT Back", "Not screened", "screen at intake", Tone.NEUTRAL, "start-back"));
    }

    private void flags(List<RaisedFlag> open) {
        tile("Red flags", open.isEmpty() ? "None open" : open.size() + " open",
                open.isEmpty() ? "" : "most urgent: " + open.stream().map(RaisedFlag::tier).sorted().findFirst()
                        .orElseThrow().label().toLowerCase(Locale.ENGLISH),
                open.isEmpty() ? Tone.NEUTRAL : Tone.BAD, "flags");
    }

    private void next(Optional<Reassessment> next, LocalDate today, boolean discharged) {
        if (discharged || next.isEmpty()) {
            tile("Next reassessment", "None", "", Tone.NEUTRAL, "next");
            return;
        }
        Reassessment due = next.get();
        String when = due.isDue(today) ? (due.dueOn().equals(today) ? "due today" : "overdue since "
                + Dates.day(due.dueOn())) : "due " + Dates.day(due.dueOn());
        tile("Next reassessment", due.instrument().shortLabel(), when + " (" + due.why() + ")",
                due.isDue(today) ? Tone.BAD : Tone.NEUTRAL, "next");
    }

    private void tile(String label, String value, String note, Tone tone, String id) {
        Span labelText = new Span(label);
        labelText.addClassName("bb-progress-label");
        Span valueText = new Span(value);
        valueText.addClassName("bb-progress-value");
        Div tile = new Div(labelText, valueText);
        if (!note.isEmpty()) {
            Span noteText = new Span(note);
            noteText.addClassName("bb-progress-note");
            tile.add(noteText);
        }
        tile.addClassName("bb-progress-tile");
        tile.getElement().setAttribute("data-tile", id);
        if (tone != Tone.NEUTRAL) {
            tile.addClassName(tone == Tone.GOOD ? "bb-progress-good" : "bb-progress-bad");
        }
        add(tile);
    }

    private static String percent(Optional<Adherence> adherence) {
        return adherence.map(a -> a.percent() + " %").orElse("–");
    }

    private static String signed(int points) {
        return points > 0 ? "+" + points : points < 0 ? "−" + -points : "±0";
    }
}
