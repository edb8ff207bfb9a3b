package org.backboard.ui.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;

/**
 * A form dialog for a change to the care record. It stays open with each problem shown on its
 * field until the save succeeds; a lost race (someone else saved first) says so and keeps nothing.
 */
public class FormDialog extends Dialog {

    private final Paragraph error = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Button save;
    private Supplier<Result<?>> action = Result.NotFound::new;
    private Runnable onSaved = () -> { };

    public FormDialog(String title, String id, String saveLabel) {
        setHeaderTitle(title);
        setId(id);
        setWidth("min(44em, 95vw)");
        error.addClassName("bb-form-error");
        error.setVisible(false);
        error.setId(id + "-error");
        add(error);
        save = new Button(saveLabel, click -> trySave());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(id + "-save");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** Problems the service reports for {@code name} are shown on this component. */
    public void field(String name, HasValidation component) {
        boolean known = fields.containsValue(component);
        fields.put(name, component);
        if (!known && component instanceof HasValue<?, ?> input) {
            // a corrected value drops the old message at once, not only at the next save
            input.addValueChangeListener(change -> component.setInvalid(false));
        }
    }

    /** What saving does, and what happens after it succeeded (typically: reload the page behind). */
    public void onSave(Supplier<Result<?>> action, Runnable onSaved) {
        this.action = action;
        this.onSaved = onSaved;
    }

    private void trySave() {
        fields.values().forEach(field -> field.setInvalid(false));
        error.setVisible(false);
        switch (LostRace.guarded(action::get)) {
            case Result.Saved<?> saved -> {
                close();
                onSaved.run();
            }
            case Result.Rejected<?> rejected -> rejected.problems().forEach(this::show);
            case Result.Conflict<?> conflict -> showError(conflict.message());
            case Result.NotFound<?> notFound ->
                    showError("This record no longer exists or is not on your caseload.");
        }
    }

    private void show(FieldProblem problem) {
        HasValidation field = fields.get(problem.field());
        if (field == null) {
            showError(problem.message());
            return;
        }
        field.setErrorMessage(problem.message());
        field.setInvalid(true);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
