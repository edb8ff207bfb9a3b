package org.backboard.ui.care;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.symptom.Symptom;
import org.backboard.ui.components.Dates;

/** The check-ins of an episode as a table, newest first: the chart's numbers, readable one by one. */
final class CheckInTable extends Grid<CheckIn> {


    private static final int ROWS_SHOWN = 12;

    CheckInTable(List<CheckIn> timeline, ZoneId zone) {
        addClassName("bb-check-ins");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(c -> Dates.moment(c.takenAt(), zone)).setHeader("When").setWidth("11rem").setFlexGrow(0);
        addColumn(c -> c.source().label()).setHeader("Source").setWidth("9rem").setFlexGrow(0);
        addColumn(c -> score(c.pain())).setHeader("Pain").setWidth("5rem").setFlexGrow(0);
        addColumn(c -> score(c.stiffness())).setHeader("Stiffness").setWidth("6.5rem").setFlexGrow(0);
        addColumn(c -> labels(c.symptoms(), Symptom::label)).setHeader("Symptoms").setWidth("14rem").setFlexGrow(3);
        // columns nobody filled in would only take the symptoms' room
        if (timeline.stream().anyMatch(c -> !c.redFlags().isEmpty())) {
            addColumn(c -> labels(c.redFlags(), RedFlag::warningSign)).setHeader("Red-flag answers").setWidth("10rem")
                    .setFlexGrow(1);
        }
        if (timeline.stream().anyMatch(c -> c.note().isPresent())) {
            addColumn(c -> c.note().orElse("")).setHeader("Note").setWidth("10rem").setFlexGrow(1);
        }
        setItems(timeline.reversed());
        // as tall as its rows, up to about a dozen; longer timelines scroll inside the table
        setAllRowsVisible(timeline.size() <= ROWS_SHOWN);
        if (timeline.size() > ROWS_SHOWN) {
            setHeight("32em");
        }
    }

    /** A dash where the check-in did not score it. */
    private static String score(Optional<PainScore> score) {
        return score.map(s -> Integer.toString(s.value())).orElse("–");
    }

    private static <E extends Enum<E>> String labels(Collection<E> values, Function<E, String> label) {
        return values.stream().sorted().map(label).collect(Collectors.joining("; "));
    }
}
