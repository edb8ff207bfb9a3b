package org.backboard.ui.care;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.backboard.core.episode.Chronicity;

/**
 * The 12-week clock drawn as a band: acute (weeks 1-4), subacute (5-12) with the chronicity-watch
 * window (days 70-83) highlighted, chronic from day 84, week markers, and a marker for today.
 * Plain positioned divs: no script needed, and the stage is also written out in text beside it.
 */
final class TimelineBand extends Div {

    /**
     * The days the band and the pain chart both span, so their weeks line up: two weeks past
     * chronic, or two weeks past today.
     */
    static long axisDays(long daysSoFar) {
        return Math.max(Chronicity.CHRONIC_FROM_DAY + 14, (daysSoFar / 7 + 2) * 7);
    }

    TimelineBand(Chronicity today) {
        addClassName("bb-band");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", "12-week timeline: " + today.stage().label() + ", week "
                + today.week() + today.daysUntilChronic().map(d -> ", " + d + " days until chronic").orElse(""));
        double total = axisDays(today.days());
        int weeks = (int) (total / 7);
        add(segment("bb-band-acute", 0, Chronicity.SUBACUTE_FROM_DAY, total, "Acute"));
        add(segment("bb-band-subacute", Chronicity.SUBACUTE_FROM_DAY, Chronicity.CHRONIC_FROM_DAY, total, "Subacute"));
        add(segment("bb-band-watch", Chronicity.WATCH_FROM_DAY, Chronicity.CHRONIC_FROM_DAY, total, "Watch"));
        add(segment("bb-band-chronic", Chronicity.CHRONIC_FROM_DAY, total, total, "Chronic"));
        int every = weeks > 26 ? 4 : weeks > 14 ? 2 : 1;
        for (int week = 1; week <= weeks; week += every) {
            Span tick = new Span(String.valueOf(week));
            tick.addClassName("bb-band-week");
            tick.getStyle().set("left", percent((week - 1) * 7, total));
            add(tick);
        }
        Div marker = new Div(new Span("Today"));
        marker.addClassName("bb-band-today");
        marker.getStyle().set("left", percent(today.days(), total));
        add(marker);
    }

    private static Div segment(String className, double from, double to, double total, String label) {
        Div segment = new Div(new Span(label));
        segment.addClassName(className);
        segment.getStyle().set("left", percent(from, total)).set("width", percent(to - from, total));
        return segment;
    }

    private static String percent(double days, double total) {
        return String.format(Locale.ROOT, "%.3f%%", 100 * days / total);
    }
}
