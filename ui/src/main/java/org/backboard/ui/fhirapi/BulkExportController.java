package org.backboard.ui.fhirapi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.bulkexport.BulkExportService;
import org.backboard.core.bulkexport.ExportJob;
import org.backboard.core.bulkexport.ExportJobId;
import org.backboard.core.bulkexport.ExportScope;
import org.backboard.core.bulkexport.ExportType;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * FHIR Bulk Data export (the Bulk Data Access IG's asynchronous pattern): a kick-off at
 * {@code /fhir/$export} (the whole clinic) or {@code /fhir/Group/{therapist's clinician id}/$export}
 * (that therapist's caseload) answers 202 with the status URL in Content-Location; the status URL
 * answers 202 with X-Progress while the job runs, then 200 with the manifest; its files are
 * NDJSON; DELETE on the status URL cancels the job or deletes its files. Everything is for the
 * calling client only (see {@link BulkExportService}); refusals are OperationOutcomes.
 */
@RestController
class BulkExportController {

    static final String STATUS = "/fhir/$export-status/";
    static final String FILE = "/fhir/$export-file/";
    private static final String NDJSON = "application/fhir+ndjson";
    /** Kick-off parameters of the IG that Backboard does not support: refused unless the client asks for leniency. */
    private static final Set<String> UNSUPPORTED = Set.of("_typeFilter", "_elements", "patient", "includeAssociatedData");
    private static final Set<String> SUPPORTED = Set.of("_type", "_since", "_outputFormat");

    private final BulkExportService exports;
    private final BulkExportManifest manifests;
    private final OperationOutcomes outcomes;

    BulkExportController(BulkExportService exports, BulkExportManifest manifests, OperationOutcomes outcomes) {
        this.exports = exports;
        this.manifests = manifests;
        this.outcomes = outcomes;
    }

    @GetMapping("/fhir/$export")
    ResponseEntity<?> exportClinic(@RequestParam Map<String, String> params,
                                        @RequestHeader(value = "Prefer", required = false) String prefer,
                                        HttpServletRequest request) {
        return kickOff(ExportScope.wholeClinic(), params, prefer, request);
    }

    @GetMapping("/fhir/Group/{id}/$export")
    ResponseEntity<?> exportGroup(@PathVariable String id, @RequestParam Map<String, String> params,
                                       @RequestHeader(value = "Prefer", required = false) String prefer,
                                       HttpServletRequest request) {
        Optional<ClinicianId> therapist = uuid(id).map(ClinicianId::new);
        if (therapist.isEmpty()) {
            return outcomes.notFound("Group/" + id);
        }
        return kickOff(ExportScope.caseload(therapist.get()), params, prefer, request);
    }

    @GetMapping(STATUS + "{id}")
    ResponseEntity<?> status(@PathVariable String id) {
        ApiClientActor client = CallingClient.current();
        return guarded(() -> ExportJobId.parse(id).flatMap(job -> exports.status(client, job))
                .<ResponseEntity<?>>map(manifests::response)
                .orElseGet(() -> outcomes.notFound("Export " + id)));
    }

    @DeleteMapping(STATUS + "{id}")
    ResponseEntity<?> cancel(@PathVariable String id) {
        ApiClientActor client = CallingClient.current();
        return guarded(() -> ExportJobId.parse(id).filter(job -> exports.cancel(client, job))
                .map(job -> ResponseEntity.status(HttpStatus.ACCEPTED).<String>build())
                .orElseGet(() -> outcomes.notFound("Export " + id)));
    }

    @GetMapping(FILE + "{id}/{type}.ndjson")
    void file(@PathVariable String id, @PathVariable String type, HttpServletResponse response) throws IOException {
        ApiClientActor client = CallingClient.current();
        Optional<ExportJobId> job = ExportJobId.parse(id);
        Optional<ExportType> exportType = ExportType.named(type);
        boolean sent;
        try {
            sent = job.isPresent() && exportType.isPresent()
                    && exports.download(client, job.get(), exportType.get(), () -> {
                        response.setStatus(HttpStatus.OK.value());
                        response.setContentType(NDJSON);
                        response.setCharacterEncoding("UTF-8");
                        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                        return response.getOutputStream();
                    });
        } catch (NotPermittedException e) {
            outcomes.write(response, HttpStatus.FORBIDDEN, IssueType.FORBIDDEN, "This API client may not export.");
            return;
        }
        if (!sent) {
            outcomes.write(response, HttpStatus.NOT_FOUND, IssueType.NOTFOUND, "Export file " + id + "/" + type
                    + " is not known");
        }
    }

    private ResponseEntity<?> kickOff(ExportScope scope, Map<String, String> params, String prefer,
                                           HttpServletRequest request) {
        if (prefer == null || !prefer.contains("respond-async")) {
            return outcomes.badRequest("A bulk export runs asynchronously: send the header Prefer: respond-async.");
        }
        boolean lenient = prefer.contains("handling=lenient");
        Set<String> refused = params.keySet().stream()
                .filter(name -> UNSUPPORTED.contains(name) || name.startsWith("_") && !SUPPORTED.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!refused.isEmpty() && !lenient) {
            return outcomes.badRequest("Not supported: " + String.join(", ", refused)
                    + " (send Prefer: handling=lenient to have them ignored).");
        }
        ApiClientActor client = CallingClient.current();
        return guarded(() -> switch (exports.kickOff(client, scope, Optional.ofNullable(params.get("_type")),
                Optional.ofNullable(params.get("_since")), Optional.ofNullable(params.get("_outputFormat")),
                manifests.requestUrl(request))) {
            case Result.Saved<ExportJob>(ExportJob job) -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header(HttpHeaders.CONTENT_LOCATION, manifests.base() + STATUS + job.id()).build();
            case Result.Rejected<ExportJob>(var problems) -> outcomes.badRequest(problems.stream()
                    .map(problem -> problem.field() + ": " + problem.message()).collect(Collectors.joining(" ")));
            case Result.NotFound<ExportJob>() -> outcomes.notFound(scope.therapist()
                    .map(id -> "Group/" + id.value()).orElse("The clinic"));
            case Result.Conflict<ExportJob>(String message) ->
                    outcomes.entity(HttpStatus.TOO_MANY_REQUESTS, IssueType.THROTTLED, message);
        });
    }

    /** A revoked or expired client, or a caseload client asking for the whole clinic: 403. */
    private ResponseEntity<?> guarded(Supplier<? extends ResponseEntity<?>> call) {
        try {
            return call.get();
        } catch (NotPermittedException e) {
            return outcomes.entity(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN,
                    "This API client may not make this export.");
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
