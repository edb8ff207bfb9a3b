package org.backboard.ui.outcome;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backboard.core.care.OutcomeService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.Oswestry;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.PsfsDraft;
import org.backboard.core.outcome.StartBackDraft;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.ui.components.FormDialog;
import org.backboard.ui.components.ScoreField;

/**
 * The three questionnaire forms. The Oswestry's statements are licensed, so each section shows its
 * name and short anchors in our own words; the clinician scores from the patient's paper form.
 */
public final class OutcomeDialogs {

    /** Anchors for a section's 0-5 score, ours, not the licensed statements. */
    private static final List<String> ODI_ANCHORS = List.of("0 · no difficulty", "1 · slight", "2 · moderate",
            "3 · fairly severe", "4 · very severe", "5 · worst, unable");

    private OutcomeDialogs() {
    }

    public static FormDialog oswestry(OutcomeService outcomes, Actor actor, Episode episode, LocalDate today,
                                      Runnable onSaved) {
        FormDialog dialog = new FormDialog("Oswestry Disability Index", "odi-dialog", "Save score");
        DatePicker takenOn = takenOn(episode, today, "odi-date");
        Paragraph help = new Paragraph("Score each section 0-5 from the patient's form. Up to two sections may be "
                + "left unanswered; the score is then taken over the sections answered.");
        help.addClassName("bb-muted");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        Map<OswestrySection, Select<Integer>> sections = new EnumMap<>(OswestrySection.class);
        for (OswestrySection section : OswestrySection.values()) {
            Select<Integer> score = new Select<>();
            score.setLabel(section.label());
            score.setItems(0, 1, 2, 3, 4, 5);
            score.setItemLabelGenerator(value -> value == null ? "Not answered" : ODI_ANCHORS.get(value));
            score.setEmptySelectionAllowed(true);
            score.setEmptySelectionCaption("Not answered");
            score.setId("odi-" + section.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            score.addClassName("bb-odi-section");
            sections.put(section, score);
            form.add(score);
        }
        Paragraph live = new Paragraph();
        live.setId("odi-live-score");
        live.getElement().setAttribute("aria-live", "polite");
        showOdiScore(live, answered(sections));
        sections.values().forEach(select -> select.addValueChangeListener(change ->
                showOdiScore(live, answered(sections))));
        dialog.add(takenOn, help, form, live);
        dialog.field("takenOn", takenOn);
        dialog.onSave(() -> outcomes.record(actor, episode.id(), takenOn.getValue(),
                () -> new OdiAnswers(answered(sections))), onSaved);
        return dialog;
    }

    private static Map<OswestrySection, Integer> answered(Map<OswestrySection, Select<Integer>> sections) {
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        sections.forEach((section, select) -> {
            if (select.getValue() != null) {
                answers.put(section, select.getValue());
            }
        });
        return answers;
    }

    /** The score and band as the sections are scored, from the same core rule that keeps it. */
    private static void showOdiScore(Paragraph live, Map<OswestrySection, Integer> answers) {
        live.setText(switch (Oswestry.score(answers)) {
            case Oswestry.Scored scored -> "Score: " + scored.percent() + " % · "
                    + scored.band().label().toLowerCase(Locale.ENGLISH) + " (" + scored.answered() + " of "
                    + OswestrySection.values().length + " sections)";
            case Oswestry.Incomplete incomplete -> "Score: not yet (" + incomplete.unanswered()
                    + " sections unanswered; at most " + Oswestry.MAX_UNANSWERED + " may be)";
        });
    }

    public static FormDialog startBack(OutcomeService outcomes, Actor actor, Episode episode, LocalDate today,
                                       Runnable onSaved) {
        FormDialog dialog = new FormDialog("STarT Back screening", "start-back-dialog", "Save screening");
        DatePicker takenOn = takenOn(episode, today, "start-back-date");
        Paragraph help = new Paragraph("Tick each statement the patient agreed with (last 2 weeks).");
        help.addClassName("bb-muted");
        dialog.add(takenOn, help);
        Map<StartBackItem, Checkbox> items = new EnumMap<>(StartBackItem.class);
        int number = 1;
        for (StartBackItem item : StartBackItem.values()) {
            Checkbox agreed = new Checkbox(number++ + ". " + item.label());
            agreed.setId("start-back-" + item.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            items.put(item, agreed);
            dialog.add(agreed);
        }
        RadioButtonGroup<Bothersomeness> bother = new RadioButtonGroup<>(
                "9. Overall, how bothersome has the back pain been in the last 2 weeks?");
        bother.setItems(Bothersomeness.values());
        bother.setItemLabelGenerator(Bothersomeness::label);
        bother.setId("start-back-bothersomeness");
        dialog.add(bother);
        dialog.field("takenOn", takenOn);
        dialog.onSave(() -> outcomes.record(actor, episode.id(), takenOn.getValue(), () -> {
            Set<StartBackItem> agreed = EnumSet.noneOf(StartBackItem.class);
            items.forEach((item, box) -> {
                if (box.getValue()) {
                    agreed.add(item);
                }
            });
            return StartBackDraft.agreedWith(agreed, bother.getValue()).answers();
        }), onSaved);
        return dialog;
    }

    public static FormDialog psfs(OutcomeService outcomes, Actor actor, Episode episode, LocalDate today,
                                  Runnable onSaved) {
        FormDialog dialog = new FormDialog("Patient-Specific Functional Scale", "psfs-dialog", "Save scale");
        DatePicker takenOn = takenOn(episode, today, "psfs-date");
        Paragraph help = new Paragraph("Three to five activities the patient finds hard, each scored 0 (unable) "
                + "to 10 (as before the problem).");
        help.addClassName("bb-muted");
        dialog.add(takenOn, help);
        List<TextField> names = new ArrayList<>();
        List<IntegerField> scores = new ArrayList<>();
        for (int i = 1; i <= PsfsAnswers.MAX_ACTIVITIES; i++) {
            TextField name = new TextField(i <= PsfsAnswers.MIN_ACTIVITIES ? "Activity " + i
                    : "Activity " + i + " (optional)");
            name.setMaxLength(PsfsAnswers.MAX_NAME);
            name.setId("psfs-activity-" + i);
            IntegerField score = ScoreField.of("Score (0-10)", "psfs-score-" + i);
            FormLayout row = new FormLayout(name, score);
            row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
            row.setColspan(name, 1);
            names.add(name);
            scores.add(score);
            dialog.add(row);
        }
        dialog.field("takenOn", takenOn);
        dialog.onSave(() -> outcomes.record(actor, episode.id(), takenOn.getValue(), () -> {
            List<PsfsDraft.Row> rows = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                rows.add(new PsfsDraft.Row(names.get(i).getValue(), scores.get(i).getValue()));
            }
            return new PsfsDraft(rows).answers();
        }), onSaved);
        return dialog;
    }

    private static DatePicker takenOn(Episode episode, LocalDate today, String id) {
        DatePicker takenOn = new DatePicker("Taken on");
        takenOn.setMin(episode.details().startDate());
        takenOn.setMax(episode.discharge().map(d -> d.date()).orElse(today));
        takenOn.setValue(takenOn.getMax().isBefore(today) ? takenOn.getMax() : today);
        takenOn.setRequired(true);
        takenOn.setId(id);
        return takenOn;
    }
}
