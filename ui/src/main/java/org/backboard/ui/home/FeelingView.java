package org.backboard.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Optional;
import org.backboard.core.care.HomeService;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.redflag.Tier;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.Symptom;
import org.backboard.ui.components.FormProblems;
import org.backboard.ui.components.LostRace;
import org.backboard.ui.components.ScoreField;
import org.backboard.ui.security.CurrentPatient;
import org.springframework.beans.factory.annotation.Value;

/**
 * How I feel: pain, stiffness, symptoms and the warning-sign questions in plain words. An
 * emergency answer puts what to do now above everything else on the page, before any thanks.
 */
@Route("app/feeling")
@PageTitle("How I feel | Backboard")
@RolesAllowed("PATIENT")
public class FeelingView extends VerticalLayout {

    private final HomeService home;
    private final CurrentPatient current;
    private final String emergencyNumber;
    private final Div advice = new Div();
    private final FormProblems problems = new FormProblems("feeling-error");
    private final IntegerField pain = ScoreField.of("How bad is your back pain right now? (0 = no pain, "
            + "10 = the worst you can imagine)", "feeling-pain");
    private final IntegerField stiffness = ScoreField.of("How stiff is your back? (0 = not at all, 10 = very)",
            "feeling-stiffness");
    private final CheckboxGroup<Symptom> symptoms = new CheckboxGroup<>("What do you notice today? (tick any)");
    private final CheckboxGroup<RedFlag> warnings = new CheckboxGroup<>(
            "Since you last told us, have you had any of these? (tick any)");
    private final TextArea note = new TextArea("Anything else? (optional)");

    FeelingView(HomeService home, CurrentPatient current,
                @Value("${backboard.emergency-number:}") String emergencyNumber) {
        this.home = home;
        this.current = current;
        this.emergencyNumber = emergencyNumber.strip();
        addClassName("bb-home-page");
        setPadding(false);
        advice.setId("feeling-advice");
        advice.setVisible(false);
        problems.field("pain", pain);
        problems.field("stiffness", stiffness);
        problems.field("symptoms", symptoms);
        problems.field("redFlags", warnings);
        problems.field("note", note);
        symptoms.setItems(HomeTexts.SYMPTOMS.keySet().stream().sorted().toList());
        symptoms.setItemLabelGenerator(HomeTexts.SYMPTOMS::get);
        symptoms.setId("feeling-symptoms");
        warnings.setItems(HomeService.ASKED_AT_HOME.stream().sorted(Comparator.comparing(RedFlag::tier)
                .thenComparing(Comparator.naturalOrder())).toList());
        warnings.setItemLabelGenerator(HomeTexts.QUESTIONS::get);
        warnings.setId("feeling-warnings");
        note.setMaxLength(CheckIn.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.setId("feeling-note");
        symptoms.addClassName("bb-home-choices");
        warnings.addClassName("bb-home-choices");
        Button save = new Button("Send to my therapist", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        save.addClassName("bb-home-action");
        save.setId("feeling-save");
        add(advice, new H1("How I feel"), problems.message(), pain, stiffness, symptoms, warnings, note, save);
    }

    private void save() {
        problems.clear();
        Result<HomeService.Reported> result = LostRace.guarded(() -> home.checkIn(current.actor(),
                new CheckInDraft(null, null, pain.getValue(), stiffness.getValue(), symptoms.getValue(),
                        warnings.getValue(), note.getValue())));
        switch (result) {
            case Result.Saved<HomeService.Reported> saved -> reported(saved.value().mostUrgent());
            case Result.Rejected<HomeService.Reported> rejected -> rejected.problems().forEach(problems::show);
            case Result.Conflict<HomeService.Reported> conflict -> problems.show("Please try again.");
            case Result.NotFound<HomeService.Reported> notFound -> problems.show(HomeTexts.NO_ACCESS);
        }
    }

    private void reported(Optional<Tier> mostUrgent) {
        pain.clear();
        stiffness.clear();
        symptoms.clear();
        warnings.clear();
        note.clear();
        advice.removeAll();
        advice.getElement().setAttribute("role", mostUrgent.isPresent() ? "alert" : "status");
        advice.setClassName("bb-home-advice");
        mostUrgent.ifPresentOrElse(tier -> {
            advice.addClassName("bb-home-advice-" + tier.name().toLowerCase());
            advice.add(new H2(heading(tier)), new Paragraph(whatToDo(tier)));
        }, () -> advice.add(new Paragraph("Thank you. Your therapist will see how you are doing.")));
        advice.setVisible(true);
        advice.scrollIntoView();
    }

    private String heading(Tier tier) {
        return switch (tier) {
            case EMERGENCY -> "Get emergency help now";
            case URGENT -> "Contact your therapist or a doctor today";
            case REVIEW -> "Thank you: your therapist will look at this";
        };
    }

    private String whatToDo(Tier tier) {
        String call = emergencyNumber.isEmpty() ? "your local emergency number" : emergencyNumber;
        return switch (tier) {
            case EMERGENCY -> "What you ticked can be a sign of pressure on the nerves at the base of the spine, "
                    + "which needs treatment straight away. Call " + call + " or go to the nearest emergency "
                    + "department now. Do not wait for your next appointment. Your therapist has also been told.";
            case URGENT -> "What you ticked needs a doctor to look at it soon. Call your therapist's clinic or "
                    + "your doctor today. If you feel very unwell, call " + call + ".";
            case REVIEW -> "Mention it at your next appointment, or sooner if it gets worse.";
        };
    }
}
