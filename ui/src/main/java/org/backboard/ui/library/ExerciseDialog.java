package org.backboard.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.backboard.core.care.LibraryService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.exercise.DosageDraft;
import org.backboard.core.exercise.EffortKind;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDetails;
import org.backboard.core.exercise.ExerciseDraft;
import org.backboard.core.exercise.TargetRegion;
import org.backboard.ui.components.FormDialog;
import org.backboard.ui.components.ExerciseInstructions;

/** Adds or edits a library exercise (clinic leads); others see the exercise as the handout prints it. */
final class ExerciseDialog {

    private ExerciseDialog() {
    }

    static Dialog forNew(LibraryService library, Actor actor, Runnable onSaved) {
        FormDialog dialog = new FormDialog("Add an exercise", "exercise-dialog", "Add to library");
        Form form = new Form(dialog, Optional.empty());
        dialog.onSave(() -> library.addExercise(actor, form.draft()), onSaved);
        return dialog;
    }

    static Dialog forExisting(LibraryService library, Actor actor, Exercise exercise, Runnable onSaved) {
        if (!actor.isLead()) {
            return readOnly(exercise);
        }
        FormDialog dialog = new FormDialog("Edit " + exercise.name(), "exercise-dialog", "Save");
        Form form = new Form(dialog, Optional.of(exercise.details()));
        dialog.onSave(() -> library.editExercise(actor, exercise.id(), exercise.version(), form.draft()), onSaved);
        Button retire = exercise.retired()
                ? new Button("Reinstate", click -> LibraryMessages.apply(dialog,
                        () -> library.reinstateExercise(actor, exercise.id(), exercise.version()), onSaved))
                : new Button("Retire", click -> LibraryMessages.apply(dialog,
                        () -> library.retireExercise(actor, exercise.id(), exercise.version()), onSaved));
        retire.addThemeVariants(ButtonVariant.TERTIARY, exercise.retired() ? ButtonVariant.SUCCESS : ButtonVariant.ERROR);
        retire.setId("exercise-retire");
        retire.getElement().setAttribute("title", exercise.retired() ? "Can be added to programs again"
                : "Stays in the programs that use it; cannot be added to new ones");
        dialog.getFooter().addComponentAsFirst(retire);
        return dialog;
    }


    private static Dialog readOnly(Exercise exercise) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(exercise.name());
        dialog.setId("exercise-dialog");
        dialog.setWidth("min(36em, 95vw)");
        ExerciseDetails details = exercise.details();
        dialog.add(new Paragraph(details.category().label() + " · " + details.region().label() + " · default "
                + details.defaultDosage().text()));
        dialog.add(ExerciseInstructions.steps(details));
        ExerciseInstructions.cautions(details).ifPresent(dialog::add);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        return dialog;
    }

    /** The exercise's fields, registered on the dialog under the draft's field names. */
    private static final class Form {
        private final TextField name = new TextField("Name");
        private final Select<ExerciseCategory> category = new Select<>();
        private final Select<TargetRegion> region = new Select<>();
        private final TextArea instructions = new TextArea("Instructions: 3 to 6 short steps, one per line");
        private final TextArea cautions = new TextArea("Cautions");
        private final IntegerField sets = new IntegerField("Sets");
        private final Select<EffortKind> kind = new Select<>();
        private final IntegerField amount = new IntegerField("Reps or seconds");
        private final IntegerField sessions = new IntegerField("Sessions per week");

        Form(FormDialog dialog, Optional<ExerciseDetails> details) {
            name.setId("exercise-name");
            category.setLabel("Category");
            category.setItems(ExerciseCategory.values());
            category.setItemLabelGenerator(ExerciseCategory::label);
            region.setLabel("Target region");
            region.setItems(TargetRegion.values());
            region.setItemLabelGenerator(TargetRegion::label);
            kind.setLabel("Counted as");
            kind.setItems(EffortKind.values());
            kind.setItemLabelGenerator(EffortKind::label);
            kind.setValue(EffortKind.REPS);
            instructions.setMinHeight("9em");
            instructions.setId("exercise-instructions");
            details.map(ExerciseDraft::of).ifPresent(this::fill);
            FormLayout layout = new FormLayout(name, category, region, instructions, cautions, sets, kind, amount,
                    sessions);
            layout.setColspan(instructions, 2);
            layout.setColspan(cautions, 2);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            dialog.add(layout);
            dialog.field("name", name);
            dialog.field("category", category);
            dialog.field("region", region);
            dialog.field("instructions", instructions);
            dialog.field("cautions", cautions);
            dialog.field("sets", sets);
            dialog.field("kind", kind);
            dialog.field("amount", amount);
            dialog.field("sessionsPerWeek", sessions);
        }

        private void fill(ExerciseDraft draft) {
            name.setValue(draft.name());
            category.setValue(draft.category());
            region.setValue(draft.region());
            instructions.setValue(draft.instructions());
            cautions.setValue(draft.cautions());
            sets.setValue(draft.dosage().sets());
            kind.setValue(draft.dosage().kind());
            amount.setValue(draft.dosage().amount());
            sessions.setValue(draft.dosage().sessionsPerWeek());
        }

        ExerciseDraft draft() {
            return new ExerciseDraft(name.getValue(), category.getValue(), region.getValue(), instructions.getValue(),
                    cautions.getValue(), new DosageDraft(sets.getValue(), kind.getValue(), amount.getValue(),
                    sessions.getValue()));
        }
    }
}
