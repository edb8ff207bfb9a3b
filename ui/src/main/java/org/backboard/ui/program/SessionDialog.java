package org.backboard.ui.program;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.care.ProgramService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.SessionDraft;
import org.backboard.core.program.SessionSource;
import org.backboard.ui.components.FormDialog;
import org.backboard.ui.components.ScoreField;

/** Records a home exercise session the patient reports: what they did and how it felt. */
final class SessionDialog {

    private SessionDialog() {
    }

    static FormDialog open(ProgramService programs, Actor actor, ProgramOverview overview, LocalDate today,
                           Runnable onSaved) {
        Program program = overview.program();
        DatePicker date = new DatePicker("Day of the session");
        date.setMax(today);
        date.setMin(program.startDate());
        date.setId("session-date");
        RadioButtonGroup<SessionSource> source = new RadioButtonGroup<>("Reported");
        source.setItems(SessionSource.CLINIC_VISIT, SessionSource.PHONE);
        source.setItemLabelGenerator(s -> s == SessionSource.CLINIC_VISIT ? "At a clinic visit" : "By phone");
        source.setValue(SessionSource.CLINIC_VISIT); // as the check-in dialog: most entries are made at a visit
        source.setId("session-source");
        CheckboxGroup<Prescription> done = new CheckboxGroup<>("Exercises done");
        done.setItemLabelGenerator(p -> overview.nameOf(p.exercise()) + " (" + p.dosage().text() + ")");
        done.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        done.setId("session-exercises");
        // the exercises offered are those of the version in force on the chosen day
        date.addValueChangeListener(change -> {
            List<Prescription> prescribed = change.getValue() == null ? List.of()
                    : program.inForceOn(change.getValue()).map(v -> v.prescriptions()).orElse(List.of());
            done.setItems(prescribed);
            done.setValue(Set.copyOf(prescribed));
        });
        date.setValue(today.isBefore(program.startDate()) ? program.startDate() : today);
        IntegerField painDuring = ScoreField.of("Pain during (0-10, optional)", "session-pain-during");
        IntegerField painAfter = ScoreField.of("Pain after (0-10, optional)", "session-pain-after");
        Checkbox tooHard = new Checkbox("The patient found it too hard");
        tooHard.setId("session-too-hard");
        TextArea note = new TextArea("Note (optional)");
        note.setMaxLength(ExerciseSession.MAX_NOTE);
        note.setWidthFull();

        FormDialog dialog = new FormDialog("Record an exercise session", "session-dialog", "Save session");
        FormLayout form = new FormLayout(date, source, painDuring, painAfter);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        dialog.add(form, done, new Div(tooHard), note);
        dialog.field("date", date);
        dialog.field("source", source);
        dialog.field("completed", done);
        dialog.field("painDuring", painDuring);
        dialog.field("painAfter", painAfter);
        dialog.field("note", note);
        dialog.onSave(() -> programs.recordSession(actor, program.id(), new SessionDraft(date.getValue(),
                done.getValue().stream().map(Prescription::exercise).collect(Collectors.toSet()),
                painDuring.getValue(), painAfter.getValue(), tooHard.getValue(), note.getValue(), source.getValue())),
                onSaved);
        return dialog;
    }
}
