package org.backboard.ui.clinic;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backboard.ui.components.ChartJs;

/**
 * A bar chart with Chart.js ({@link ChartJs}), optionally with a labelled dashed
 * reference line. Only numbers and our own labels reach the script, never patient text.
 */
final class BarChart extends Div {

    private static final String DRAW = """
            const host = $0, data = JSON.parse($1);
            const reference = {id: 'reference', afterDatasetsDraw(chart) {
              if (data.reference === null) return;
              const {ctx, chartArea, scales} = chart, y = scales.y.getPixelForValue(data.reference);
              ctx.save(); ctx.setLineDash([6, 4]); ctx.strokeStyle = 'rgba(60, 60, 60, 0.9)';
              ctx.beginPath(); ctx.moveTo(chartArea.left, y); ctx.lineTo(chartArea.right, y); ctx.stroke();
              ctx.fillStyle = 'rgba(40, 40, 40, 0.95)'; ctx.font = '12px sans-serif';
              ctx.fillText(data.referenceLabel, chartArea.left + 6, y - 6); ctx.restore();
            }};
            if (host.chart) host.chart.destroy();
            host.chart = new Chart(host.querySelector('canvas'), {type: 'bar',
              data: {labels: data.labels, datasets: [{label: data.series, data: data.values,
                     backgroundColor: data.colour}]},
              options: {animation: false, maintainAspectRatio: false,
                plugins: {legend: {display: false}},
                scales: {y: {beginAtZero: true, max: data.max === null ? undefined : data.max,
                             title: {display: true, text: data.unit}}}},
              plugins: [reference]});
            """;

    private final String json;

    BarChart(String description, String series, List<String> labels, List<Double> values, String unit,
             Optional<Double> max, String colour, Optional<Double> reference, String referenceLabel) {
        addClassName("bb-bar-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description + "; the table beside it gives the same numbers");
        getElement().appendChild(new Element("canvas"));
        json = "{\"series\":" + quoted(series) + ",\"labels\":[" + labels.stream().map(BarChart::quoted)
                .collect(Collectors.joining(",")) + "],\"values\":[" + values.stream()
                .map(v -> v == null ? "null" : String.format(Locale.ROOT, "%.1f", v)).collect(Collectors.joining(","))
                + "],\"unit\":" + quoted(unit) + ",\"max\":" + max.map(m -> String.format(Locale.ROOT, "%.1f", m))
                .orElse("null") + ",\"colour\":" + quoted(colour) + ",\"reference\":"
                + reference.map(r -> String.format(Locale.ROOT, "%.1f", r)).orElse("null")
                + ",\"referenceLabel\":" + quoted(referenceLabel) + "}";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ChartJs.load(event.getUI());
        getElement().executeJs(DRAW, getElement(), json);
    }

    /** Our own labels only; quotes and backslashes escaped all the same. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
