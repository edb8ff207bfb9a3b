package org.backboard.ui.outcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.backboard.core.care.OutcomeService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.FormDialog;
import org.backboard.ui.components.FiguresTable;

/** An episode's questionnaires on the patient page: every one taken, newest first, and the forms to add one. */
public final class OutcomesSection extends Div {


    /** A form opener: services, actor, episode, today, what to run once saved. */
    private interface Form {
        FormDialog open(OutcomeService outcomes, Actor actor, Episode episode,
                        LocalDate today, Runnable onSaved);
    }

    public OutcomesSection(Episode episode, OutcomeHistory history, OutcomeServices services, Actor actor,
                           boolean readOnly, Function<String, Runnable> saved) {
        addClassName("bb-outcomes");
        setId("outcomes-" + episode.id().value());
        add(new H4("Questionnaires"));
        LocalDate today = LocalDate.now(services.clock());
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
        add(FiguresTable.of(List.of("Taken", "Questionnaire", "Score", "Recorded by"), taken.stream()
                .map(administration -> List.of(Dates.day(administration.takenOn()),
                        administration.instrument().label(), administration.measurement().scoreText(),
                        services.clinicians().displayName(administration.recordedBy())))
                .toList()));
    }

    private static Button button(String label, String id, Form form, OutcomeServices services, Actor actor,
                                 Episode episode, LocalDate today, Function<String, Runnable> saved) {
        Button button = new Button(label, VaadinIcon.CLIPBOARD_TEXT.create(), click -> form.open(services.outcomes(),
                actor, episode, today, saved.apply(label + " saved")).open());
        button.setId(id);
        return button;
    }
}
