package org.backboard.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.backboard.core.care.HomeService;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.care.ReminderService;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.program.WeekAtAGlance;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.ExerciseInstructions;
import org.backboard.ui.security.CurrentPatient;

/** Today at home: the exercises of the program in force, how to do them, and this week so far. */
@Route("app")
@PageTitle("Today | Backboard")
@RolesAllowed("PATIENT")
public class TodayView extends VerticalLayout {

    private final HomeService home;
    private final ReminderService reminders;
    private final MailAvailability mail;
    private final CurrentPatient current;

    TodayView(HomeService home, ReminderService reminders, MailAvailability mail, CurrentPatient current) {
        this.home = home;
        this.reminders = reminders;
        this.mail = mail;
        this.current = current;
        addClassName("bb-home-page");
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        switch (home.today(current.actor())) {
            case Result.Saved<HomeService.Home> saved -> show(saved.value());
            default -> add(new H1("Today"), new Paragraph(HomeTexts.NO_ACCESS));
        }
    }

    private void show(HomeService.Home today) {
        add(new H1("Hello, " + today.care().patient().details().name().given()));
        if (!today.questionnairesDue().isEmpty()) {
            add(questionnaireCard(today.questionnairesDue().size()));
        }
        Optional<ProgramOverview> program = today.program();
        Optional<ProgramVersion> inForce = program.flatMap(p -> p.program().inForceOn(today.today()));
        if (inForce.isEmpty()) {
            Paragraph none = new Paragraph(program.isEmpty()
                    ? "Your therapist has not set up your exercises yet. They will appear here."
                    : "Your exercises start on " + HomeTexts.day(program.get().program().startDate()) + ".");
            none.setId("home-no-exercises");
            add(none);
            return;
        }
        program.flatMap(ProgramOverview::week).ifPresent(this::week);
        Button done = new Button("I did my exercises", click -> new SessionForm(home, current.actor(),
                program.get(), inForce.get(), today.today(), this::show).open());
        done.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        done.setId("home-did-exercises");
        done.addClassName("bb-home-action");
        add(new H2("Your exercises"), done);
        int number = 1;
        for (Prescription prescription : inForce.get().prescriptions()) {
            add(exercise(number++, prescription, program.get().exercises().get(prescription.exercise())));
        }
        add(new ReminderSection(reminders, current.actor(), mail));
    }

    /** A questionnaire the schedule says is due: before the exercises, as the first thing to do. */
    private static Div questionnaireCard(int waiting) {
        RouterLink answer = new RouterLink("Answer now", QuestionnairesView.class);
        answer.addClassName("bb-home-link-button");
        answer.setId("home-questionnaires-open");
        Div card = new Div(new H2(waiting == 1 ? "A short questionnaire is waiting"
                : waiting + " short questionnaires are waiting"), new Paragraph("Your answers help your therapist "
                + "see how your back is affecting you. It takes a few minutes."), answer);
        card.addClassName("bb-home-card");
        card.setId("home-questionnaires");
        return card;
    }

    private void week(WeekAtAGlance week) {
        Paragraph progress = new Paragraph("This week: " + week.sessionsDone() + " of " + week.sessionsAsked()
                + (week.sessionsAsked() == 1 ? " session" : " sessions") + " done.");
        progress.setId("home-week");
        progress.addClassName("bb-home-week");
        add(progress);
    }

    private static Div exercise(int number, Prescription prescription, Exercise exercise) {
        Div card = new Div();
        card.addClassName("bb-home-exercise");
        H2 title = new H2(number + ". " + (exercise == null ? "Exercise" : exercise.name()));
        Span dosage = new Span(prescription.dosage().text());
        dosage.addClassName("bb-home-dosage");
        card.add(title, dosage);
        if (!prescription.notes().isEmpty()) {
            card.add(new Paragraph("From your therapist: " + prescription.notes()));
        }
        if (exercise != null) {
            card.add(ExerciseInstructions.steps(exercise.details()));
            ExerciseInstructions.cautions(exercise.details()).ifPresent(card::add);
        }
        return card;
    }
}
