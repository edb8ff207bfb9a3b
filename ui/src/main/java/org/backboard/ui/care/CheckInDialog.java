package org.backboard.ui.care;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.backboard.core.care.CheckInService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.symptom.Symptom;
import org.backboard.ui.components.FormDialog;
import org.backboard.ui.components.ScoreField;

/**
 * Records a check-in: pain, stiffness, the symptom checklist and the red-flag questions. Only what the
 * clinician knows is asked for (each score is optional), but at least one entry.
 */
final class CheckInDialog {

    private CheckInDialog() {
    }

    static FormDialog open(CheckInService checkIns, Actor actor, EpisodeId episode, LocalDateTime now,
                           Runnable onSaved) {
        DateTimePicker takenAt = new DateTimePicker("Date and time");
        takenAt.setValue(now.truncatedTo(ChronoUnit.MINUTES));
        takenAt.setMax(now);
        takenAt.setId("check-in-taken-at");
        RadioButtonGroup<CheckInSource> source = new RadioButtonGroup<>("Taken by");
        source.setItems(CheckInSource.values());
        source.setItemLabelGenerator(CheckInSource::label);
        source.setValue(CheckInSource.CLINIC_VISIT); // as the session dialog: most entries are made at a visit
        source.setId("check-in-source");
        IntegerField pain = ScoreField.of("Pain (0 = none, 10 = worst imaginable; optional)", "check-in-pain");
        IntegerField stiffness = ScoreField.of("Stiffness (0-10, optional)", "check-in-stiffness");
        CheckboxGroup<Symptom> symptoms = new CheckboxGroup<>("Symptoms present");
        symptoms.setItems(Symptom.values());
        symptoms.setItemLabelGenerator(Symptom::label);
        symptoms.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        CheckboxGroup<RedFlag> redFlags = RedFlagQuestions.checkboxes("Red-flag questions: tick every \"yes\"",
                "check-in-red-flags");
        TextArea note = new TextArea("Note (optional)");
        note.setMaxLength(CheckIn.NOTE_MAX_LENGTH);
        note.setWidthFull();

        FormDialog dialog = new FormDialog("Record a check-in", "check-in-dialog", "Save check-in");
        FormLayout scores = new FormLayout(takenAt, source, pain, stiffness);
        scores.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        dialog.add(scores, symptoms, redFlags, note);
        dialog.field("takenAt", takenAt);
        dialog.field("source", source);
        dialog.field("pain", pain);
        dialog.field("stiffness", stiffness);
        dialog.field("note", note);
        dialog.onSave(() -> checkIns.record(actor, episode, new CheckInDraft(takenAt.getValue(), source.getValue(),
                pain.getValue(), stiffness.getValue(), Set.copyOf(symptoms.getValue()), Set.copyOf(redFlags.getValue()),
                note.getValue())), onSaved);
        return dialog;
    }
}
