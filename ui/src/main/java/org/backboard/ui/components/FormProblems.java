package org.backboard.ui.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backboard.core.shared.FieldProblem;

/**
 * Where a form shows what the services refused: each problem on its field, anything without a
 * field in one message above the form. Every form (dialog or page) shows problems through here.
 */
public final class FormProblems {

    private final Paragraph message = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormProblems(String id) {
        message.addClassName("bb-form-error");
        message.setVisible(false);
        message.setId(id);
    }

    /** The message above the form, to place where the form wants it. */
    public Paragraph message() {
        return message;
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

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        message.setVisible(false);
    }

    public void show(FieldProblem problem) {
        HasValidation field = fields.get(problem.field());
        if (field == null) {
            show(problem.message());
            return;
        }
        field.setErrorMessage(problem.message());
        field.setInvalid(true);
    }

    public void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }
}
