package org.backboard.ui.program;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.exercise.DosageDraft;
import org.backboard.core.exercise.EffortKind;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.ProgramDraft;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.ui.components.FormDialog;

/**
 * The exercises of a program version or a template being edited: apply a template, pick
 * exercises (search by name, filter by category), set each dosage and note. Problems come back
 * from the domain by row ({@code items.2.sets}) and are shown on that row's field.
 */
public final class PrescriptionEditor extends Div {

    /** A dialog holding the editor needs this much room for a row of dosage fields on one line. */
    public static final String DIALOG_WIDTH = "min(60em, 96vw)";

    private final Map<ExerciseId, Exercise> library;
    private final Div rows = new Div();
    private final List<Row> items = new ArrayList<>();
    private final Paragraph empty = new Paragraph("No exercises yet: apply a template or add exercises below.");

    /** {@code library} holds every exercise, retired ones too (they may already be prescribed). */
    public PrescriptionEditor(Map<ExerciseId, Exercise> library, List<ProgramTemplate> templates) {
        this.library = library;
        addClassName("bb-prescriptions");
        if (!templates.isEmpty()) {
            add(templatePicker(templates));
        }
        rows.addClassName("bb-prescription-rows");
        add(empty, rows, exercisePicker());
    }

    public void setPrescriptions(List<Prescription> prescriptions) {
        items.clear();
        rows.removeAll();
        prescriptions.forEach(p -> addRow(p.exercise(), DosageDraft.of(p.dosage()), p.notes()));
        refresh();
    }

    /**
     * The rows as typed, registering each row's fields on the dialog under its current index; a
     * problem with a whole row (an exercise twice, a retired one) shows at the dialog's top.
     */
    public List<ProgramDraft.PrescriptionDraft> drafts(FormDialog dialog) {
        List<ProgramDraft.PrescriptionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Row row = items.get(i);
            String prefix = "items." + i + ".";
            dialog.field(prefix + "sets", row.sets);
            dialog.field(prefix + "kind", row.kind);
            dialog.field(prefix + "amount", row.amount);
            dialog.field(prefix + "sessionsPerWeek", row.sessions);
            dialog.field(prefix + "notes", row.notes);
            drafts.add(new ProgramDraft.PrescriptionDraft(row.exercise, new DosageDraft(row.sets.getValue(),
                    row.kind.getValue(), row.amount.getValue(), row.sessions.getValue()), row.notes.getValue()));
        }
        return drafts;
    }

    private HorizontalLayout templatePicker(List<ProgramTemplate> templates) {
        ComboBox<ProgramTemplate> template = new ComboBox<>("Start from a template");
        template.setItems(templates);
        template.setItemLabelGenerator(ProgramTemplate::name);
        template.setId("program-template");
        template.setWidth("18em");
        Button apply = new Button("Apply template", click -> Optional.ofNullable(template.getValue()).ifPresent(t -> {
            // a template may still name an exercise retired since: it cannot go into a program
            List<Prescription> usable = t.prescriptions().stream()
                    .filter(p -> library.containsKey(p.exercise()) && !library.get(p.exercise()).retired()).toList();
            setPrescriptions(usable);
            Notification.show(t.name() + " applied: adjust the dosages as needed"
                    + (usable.size() < t.prescriptions().size() ? ". Retired exercises were left out." : ""));
        }));
        apply.setId("apply-template");
        HorizontalLayout line = new HorizontalLayout(template, apply);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        return line;
    }

    private HorizontalLayout exercisePicker() {
        Select<ExerciseCategory> category = new Select<>();
        category.setLabel("Category");
        category.setItems(ExerciseCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "All categories" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("All categories");
        ComboBox<Exercise> exercise = new ComboBox<>("Add an exercise");
        exercise.setPlaceholder("Search by name");
        exercise.setItemLabelGenerator(Exercise::name);
        exercise.setId("program-exercise-picker");
        exercise.setWidth("16em");
        Runnable filter = () -> exercise.setItems(library.values().stream()
                .filter(e -> !e.retired())
                .filter(e -> category.getValue() == null || e.details().category() == category.getValue())
                .sorted(Comparator.comparing(Exercise::name)).toList());
        category.addValueChangeListener(change -> filter.run());
        filter.run();
        Button add = new Button("Add", VaadinIcon.PLUS.create(), click -> Optional.ofNullable(exercise.getValue())
                .ifPresent(chosen -> {
                    if (items.stream().anyMatch(row -> row.exercise.equals(chosen.id()))) {
                        Notification.show(chosen.name() + " is already in this program");
                        return;
                    }
                    addRow(chosen.id(), DosageDraft.of(chosen.details().defaultDosage()), "");
                    exercise.clear();
                    refresh();
                }));
        add.setId("program-add-exercise");
        HorizontalLayout line = new HorizontalLayout(category, exercise, add);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        return line;
    }

    private void addRow(ExerciseId id, DosageDraft dosage, String notes) {
        Row row = new Row(id, dosage, notes);
        items.add(row);
        rows.add(row);
    }

    private void refresh() {
        empty.setVisible(items.isEmpty());
    }

    private String nameOf(ExerciseId id) {
        Exercise exercise = library.get(id);
        if (exercise == null) {
            return "Exercise no longer in the library";
        }
        return exercise.retired() ? exercise.name() + " (retired)" : exercise.name();
    }

    /** One exercise with its dosage fields. */
    private final class Row extends Div {
        private final ExerciseId exercise;
        private final IntegerField sets = number("Sets", 1, 10);
        private final Select<EffortKind> kind = new Select<>();
        private final IntegerField amount = number("Reps", 1, 120);
        private final IntegerField sessions = number("Per week", 1, 14);
        private final TextField notes = new TextField("Notes for the patient");

        Row(ExerciseId exercise, DosageDraft dosage, String noteText) {
            this.exercise = exercise;
            addClassName("bb-prescription-row");
            Span name = new Span(nameOf(exercise));
            name.addClassName("bb-prescription-name");
            kind.setLabel("Counted as");
            kind.setItems(EffortKind.values());
            kind.setItemLabelGenerator(k -> k == EffortKind.HOLD ? "Hold" : "Reps");
            kind.setWidth("6.5em");
            kind.addValueChangeListener(change -> amount.setLabel(change.getValue() == EffortKind.HOLD ? "Seconds" : "Reps"));
            sets.setValue(dosage.sets());
            kind.setValue(dosage.kind());
            amount.setValue(dosage.amount());
            sessions.setValue(dosage.sessionsPerWeek());
            notes.setValue(noteText);
            notes.setMaxLength(Prescription.MAX_NOTES);
            notes.setWidth("13em");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                items.remove(this);
                rows.remove(this);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel("Remove " + nameOf(exercise));
            HorizontalLayout fields = new HorizontalLayout(sets, kind, amount, sessions, notes, remove);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            fields.setWrap(true);
            add(name, fields);
        }

        private static IntegerField number(String label, int min, int max) {
            IntegerField field = new IntegerField(label);
            field.setMin(min);
            field.setMax(max);
            field.setWidth("5.5em");
            return field;
        }
    }
}
