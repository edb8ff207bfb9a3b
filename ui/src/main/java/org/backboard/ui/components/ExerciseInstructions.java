package org.backboard.ui.components;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.backboard.core.exercise.ExerciseDetails;

/** An exercise's numbered steps and cautions, as the handout and the library both show them. */
public final class ExerciseInstructions {

    private ExerciseInstructions() {
    }

    public static OrderedList steps(ExerciseDetails details) {
        OrderedList steps = new OrderedList();
        details.steps().forEach(step -> steps.add(new ListItem(step)));
        return steps;
    }

    public static Optional<Paragraph> cautions(ExerciseDetails details) {
        if (details.cautions().isEmpty()) {
            return Optional.empty();
        }
        Paragraph cautions = new Paragraph("Take care: " + details.cautions());
        cautions.addClassName("bb-handout-cautions");
        return Optional.of(cautions);
    }
}
