package org.backboard.ui.components;

import com.vaadin.flow.component.textfield.IntegerField;

/** A 0-10 score (pain, stiffness) with step buttons; the range is checked again in core. */
public final class ScoreField {

    private ScoreField() {
    }

    public static IntegerField of(String label, String id) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(10);
        field.setStepButtonsVisible(true);
        field.setId(id);
        return field;
    }
}
