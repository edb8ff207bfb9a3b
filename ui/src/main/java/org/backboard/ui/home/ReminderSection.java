package org.backboard.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.backboard.core.care.ReminderService;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.FormProblems;
import org.backboard.ui.components.LostRace;

/** The daily reminder on the Today page: a time to be reminded by email, or none. */
final class ReminderSection extends Div {

    private final ReminderService reminders;
    private final PatientActor actor;
    private final Paragraph state = new Paragraph();
    private final TimePicker time = new TimePicker("Remind me every day at");
    private final FormProblems problems = new FormProblems("reminder-error");
    private final Button stop = new Button("Stop reminders", click -> stop());

    ReminderSection(ReminderService reminders, PatientActor actor, MailAvailability mail) {
        this.reminders = reminders;
        this.actor = actor;
        addClassName("bb-home-reminder");
        setId("reminder");
        state.setId("reminder-state");
        time.setId("reminder-time");
        time.setStep(Duration.ofMinutes(15));
        problems.field("time", time);
        Button save = new Button("Remind me", click -> save());
        save.setId("reminder-save");
        save.addClassName("bb-home-action");
        stop.setId("reminder-stop");
        add(new H2("Daily reminder"), state, problems.message(), time, save, stop);
        mail.notice().ifPresent(notice -> add(new Paragraph(notice)));
        show(current());
    }

    private Optional<LocalTime> current() {
        return reminders.reminder(actor) instanceof Result.Saved<Optional<LocalTime>> saved
                ? saved.value() : Optional.empty();
    }

    private void show(Optional<LocalTime> at) {
        state.setText(at.map(t -> "You get an email every day at " + t + ".")
                .orElse("Get an email every day at a time you choose, to remind you of your exercises."));
        at.ifPresent(time::setValue);
        stop.setVisible(at.isPresent());
    }

    private void save() {
        problems.clear();
        switch (LostRace.guarded(() -> reminders.set(actor, time.getValue()))) {
            case Result.Saved<LocalTime> saved -> show(Optional.of(saved.value()));
            case Result.Rejected<LocalTime> rejected -> rejected.problems().forEach(problems::show);
            default -> problems.show(HomeTexts.NO_ACCESS);
        }
    }

    private void stop() {
        problems.clear();
        if (LostRace.guarded(() -> reminders.stop(actor)) instanceof Result.Saved) {
            time.clear();
            show(Optional.empty());
        } else {
            problems.show(HomeTexts.NO_ACCESS);
        }
    }
}
