package org.backboard.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.FormProblems;
import org.backboard.ui.components.LostRace;

/** What the patient's questionnaire forms share: the 0-10 choices and sending the answers. */
final class QuestionnaireForms {

    private QuestionnaireForms() {
    }

    /** A 0-10 score as eleven large choices that wrap on a phone. */
    static RadioButtonGroup<Integer> scale(String label, String id) {
        RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(label);
        scale.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        // the anchors come before the choices, so they are read (and heard) first
        scale.setHelperText("0 = I cannot do it at all, 10 = I can do it as well as before my back trouble");
        scale.addThemeVariants(RadioGroupVariant.HELPER_ABOVE);
        scale.setId(id);
        scale.addClassName("bb-home-scale");
        return scale;
    }

    /** "Send to my therapist": what the service refuses shows on its question; kept answers move on. */
    static <T> Button sendButton(String id, FormProblems problems, Supplier<Result<T>> send, Runnable onAnswered) {
        Button button = new Button("Send to my therapist");
        // disabled while sending, so a double tap sends once
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            problems.clear();
            switch (LostRace.guarded(send)) {
                case Result.Saved<T> saved -> onAnswered.run();
                case Result.Rejected<T> rejected -> rejected.problems().forEach(problems::show);
                case Result.Conflict<T> conflict -> problems.show("Please try again.");
                case Result.NotFound<T> notFound -> problems.show(HomeTexts.NO_ACCESS);
            }
            button.setEnabled(true);
        });
        button.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        button.addClassName("bb-home-action");
        button.setId(id);
        return button;
    }
}
