package org.backboard.ui.fhirapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/**
 * The {@code _lastUpdated} search parameter as a half-open range [from, until). A FHIR date stands
 * for the whole span of its precision (a day, a second), so {@code gt2026-01-01} starts on the 2nd
 * and {@code le2026-01-01} ends with the 1st. Only the prefixes ge, gt, le and lt are taken;
 * several values narrow the range together. A resource without {@code meta.lastUpdated} (an
 * EpisodeOfCare, a Condition: episodes keep no change time) matches no such filter.
 */
record LastUpdated(Optional<Instant> from, Optional<Instant> until) {

    static final LastUpdated ANY = new LastUpdated(Optional.empty(), Optional.empty());

    /** Parses the parameter's values; an IllegalArgumentException says what is wrong with one. */
    static LastUpdated parse(List<String> values, ZoneId zone) {
        LastUpdated range = ANY;
        for (String value : values) {
            if (value.length() < 3) {
                throw new IllegalArgumentException(problem(value));
            }
            String prefix = value.substring(0, 2);
            Instant[] span = span(value.substring(2), zone);
            // a year PostgreSQL cannot compare with would fail in SQL, as an error instead of this message
            int year = span[0].atZone(ZoneOffset.UTC).getYear();
            if (year < 1900 || year > 9999) {
                throw new IllegalArgumentException(problem(value));
            }
            range = switch (prefix) {
                case "ge" -> range.from(span[0]);
                case "gt" -> range.from(span[1]);
                case "lt" -> range.until(span[0]);
                case "le" -> range.until(span[1]);
                default -> throw new IllegalArgumentException(problem(value));
            };
        }
        return range;
    }

    boolean isAny() {
        return from.isEmpty() && until.isEmpty();
    }

    boolean matches(Resource resource) {
        if (isAny()) {
            return true;
        }
        if (resource.getMeta().getLastUpdated() == null) {
            return false;
        }
        Instant at = resource.getMeta().getLastUpdated().toInstant();
        return from.map(start -> !at.isBefore(start)).orElse(true) && until.map(at::isBefore).orElse(true);
    }

    private LastUpdated from(Instant start) {
        return new LastUpdated(Optional.of(from.filter(current -> current.isAfter(start)).orElse(start)), until);
    }

    private LastUpdated until(Instant end) {
        return new LastUpdated(from, Optional.of(until.filter(current -> current.isBefore(end)).orElse(end)));
    }

    /** The span [start, end) a FHIR date, dateTime or instant stands for; a date without zone is the clinic's. */
    private static Instant[] span(String raw, ZoneId zone) {
        try {
            if (raw.matches("\\d{4}")) {
                Instant start = LocalDate.of(Integer.parseInt(raw), 1, 1).atStartOfDay(zone).toInstant();
                return new Instant[] {start, LocalDate.of(Integer.parseInt(raw) + 1, 1, 1).atStartOfDay(zone).toInstant()};
            }
            if (raw.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(raw);
                return new Instant[] {month.atDay(1).atStartOfDay(zone).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()};
            }
            if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(raw);
                return new Instant[] {day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()};
            }
            Instant at = OffsetDateTime.parse(raw).toInstant();
            ChronoUnit precision = raw.matches(".*T\\d{2}:\\d{2}(Z|[+-].*)") ? ChronoUnit.MINUTES
                    : raw.contains(".") ? ChronoUnit.MILLIS : ChronoUnit.SECONDS;
            return new Instant[] {at, at.plus(1, precision)};
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(problem("__" + raw));
        }
    }

    private static String problem(String value) {
        return "_lastUpdated takes ge, gt, le or lt and a FHIR date or dateTime with a zone, such as ge2026-01-01 or "
                + "lt2026-01-01T12:00:00Z (not \"" + value.substring(Math.min(2, value.length())) + "\" here)";
    }
}
