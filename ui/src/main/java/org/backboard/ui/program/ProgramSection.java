package org.backboard.ui.program;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.program.WeekAtAGlance;
import org.backboard.ui.components.Dates;

/**
 * An episode's home exercise program on the patient page: the version in force, this week's
 * completions at a glance, and the actions (revise, record a session, history, handout).
 */
public final class ProgramSection extends Div {


    /** {@code saved} turns a success message into what to run after a save (reload, then tell). */
    public ProgramSection(Episode episode, Optional<ProgramOverview> overview, ProgramServices services, Actor actor,
                          boolean readOnly, Function<String, Runnable> saved) {
        addClassName("bb-program");
        setId("program-" + episode.id().value());
        add(new H4("Home exercise program"));
        LocalDate today = LocalDate.now(services.clock());
        boolean changeable = !readOnly && !episode.isDischarged();
        if (overview.isEmpty()) {
            add(new Paragraph("No program yet."));
            if (changeable) {
                Button start = new Button("Start program", VaadinIcon.PLUS.create(), click -> ProgramDialog.forNew(
                        services.programs(), services.library(), actor, episode, today, saved.apply("Program saved"))
                        .open());
                start.setId("start-program");
                add(start);
            }
            return;
        }
        ProgramOverview shown = overview.get();
        Program program = shown.program();
        add(summary(program, today, services.clinicians().displayName(program.latest().author())));
        if (episode.isDischarged()) {
            add(new Paragraph("Ended with the episode's discharge."));
        } else {
            shown.week().ifPresentOrElse(week -> add(week(week, shown)),
                    () -> add(new Paragraph("Starts " + Dates.day(program.startDate()) + ".")));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (changeable) {
            Button revise = new Button("Revise", VaadinIcon.EDIT.create(), click -> ProgramDialog.forRevision(
                    services.programs(), services.library(), actor, program, today,
                    saved.apply("Version " + (program.latest().number() + 1) + " saved")).open());
            revise.setId("revise-program");
            actions.add(revise);
        }
        if (changeable && !program.startDate().isAfter(today)) {
            Button session = new Button("Record session", VaadinIcon.CHECK.create(), click -> SessionDialog.open(
                    services.programs(), actor, shown, today, saved.apply("Session recorded")).open());
            session.setId("record-session");
            actions.add(session);
        }
        Button history = new Button("History (" + program.versions().size() + ")", click ->
                new ProgramHistoryDialog(shown, services.clinicians(), services.clock().getZone()).open());
        history.setId("program-history-open");
        history.addThemeVariants(ButtonVariant.TERTIARY);
        Anchor handout = new Anchor("programs/" + program.id().value() + "/handout", "Handout for the patient");
        handout.setTarget(AnchorTarget.BLANK);
        handout.setId("program-handout");
        actions.add(history, handout);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(actions);
    }

    private static Paragraph summary(Program program, LocalDate today, String author) {
        ProgramVersion latest = program.latest();
        Optional<ProgramVersion> inForce = program.inForceOn(today);
        StringBuilder text = new StringBuilder();
        inForce.ifPresent(v -> text.append("Version ").append(v.number()).append(", in force since ")
                .append(Dates.day(v.effectiveFrom())).append(" · started ").append(Dates.day(program.startDate())));
        if (inForce.isEmpty() || latest.number() != inForce.get().number()) {
            text.append(text.isEmpty() ? "" : " · ").append("version ").append(latest.number())
                    .append(" takes effect ").append(Dates.day(latest.effectiveFrom()));
        }
        text.append(" · last changed by ").append(author);
        Paragraph summary = new Paragraph(text.toString());
        summary.addClassName("bb-program-summary");
        return summary;
    }

    private static Component week(WeekAtAGlance week, ProgramOverview overview) {
        Div glance = new Div();
        glance.addClassName("bb-week");
        Paragraph headline = new Paragraph("This week (from " + Dates.day(week.monday()) + "): "
                + week.sessionsDone() + " of " + week.sessionsAsked() + " sessions");
        headline.setId("program-week");
        headline.addClassName("bb-week-headline");
        glance.add(headline);
        if (week.anyTooHard()) {
            Span hard = new Span("Too hard reported this week");
            hard.addClassNames("bb-badge", "bb-badge-warning");
            glance.add(hard);
        }
        Div table = new Div();
        table.addClassName("bb-week-table");
        for (WeekAtAGlance.ExerciseCount count : week.exercises()) {
            Prescription prescription = week.version().prescriptionOf(count.exercise()).orElseThrow();
            Span name = new Span(overview.nameOf(count.exercise()));
            Span dosage = new Span(prescription.dosage().text());
            dosage.addClassName("bb-muted");
            Span done = new Span(count.done() + " / " + count.asked());
            done.addClassName(count.done() >= count.asked() ? "bb-done-full" : "bb-done-partial");
            Div bar = new Div();
            bar.addClassName("bb-bar");
            Div fill = new Div();
            fill.addClassName("bb-bar-fill");
            fill.getStyle().set("width", Math.min(100, 100 * count.done() / Math.max(1, count.asked())) + "%");
            bar.add(fill);
            table.add(name, dosage, bar, done);
        }
        glance.add(table);
        return glance;
    }
}
