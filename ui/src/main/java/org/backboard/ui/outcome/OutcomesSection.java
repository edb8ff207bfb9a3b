package org.backboard.ui.outcome;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backboard.core.care.EpisodeOverview;
import org.backboard.core.care.OutcomeService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.core.outcome.Reassessment;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.FormDialog;
import org.backboard.ui.components.FiguresTable;

/**
 * An episode's questionnaires on the patient page: what is due (the one reassessment schedule), every
 * one taken, newest first, with its answers and who recorded it (or that the patient answered it in
 * their app), and the forms to add one.
 */
public final class OutcomesSection extends Div {


    /** A form opener: services, actor, episode, today, what to run once saved. */
    private interface Form {
        FormDialog open(OutcomeService outcomes, Actor actor, Episode episode,
                        LocalDate today, Runnable onSaved);
    }

    static final String REPORTED_BY_THE_PATIENT = "Reported by the patient";

    public OutcomesSection(EpisodeOverview overview, OutcomeServices services, Actor actor, boolean readOnly,
                           Function<String, Runnable> saved) {
        Episode episode = overview.episode();
        OutcomeHistory history = overview.outcomes();
        addClassName("bb-outcomes");
        setId("outcomes-" + episode.id().value());
        add(new H4("Questionnaires"));
        LocalDate today = LocalDate.now(services.clock());
        if (!overview.schedule().isEmpty()) {
            add(due(overview.schedule(), today, episode));
        }
        if (!readOnly) {
            HorizontalLayout actions = new HorizontalLayout(
                    button("Oswestry (ODI)", "record-odi", OutcomeDialogs::oswestry, services, actor, episode, today,
                            saved),
                    button("STarT Back", "record-start-back", OutcomeDialogs::startBack, services, actor, episode,
                            today, saved),
                    button("PSFS", "record-psfs", OutcomeDialogs::psfs, services, actor, episode, today, saved));
            actions.setWrap(true);
            add(actions);
        }
        List<OutcomeAdministration> taken = history.administrations().reversed();
        if (taken.isEmpty()) {
            add(new Paragraph("None taken yet."));
            return;
        }
        Component table = FiguresTable.of(List.of("Taken", "Questionnaire", "Score", "Answers", "Recorded by"),
                taken.stream().map(administration -> List.of(Dates.day(administration.takenOn()),
                        administration.instrument().label(), administration.measurement().scoreText(),
                        administration.measurement().answersText(), administration.recordedBy()
                                .map(services.clinicians()::displayName).orElse(REPORTED_BY_THE_PATIENT)))
                        .toList());
        table.getElement().getClassList().add("bb-figures-stack");
        add(table);
    }

    /** "Due now: STarT Back (since 06/11/2026) · Next: Oswestry (ODI) on 04/12/2026", soonest first. */
    private static Paragraph due(List<Reassessment> schedule, LocalDate today, Episode episode) {
        String now = schedule.stream().filter(next -> next.isDue(today))
                .map(next -> next.instrument().shortLabel() + " (since " + Dates.day(next.dueOn()) + ")")
                .collect(Collectors.joining(", "));
        String later = schedule.stream().filter(next -> !next.isDue(today))
                .map(next -> next.instrument().shortLabel() + " on " + Dates.day(next.dueOn()))
                .collect(Collectors.joining(", "));
        Paragraph due = new Paragraph(Stream.of(now.isEmpty() ? "" : "Due now: " + now,
                later.isEmpty() ? "" : "Next: " + later).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" · ")));
        due.setId("outcomes-due-" + episode.id().value());
        due.addClassName("bb-muted");
        return due;
    }

    private static Button button(String label, String id, Form form, OutcomeServices services, Actor actor,
                                 Episode episode, LocalDate today, Function<String, Runnable> saved) {
        Button button = new Button(label, VaadinIcon.CLIPBOARD_TEXT.create(), click -> form.open(services.outcomes(),
                actor, episode, today, saved.apply(label + " saved")).open());
        button.setId(id);
        return button;
    }
}
