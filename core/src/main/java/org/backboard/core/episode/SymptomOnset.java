package org.backboard.core.episode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** When the symptoms began. A month-precise onset is kept as the month's first day and shown with "~". */
public record SymptomOnset(LocalDate date, OnsetPrecision precision) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public SymptomOnset {
        Objects.requireNonNull(date, "onset date");
        Objects.requireNonNull(precision, "onset precision");
        if (precision == OnsetPrecision.MONTH) {
            date = date.withDayOfMonth(1);
        }
    }

    public static SymptomOnset onDay(LocalDate date) {
        return new SymptomOnset(date, OnsetPrecision.DAY);
    }

    public static SymptomOnset inMonth(LocalDate anyDayOfMonth) {
        return new SymptomOnset(anyDayOfMonth, OnsetPrecision.MONTH);
    }

    public boolean isApproximate() {
        return precision == OnsetPrecision.MONTH;
    }

    public String display() {
        return precision == OnsetPrecision.MONTH ? "~" + MONTH.format(date) : DAY.format(date);
    }
}
