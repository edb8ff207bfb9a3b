package org.backboard.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.backboard.core.care.HomeService;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.PsfsDraft;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.ui.components.FormProblems;

/**
 * The PSFS for the patient. The first time they name 3 to 5 activities their back makes hard and
 * score each 0-10; later they score the same activities again, named as before and not editable,
 * so that the scores can be compared.
 */
final class PsfsForm extends Div {

    private final List<TextField> names = new ArrayList<>();
    private final List<RadioButtonGroup<Integer>> scores = new ArrayList<>();
    private final List<String> earlier;

    PsfsForm(HomeService home, PatientActor actor, List<String> earlier, Runnable onAnswered) {
        this.earlier = List.copyOf(earlier);
        addClassName("bb-home-questionnaire");
        setId("psfs");
        FormProblems problems = new FormProblems("psfs-error");
        add(new H2("Activities you find hard"));
        if (this.earlier.isEmpty()) {
            add(new Paragraph("Think of 3 to 5 everyday things that your back makes hard, or stops you doing. "
                    + "Write each one down and choose how well you can do it now."), problems.message());
            for (int i = 0; i < PsfsAnswers.MAX_ACTIVITIES; i++) {
                TextField name = new TextField(i < PsfsAnswers.MIN_ACTIVITIES ? "Activity " + (i + 1)
                        : "Activity " + (i + 1) + " (if you want)");
                name.setMaxLength(PsfsAnswers.MAX_NAME);
                name.setId("psfs-activity-" + (i + 1));
                name.setWidthFull();
                name.addClassName("bb-home-answer");
                names.add(name);
                problems.field(PsfsDraft.activityField(i), name);
                add(row(name, score(i, "How well can you do activity " + (i + 1) + " now?", problems)));
            }
        } else {
            add(new Paragraph("Last time you told us about these activities. Choose how well you can do each one "
                    + "now."), problems.message());
            for (int i = 0; i < this.earlier.size(); i++) {
                add(row(score(i, this.earlier.get(i), problems)));
            }
        }
        add(QuestionnaireForms.sendButton("psfs-send", problems, () -> home.answerPsfs(actor, draft()), onAnswered));
    }

    private RadioButtonGroup<Integer> score(int index, String label, FormProblems problems) {
        RadioButtonGroup<Integer> score = QuestionnaireForms.scale(label, "psfs-score-" + (index + 1));
        scores.add(score);
        problems.field(PsfsDraft.scoreField(index), score);
        return score;
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("bb-home-psfs-row");
        return row;
    }

    private PsfsDraft draft() {
        List<PsfsDraft.Row> rows = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            String name = earlier.isEmpty() ? names.get(i).getValue() : earlier.get(i);
            rows.add(new PsfsDraft.Row(name, scores.get(i).getValue()));
        }
        return new PsfsDraft(rows);
    }
}
