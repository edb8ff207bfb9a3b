package org.backboard.ui.components;

import com.vaadin.flow.component.HasValidation;
import java.util.Optional;

/** A filter field's own message: shown when its value is refused, cleared when it is accepted. */
public final class FieldMessage {

    private FieldMessage() {
    }

    /** Shows the problem on the field, or clears it; true when there is none. */
    public static boolean show(HasValidation field, Optional<String> problem) {
        field.setErrorMessage(problem.orElse(null));
        field.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }
}
