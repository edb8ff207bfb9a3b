package org.backboard.ui.care;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.program.ProgramAdherence;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.PainScore;
import org.backboard.ui.components.ChartJs;

/**
 * Pain and stiffness over time, with weekly exercise adherence as bars on the same axis, with Chart.js (a WebJar loaded at runtime, so Vaadin's pre-compiled
 * bundle stays as it is). The x axis counts days since symptom onset, so the week-4 and week-12
 * lines sit where the chronicity rule puts them; with many check-ins the points are hidden and
 * the lines thinned, which keeps 500 check-ins readable.
 */
final class PainChart extends Div {

    /** Draws the week markers and the chart; numbers only reach the script, never free text. */
    private static final String DRAW = """
            const host = $0, data = JSON.parse($1), onsetMs = $2;
            const weekLines = {id: 'weekLines', afterDatasetsDraw(chart) {
              const {ctx, chartArea, scales} = chart;
              ctx.save();
              ctx.setLineDash([4, 4]);
              ctx.strokeStyle = 'rgba(90, 90, 90, 0.8)';
              ctx.fillStyle = 'rgba(60, 60, 60, 0.9)';
              ctx.font = '12px sans-serif';
              for (const [day, label] of [[%d, '4 weeks'], [%d, '12 weeks']]) {
                const x = scales.x.getPixelForValue(day);
                if (x < chartArea.left || x > chartArea.right) continue;
                ctx.beginPath(); ctx.moveTo(x, chartArea.top); ctx.lineTo(x, chartArea.bottom); ctx.stroke();
                ctx.fillText(label, x + 4, chartArea.top + 12);
              }
              ctx.restore();
            }};
            // the 12-week band above takes the chart area's left and right edges, so their weeks line up
            const alignBand = {id: 'alignBand', afterLayout(chart) {
              const band = host.parentElement && host.parentElement.querySelector('.bb-band');
              if (!band) return;
              band.style.marginLeft = chart.chartArea.left + 'px';
              band.style.marginRight = (chart.width - chart.chartArea.right) + 'px';
            }};
            const many = data.pain.length > 60;
            const line = (label, points, colour) => ({label, data: points, borderColor: colour,
              backgroundColor: colour, pointRadius: many ? 0 : 3, borderWidth: many ? 1.5 : 2, tension: 0.2});
            const bars = {type: 'bar', label: 'Exercise adherence (week)', data: data.adherence, yAxisID: 'adherence',
              backgroundColor: 'rgba(46, 139, 87, 0.28)', borderColor: 'rgba(46, 139, 87, 0.6)', borderWidth: 1,
              barPercentage: 1, categoryPercentage: 0.85, order: 2};
            if (host.chart) host.chart.destroy();
            host.chart = new Chart(host.querySelector('canvas'), {
              type: 'line',
              data: {datasets: [Object.assign(line('Pain', data.pain, 'hsl(0, 70%%, 48%%)'), {order: 0}),
                                Object.assign(line('Stiffness', data.stiffness, 'hsl(214, 70%%, 45%%)'), {order: 1}),
                                ...(data.adherence.length ? [bars] : [])]},
              options: {animation: false, maintainAspectRatio: false, parsing: false, normalized: true,
                interaction: {mode: 'nearest', axis: 'x', intersect: false},
                scales: {
                  x: {type: 'linear', min: 0, max: data.maxDay,
                      title: {display: true, text: 'Week since symptom onset'},
                      ticks: {stepSize: 7, maxRotation: 0, autoSkipPadding: 16,
                              callback: v => 'wk ' + (Math.floor(v / 7) + 1)}},
                  y: {min: 0, max: 10, ticks: {stepSize: 2}, title: {display: true, text: 'Score (0-10)'}},
                  adherence: {display: data.adherence.length > 0, position: 'right', min: 0, max: 100,
                      grid: {drawOnChartArea: false}, ticks: {stepSize: 25, callback: v => v + ' %%'},
                      title: {display: true, text: 'Adherence'}}},
                plugins: {tooltip: {callbacks: {
                  title: items => items[0].dataset.type === 'bar' ? 'Week ' + (Math.floor(items[0].parsed.x / 7) + 1)
                    : new Date(onsetMs + items[0].parsed.x * 86400000).toLocaleString(),
                  label: item => item.dataset.type === 'bar' ? 'Adherence ' + item.parsed.y + ' %%'
                    : item.dataset.label + ' ' + item.parsed.y}}}},
              plugins: [weekLines, alignBand]});
            """.formatted(Chronicity.SUBACUTE_FROM_DAY, Chronicity.CHRONIC_FROM_DAY);

    private final String points;
    private final double onsetMillis;

    PainChart(List<CheckIn> timeline, List<ProgramAdherence.Week> weeks, LocalDate onset, ZoneId zone,
              long daysSoFar) {
        addClassName("bb-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", "Chart of pain and stiffness over " + timeline.size()
                + " check-ins" + (weeks.isEmpty() ? "" : ", with exercise adherence week by week as bars")
                + "; the same entries are listed in the tables below");
        getElement().appendChild(new Element("canvas"));
        Instant onsetStart = onset.atStartOfDay(zone).toInstant();
        onsetMillis = onsetStart.toEpochMilli();
        long maxDay = TimelineBand.axisDays(daysSoFar);
        points = "{\"maxDay\":" + maxDay + ",\"pain\":" + series(timeline, onsetStart, CheckIn::pain)
                + ",\"stiffness\":" + series(timeline, onsetStart, CheckIn::stiffness)
                + ",\"adherence\":" + adherence(weeks) + "}";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ChartJs.load(event.getUI());
        getElement().executeJs(DRAW, getElement(), points, onsetMillis);
    }

    /** Each week's adherence as a bar centred on its week of the clock; weeks with nothing prescribed are left out. */
    private static String adherence(List<ProgramAdherence.Week> weeks) {
        StringBuilder json = new StringBuilder("[");
        for (ProgramAdherence.Week week : weeks) {
            week.adherence().ifPresent(a -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(String.format(Locale.ROOT, "{\"x\":%.1f,\"y\":%d}", (week.number() - 1) * 7 + 3.5,
                        a.percent()));
            });
        }
        return json.append(']').toString();
    }

    /** The check-ins that scored it: one that did not (a phone call about a red flag) leaves no point. */
    private static String series(List<CheckIn> timeline, Instant onset, Function<CheckIn, Optional<PainScore>> score) {
        StringBuilder json = new StringBuilder("[");
        for (CheckIn checkIn : timeline) {
            Optional<PainScore> value = score.apply(checkIn);
            if (value.isEmpty()) {
                continue;
            }
            double day = Duration.between(onset, checkIn.takenAt()).toMinutes() / 1440.0;
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(String.format(Locale.ROOT, "{\"x\":%.3f,\"y\":%d}", day, value.get().value()));
        }
        return json.append(']').toString();
    }
}
