package org.backboard.ui.home;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.backboard.core.care.HomeService;
import org.backboard.core.program.ProgramAdherence;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckIn;
import org.backboard.ui.components.ChartJs;
import org.backboard.ui.components.Dates;
import org.backboard.ui.security.CurrentPatient;

/** My progress: pain over time as a simple chart (with the same figures in words) and sessions per week. */
@Route("app/progress")
@PageTitle("My progress | Backboard")
@RolesAllowed("PATIENT")
public class ProgressView extends VerticalLayout {

    /** Numbers only reach the script; the labels are dates Backboard formats. */
    private static final String DRAW = """
            const host = $0, data = JSON.parse($1);
            if (host.chart) host.chart.destroy();
            host.chart = new Chart(host.querySelector('canvas'), {type: 'line',
              data: {labels: data.labels, datasets: [{label: 'Pain (0-10)', data: data.pain,
                borderColor: 'hsl(0, 70%, 48%)', backgroundColor: 'hsl(0, 70%, 48%)', tension: 0.2}]},
              options: {animation: false, maintainAspectRatio: false,
                scales: {y: {min: 0, max: 10, ticks: {stepSize: 2}}, x: {ticks: {maxRotation: 0, autoSkipPadding: 12}}},
                plugins: {legend: {display: false}}}});
            """;
    private static final int SHOWN_WEEKS = 8;

    private final ZoneId zone;
    private String chartData = "";
    private final Div chart = new Div();

    ProgressView(HomeService home, CurrentPatient current, Clock clock) {
        this.zone = clock.getZone();
        addClassName("bb-home-page");
        setPadding(false);
        add(new H1("My progress"));
        switch (home.progress(current.actor())) {
            case Result.Saved<HomeService.Progress> saved -> show(saved.value());
            default -> add(new Paragraph(HomeTexts.NO_ACCESS));
        }
    }

    private void show(HomeService.Progress progress) {
        List<CheckIn> scored = progress.timeline().stream().filter(c -> c.pain().isPresent()).toList();
        add(new H2("Your pain"));
        if (scored.isEmpty()) {
            add(new Paragraph("No pain scores yet. Tell us how you feel and your scores will show here."));
        } else {
            chart.addClassName("bb-home-chart");
            chart.setId("progress-chart");
            chart.getElement().setAttribute("role", "img");
            CheckIn first = scored.getFirst();
            CheckIn last = scored.getLast();
            chart.getElement().setAttribute("aria-label", "Chart of your pain over " + scored.size()
                    + " check-ins, from " + score(first) + " to " + score(last) + " out of 10");
            chart.getElement().appendChild(new Element("canvas"));
            add(chart, new Paragraph("First score " + score(first) + " on " + Dates.day(day(first))
                    + "; latest " + score(last) + " on " + Dates.day(day(last)) + "."));
            chartData = "{\"labels\":[" + scored.stream().map(c -> quoted(Dates.day(day(c))))
                    .collect(Collectors.joining(",")) + "],\"pain\":[" + scored.stream().map(c -> String.valueOf(score(c)))
                    .collect(Collectors.joining(",")) + "]}";
        }
        add(new H2("Exercise sessions"));
        List<ProgramAdherence.Week> weeks = progress.program().map(p -> p.weeks()).orElse(List.of());
        if (weeks.isEmpty()) {
            add(new Paragraph("No exercise program yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("progress-weeks");
        weeks.stream().skip(Math.max(0, weeks.size() - SHOWN_WEEKS)).toList().reversed().forEach(week ->
                list.add(new ListItem("Week of " + Dates.day(week.from()) + ": " + week.completed()
                        + (week.completed() == 1 ? " session" : " sessions"))));
        add(list);
    }

    private LocalDate day(CheckIn checkIn) {
        return checkIn.takenAt().atZone(zone).toLocalDate();
    }

    /** A date as the clinic's locale writes it, as a JSON string. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int score(CheckIn checkIn) {
        return checkIn.pain().orElseThrow().value();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!chartData.isEmpty()) {
            ChartJs.load(event.getUI());
            chart.getElement().executeJs(DRAW, chart.getElement(), chartData);
        }
    }
}
