package org.backboard.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.backboard.core.care.HomeService;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.StartBackDraft;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.ui.components.FormProblems;

/**
 * STarT Back for the patient: each statement in plain words with "agree" or "disagree" as two large
 * choices (none chosen for them, so a skipped statement is asked again, not read as "disagree"),
 * then how much the pain has bothered them. No score or risk is shown to the patient.
 */
final class StartBackForm extends Div {

    private final Map<StartBackItem, RadioButtonGroup<Boolean>> statements = new EnumMap<>(StartBackItem.class);
    private final RadioButtonGroup<Bothersomeness> bother = new RadioButtonGroup<>(HomeTexts.START_BACK_BOTHER);

    StartBackForm(HomeService home, PatientActor actor, Runnable onAnswered) {
        addClassName("bb-home-questionnaire");
        setId("start-back");
        FormProblems problems = new FormProblems("start-back-error");
        add(new H2("Your back in the last 2 weeks"), new Paragraph("For each sentence, choose whether you agree or "
                + "disagree. There are no right or wrong answers."), problems.message());
        for (StartBackItem item : StartBackItem.values()) {
            RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>(HomeTexts.START_BACK.get(item));
            answer.setItems(true, false);
            answer.setItemLabelGenerator(agreed -> agreed ? "Agree" : "Disagree");
            answer.setId("start-back-" + item.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            answer.addClassName("bb-home-answer");
            problems.field(StartBackDraft.field(item), answer);
            statements.put(item, answer);
            add(answer);
        }
        bother.setItems(Bothersomeness.values());
        bother.setItemLabelGenerator(Bothersomeness::label);
        bother.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        bother.setId("start-back-bothersomeness");
        bother.addClassName("bb-home-answer");
        problems.field(StartBackDraft.BOTHERSOMENESS, bother);
        add(bother, QuestionnaireForms.sendButton("start-back-send", problems,
                () -> home.answerStartBack(actor, draft()), onAnswered));
    }

    private StartBackDraft draft() {
        Map<StartBackItem, Boolean> answers = new EnumMap<>(StartBackItem.class);
        statements.forEach((item, answer) -> {
            if (answer.getValue() != null) {
                answers.put(item, answer.getValue());
            }
        });
        return new StartBackDraft(answers, bother.getValue());
    }
}
