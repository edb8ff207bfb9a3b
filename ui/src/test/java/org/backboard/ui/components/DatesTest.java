package org.backboard.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.backboard.core.episode.SymptomOnset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One style for every date shown, taken from the UI's locale (BACKBOARD_LOCALE). */
class DatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOON_IN_LONDON = Instant.parse("2026-11-23T12:10:00Z");

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void datesAndTimesFollowTheUisLocale() {
        inLocale("en-GB");
        assertThat(Dates.day(DAY)).isEqualTo("23/11/2026");
        assertThat(Dates.moment(NOON_IN_LONDON, ZoneId.of("Europe/London"))).isEqualTo("23/11/2026 12:10");
        assertThat(Dates.onset(SymptomOnset.onDay(DAY))).isEqualTo("23/11/2026");
        assertThat(Dates.longDay(DAY)).isEqualTo("Monday, 23 November 2026");

        inLocale("de-DE");
        assertThat(Dates.day(DAY)).isEqualTo("23.11.26");
        assertThat(Dates.moment(NOON_IN_LONDON, ZoneId.of("Europe/Berlin"))).isEqualTo("23.11.26 13:10");
    }

    @Test
    void withoutAUiTheSettingsDefaultIsUsed() {
        assertThat(Dates.day(DAY)).isEqualTo("23/11/2026");
    }

    private static void inLocale(String tag) {
        UI ui = new UI();
        ui.setLocale(Locale.forLanguageTag(tag));
        UI.setCurrent(ui);
    }
}
