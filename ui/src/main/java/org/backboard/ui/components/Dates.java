package org.backboard.ui.components;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.backboard.core.episode.SymptomOnset;

/**
 * Every date and date-time Backboard writes, in the UI's locale (BACKBOARD_LOCALE): the short style
 * the date pickers use too ("23/11/2026", "23/11/2026 12:10" in en-GB), and a long one for headings
 * ("Monday, 23 November 2026"). One place, so a screen never mixes styles.
 */
public final class Dates {

    /** Outside a UI (a download, a test without one): the setting's default. */
    static final Locale FALLBACK = Locale.forLanguageTag("en-GB");

    private Dates() {
    }

    public static String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()).format(day);
    }

    public static String moment(Instant at, ZoneId zone) {
        return day(LocalDate.ofInstant(at, zone)) + " "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(at.atZone(zone));
    }

    /** A symptom onset: its day, or "~" and its month when only the month is known. */
    public static String onset(SymptomOnset onset) {
        return onset.isApproximate()
                ? "~" + DateTimeFormatter.ofPattern("MMM yyyy", locale()).format(onset.date())
                : day(onset.date());
    }

    /** For a heading: the weekday and the month in words. */
    public static String longDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(day);
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? FALLBACK : ui.getLocale();
    }
}
