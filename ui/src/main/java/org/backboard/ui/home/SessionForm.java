package org.backboard.ui.home;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backboard.core.care.HomeService;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.program.SessionDraft;
import org.backboard.ui.components.FormDialog;
import org.backboard.ui.components.ScoreField;

/** "I did my exercises": which ones, how the pain was during and after, whether it was too hard. */
final class SessionForm extends FormDialog {

    SessionForm(HomeService home, PatientActor actor, ProgramOverview program, ProgramVersion version,
                LocalDate today, Runnable onSaved) {
        super("I did my exercises", "home-session", "Save");
        List<ExerciseId> prescribed = version.prescriptions().stream().map(Prescription::exercise).toList();
        CheckboxGroup<ExerciseId> done = new CheckboxGroup<>("Which ones did you do today?");
        done.setItems(prescribed);
        done.setItemLabelGenerator(program::nameOf);
        done.setValue(new LinkedHashSet<>(prescribed));
        done.setId("home-session-done");
        done.addClassName("bb-home-choices");
        IntegerField during = ScoreField.of("Pain during the exercises (0 = none, 10 = worst)", "home-session-during");
        IntegerField after = ScoreField.of("Pain afterwards (0 = none, 10 = worst)", "home-session-after");
        Checkbox tooHard = new Checkbox("It was too hard");
        tooHard.setId("home-session-too-hard");
        TextArea note = new TextArea("Anything to tell your therapist? (optional)");
        note.setMaxLength(ExerciseSession.MAX_NOTE);
        note.setWidthFull();
        note.setId("home-session-note");
        add(done, during, after, tooHard, note);
        field("completed", done);
        field("painDuring", during);
        field("painAfter", after);
        field("note", note);
        // the date is today: the patient reports what they just did; the app names itself as the source
        onSave(() -> home.recordSession(actor, new SessionDraft(today, Set.copyOf(done.getValue()),
                during.getValue(), after.getValue(), tooHard.getValue(), note.getValue(), null)), onSaved);
    }
}
