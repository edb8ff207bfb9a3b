package org.backboard.ui.care;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.Arrays;
import java.util.Comparator;
import org.backboard.core.redflag.RedFlag;

/** The red-flag screen as the intake and check-in forms ask it: every sign, most urgent tier first. */
final class RedFlagQuestions {

    private RedFlagQuestions() {
    }

    static CheckboxGroup<RedFlag> checkboxes(String label, String id) {
        CheckboxGroup<RedFlag> questions = new CheckboxGroup<>(label);
        questions.setItems(Arrays.stream(RedFlag.values()).sorted(Comparator.comparing(RedFlag::tier)).toList());
        questions.setItemLabelGenerator(flag -> flag.warningSign() + " (" + flag.tier().label() + ")");
        questions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        questions.setId(id);
        return questions;
    }
}
