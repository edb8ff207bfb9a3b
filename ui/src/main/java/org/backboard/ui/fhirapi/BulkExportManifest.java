package org.backboard.ui.fhirapi;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.backboard.core.bulkexport.ExportFile;
import org.backboard.core.bulkexport.ExportJob;
import org.backboard.core.bulkexport.ExportStatus;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a bulk export's status URL answers, by the Bulk Data IG: 202 with X-Progress and Retry-After
 * while the job runs, the manifest (JSON, written by Jackson) once it completed, an OperationOutcome
 * once it failed. URLs are absolute, under BACKBOARD_PUBLIC_URL when it is set (behind a proxy),
 * otherwise as the client reached this server.
 */
@Component
class BulkExportManifest {

    /** How long a client should wait before polling again while a job runs. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final String configured;
    private final OperationOutcomes outcomes;

    BulkExportManifest(@Value("${backboard.public-url:}") String configured, OperationOutcomes outcomes) {
        this.configured = configured.strip().replaceAll("/+$", "");
        this.outcomes = outcomes;
    }

    /** The manifest's fields, as the IG names them. */
    record Manifest(String transactionTime, String request, boolean requiresAccessToken, List<Output> output,
                    List<Output> error) {
    }

    record Output(String type, String url, long count) {
    }

    ResponseEntity<?> response(ExportStatus status) {
        ExportJob job = status.job();
        return switch (job.state()) {
            case QUEUED, RUNNING -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header("X-Progress", progress(job))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
            case FAILED -> outcomes.entity(HttpStatus.INTERNAL_SERVER_ERROR, IssueType.EXCEPTION,
                    job.failure().orElse("The export failed."));
            case COMPLETED -> ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.EXPIRES, HTTP_DATE.format(job.expiresAt().orElseThrow()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(new Manifest(job.transactionTime().toString(), job.requestUrl(), true,
                            status.files().stream().map(file -> output(job, file)).toList(), List.of()));
        };
    }

    private Output output(ExportJob job, ExportFile file) {
        return new Output(file.type().fhirName(),
                base() + BulkExportController.FILE + job.id() + "/" + file.type().fhirName() + ".ndjson", file.count());
    }

    private static String progress(ExportJob job) {
        return job.patientsExported() == 0 ? "queued"
                : String.format(Locale.ROOT, "%d patients exported", job.patientsExported());
    }

    /** The kick-off request's URL as the client sent it (the manifest's {@code request}). */
    String requestUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return base() + request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
    }

    String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
