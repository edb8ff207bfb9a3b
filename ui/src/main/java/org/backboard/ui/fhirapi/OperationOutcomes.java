package org.backboard.ui.fhirapi;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every refusal or error of the API as FHIR expects it: an OperationOutcome in
 * {@code application/fhir+json}, never an HTML page. Used by the security chain (401, 403) and by
 * the controllers (400, 404). The text says what went wrong in general terms only: no patient
 * data and no hint whether a record outside the caller's scope exists.
 */
@Component
public class OperationOutcomes {

    private final FhirJson json;

    public OperationOutcomes(FhirJson json) {
        this.json = json;
    }

    public static OperationOutcome outcome(IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return outcome;
    }

    /** For controllers and exception handlers. */
    public ResponseEntity<String> entity(HttpStatus status, IssueType type, String diagnostics) {
        return ResponseEntity.status(status).contentType(FhirJson.FHIR_JSON)
                .body(json.write(outcome(type, diagnostics)));
    }

    /** For filters and security handlers, which answer on the servlet response directly. */
    public void write(HttpServletResponse response, HttpStatus status, IssueType type, String diagnostics)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(FhirJson.FHIR_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.write(outcome(type, diagnostics)));
        response.getWriter().flush();
    }

    public ResponseEntity<String> notFound(String what) {
        return entity(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, what + " is not known");
    }

    public ResponseEntity<String> badRequest(String diagnostics) {
        return entity(HttpStatus.BAD_REQUEST, IssueType.INVALID, diagnostics);
    }
}
