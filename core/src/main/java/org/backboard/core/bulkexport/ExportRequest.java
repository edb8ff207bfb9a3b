package org.backboard.core.bulkexport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;

/**
 * What a kick-off asks for: whose records, which resource types (all when {@code _type} is absent)
 * and, with {@code _since}, only resources changed after that instant. Built from the request's
 * own parameters, so a bad one is refused with a message on the parameter it is about.
 */
public record ExportRequest(ExportScope scope, Set<ExportType> types, Optional<Instant> since) {

    static final int SINCE_EARLIEST_YEAR = 1900;
    static final int SINCE_LATEST_YEAR = 9999;
    /** The output formats the Bulk Data IG names for NDJSON; Backboard writes only that. */
    static final Set<String> NDJSON_FORMATS = Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");

    public ExportRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(since, "since");
        if (types.isEmpty()) {
            throw new IllegalArgumentException("an export writes at least one resource type");
        }
        types = Set.copyOf(types);
    }

    /** Every resource type Backboard has, for a kick-off without {@code _type}. */
    public static ExportRequest everything(ExportScope scope) {
        return new ExportRequest(scope, EnumSet.allOf(ExportType.class), Optional.empty());
    }

    /**
     * Reads {@code _type} (comma-separated FHIR type names), {@code _since} (a FHIR instant, with its
     * zone) and {@code _outputFormat}, each as the client sent it.
     */
    public static Result<ExportRequest> of(ExportScope scope, Optional<String> type, Optional<String> since,
                                           Optional<String> outputFormat) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<ExportType> types = type.map(text -> types(text, problems)).orElseGet(() -> EnumSet.allOf(ExportType.class));
        Optional<Instant> sinceInstant = since.flatMap(text -> instant(text, problems));
        outputFormat.filter(format -> !NDJSON_FORMATS.contains(format)).ifPresent(format -> problems.add(
                new FieldProblem("_outputFormat", "Only application/fhir+ndjson is written.")));
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        return new Result.Saved<>(new ExportRequest(scope, types, sinceInstant));
    }

    private static Set<ExportType> types(String text, List<FieldProblem> problems) {
        Set<ExportType> types = EnumSet.noneOf(ExportType.class);
        List<String> unknown = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            ExportType.named(name.strip()).ifPresentOrElse(types::add, () -> unknown.add(name.strip()));
        }
        if (!unknown.isEmpty() || types.isEmpty()) {
            problems.add(new FieldProblem("_type", "Unknown or unsupported resource type"
                    + (unknown.isEmpty() ? "" : " '" + String.join("', '", unknown) + "'") + "; Backboard exports "
                    + Arrays.stream(ExportType.values()).map(ExportType::fhirName).collect(Collectors.joining(", "))
                    + "."));
        }
        return types.isEmpty() ? EnumSet.allOf(ExportType.class) : types;
    }

    private static Optional<Instant> instant(String text, List<FieldProblem> problems) {
        try {
            OffsetDateTime since = OffsetDateTime.parse(text.strip());
            // a year PostgreSQL and java.sql cannot hold would fail later, as an error instead of a message
            if (since.getYear() < SINCE_EARLIEST_YEAR || since.getYear() > SINCE_LATEST_YEAR) {
                problems.add(new FieldProblem("_since", "Give an instant between the years " + SINCE_EARLIEST_YEAR
                        + " and " + SINCE_LATEST_YEAR + "."));
                return Optional.empty();
            }
            return Optional.of(since.toInstant());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("_since", "Not a FHIR instant with its time zone, such as 2026-12-01T00:00:00Z."));
            return Optional.empty();
        }
    }

    /** Whether a resource changed at {@code lastUpdated} belongs in the export; one without a change time always does. */
    public boolean includes(Optional<Instant> lastUpdated) {
        return since.isEmpty() || lastUpdated.isEmpty() || lastUpdated.get().isAfter(since.get());
    }
}
