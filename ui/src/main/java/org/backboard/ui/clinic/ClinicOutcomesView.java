package org.backboard.ui.clinic;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backboard.core.clinic.ClinicOutcomes;
import org.backboard.core.clinic.ClinicOutcomesService;
import org.backboard.core.episode.ChronicityStage;
import org.backboard.core.program.Adherence;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.FiguresTable;
import org.backboard.ui.security.CurrentClinician;

/** The clinic's outcomes for leads: four charts, each with its numbers in a table beside it. */
@Route("clinic-outcomes")
@PageTitle("Clinic outcomes | Backboard")
@RolesAllowed("LEAD")
public class ClinicOutcomesView extends VerticalLayout {


    public ClinicOutcomesView(ClinicOutcomesService service, CurrentClinician current) {
        ClinicOutcomes outcomes = service.today(current.actor());
        addClassName("bb-clinic-outcomes");
        add(new H2("Clinic outcomes"), new Paragraph("As of " + Dates.day(outcomes.today()) + ". Shares count "
                + "the episodes whose 12-week clock reached the week and had a pain score by then; an episode "
                + "discharged earlier counts with its last score."));
        Div panels = new Div(caseload(outcomes), improvement(outcomes), reduction(outcomes), adherence(outcomes));
        panels.addClassName("bb-outcome-panels");
        add(panels);
    }

    private static Component caseload(ClinicOutcomes outcomes) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (ChronicityStage stage : ChronicityStage.values()) {
            long count = outcomes.caseloadByStage().get(stage);
            labels.add(stage.label());
            values.add((double) count);
            rows.add(new String[] {stage.label(), String.format("%,d", count)});
        }
        rows.add(new String[] {"All active", String.format("%,d", outcomes.activeCaseload())});
        return panel("outcome-caseload", "Active caseload by stage", new BarChart("Active patients by stage",
                        "Patients", labels, values, "Patients", Optional.empty(), "hsl(214, 60%, 50%)",
                        Optional.empty(), ""),
                table(new String[] {"Stage", "Patients"}, rows));
    }

    private static Component improvement(ClinicOutcomes outcomes) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (ClinicOutcomes.Improvement week : outcomes.improvement()) {
            labels.add("Week " + week.week());
            values.add(week.percent().map(Integer::doubleValue).orElse(null));
            rows.add(new String[] {"Week " + week.week(), week.percent().map(p -> p + " %").orElse("–"),
                    String.format("%,d of %,d", week.improved(), week.episodes())});
        }
        return panel("outcome-improvement", "Clinically important pain improvement",
                new BarChart("Share of episodes with clinically important pain improvement at weeks 4, 8 and 12",
                        "Improved", labels, values, "% of episodes", Optional.of(100.0), "hsl(150, 50%, 40%)",
                        Optional.empty(), ""),
                table(new String[] {"By the end of", "Improved", "Episodes"}, rows),
                new Paragraph("Improved: a fall of at least 2 points or 30 % of the baseline score (Ostelo 2008)."));
    }

    private static Component reduction(ClinicOutcomes outcomes) {
        Optional<ClinicOutcomes.MeanReduction> mean = outcomes.painReductionAt12Weeks();
        List<String[]> rows = List.of(
                new String[] {"This clinic", mean.map(m -> String.format(Locale.ENGLISH, "%.1f %%", m.percent()))
                        .orElse("–"), mean.map(m -> String.format("%,d", m.episodes())).orElse("0")},
                new String[] {"Reported by Hinge Health (external)", ClinicOutcomes.REPORTED_REDUCTION_PERCENT + " %",
                        "–"});
        return panel("outcome-reduction", "Mean pain reduction at 12 weeks",
                new BarChart("Mean pain reduction at 12 weeks beside the reported 68 % reference", "Reduction",
                        List.of("This clinic"), List.of(mean.map(ClinicOutcomes.MeanReduction::percent).orElse(0.0)),
                        "% of baseline pain", Optional.of(100.0), "hsl(28, 80%, 50%)",
                        Optional.of((double) ClinicOutcomes.REPORTED_REDUCTION_PERCENT),
                        "Reported external figure: " + ClinicOutcomes.REPORTED_REDUCTION_PERCENT + " % (Hinge Health)"),
                table(new String[] {"", "Mean reduction", "Episodes"}, rows),
                new Paragraph("The 68 % line is a figure a digital program reported for its own members, shown "
                        + "for reference: it is not a target and not comparable case for case."));
    }

    private static Component adherence(ClinicOutcomes outcomes) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (Adherence.Level level : Adherence.Level.values()) {
            long count = outcomes.adherence().get(level);
            String label = switch (level) {
                case GOOD -> "Good (80 % or more)";
                case PARTIAL -> "Partial (50-79 %)";
                case LOW -> "Low (under 50 %)";
            };
            labels.add(label);
            values.add((double) count);
            rows.add(new String[] {label, String.format("%,d", count)});
        }
        rows.add(new String[] {"No whole session due yet", String.format("%,d",
                outcomes.programsWithoutPrescribedSessions())});
        return panel("outcome-adherence", "Adherence over the last " + ClinicOutcomes.ADHERENCE_DAYS + " days",
                new BarChart("Programs on active episodes by adherence level", "Programs", labels, values,
                        "Programs", Optional.empty(), "hsl(265, 45%, 55%)", Optional.empty(), ""),
                table(new String[] {"Adherence", "Programs"}, rows));
    }

    private static Component panel(String id, String title, Component... parts) {
        H3 heading = new H3(title);
        heading.setId(id + "-title");
        Div panel = new Div(heading);
        panel.add(parts);
        panel.setId(id);
        panel.addClassName("bb-outcome-panel");
        // the page has no control to tab to, so the keyboard could not reach (and scroll) its panels:
        // each panel is a named region in the tab order
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        panel.getElement().setAttribute("tabindex", "0");
        return panel;
    }

    private static Component table(String[] headers, List<String[]> rows) {
        return FiguresTable.of(List.of(headers), rows.stream().map(List::of).toList());
    }
}
