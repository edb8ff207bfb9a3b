package org.backboard.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.care.LibraryService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.ProgramDraft;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.ui.components.FormDialog;
import org.backboard.ui.program.PrescriptionEditor;

/** Adds or edits a program template (clinic leads): a name, a description and exercises with dosages. */
final class TemplateDialog {

    private TemplateDialog() {
    }

    /** {@code template} is null for a new one. */
    static FormDialog open(LibraryService library, Actor actor, Map<ExerciseId, Exercise> exercises,
                           ProgramTemplate template, Runnable onSaved) {
        Optional<ProgramTemplate> existing = Optional.ofNullable(template);
        FormDialog dialog = new FormDialog(existing.map(t -> "Edit " + t.name()).orElse("New program template"),
                "template-dialog", "Save template");
        dialog.setWidth(PrescriptionEditor.DIALOG_WIDTH);
        TextField name = new TextField("Name");
        name.setId("template-name");
        TextField description = new TextField("Description");
        description.setMaxLength(ProgramTemplate.MAX_DESCRIPTION);
        FormLayout form = new FormLayout(name, description);
        PrescriptionEditor editor = new PrescriptionEditor(exercises, List.of());
        existing.ifPresent(t -> {
            name.setValue(t.name());
            description.setValue(t.description());
            editor.setPrescriptions(t.prescriptions());
        });
        dialog.add(form, editor);
        dialog.field("name", name);
        dialog.field("description", description);
        dialog.onSave(() -> library.saveTemplate(actor, existing.map(ProgramTemplate::id), existing.map(
                ProgramTemplate::version).orElse(0L), name.getValue(), description.getValue(),
                new ProgramDraft(null, editor.drafts(dialog))), onSaved);
        existing.filter(t -> !t.retired()).ifPresent(t -> {
            Button retire = new Button("Retire", click -> LibraryMessages.apply(dialog,
                    () -> library.retireTemplate(actor, t.id(), t.version()), onSaved));
            retire.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            dialog.getFooter().addComponentAsFirst(retire);
        });
        return dialog;
    }
}
