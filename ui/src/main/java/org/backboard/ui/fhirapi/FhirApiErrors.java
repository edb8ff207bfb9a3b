package org.backboard.ui.fhirapi;

import org.backboard.core.shared.NotPermittedException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's errors as OperationOutcomes: a bad request says what is wrong; nothing else leaks. */
@RestControllerAdvice(assignableTypes = {FhirReadController.class, BulkExportController.class})
class FhirApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(FhirApiErrors.class);

    private final OperationOutcomes outcomes;

    FhirApiErrors(OperationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badRequest(IllegalArgumentException e) {
        return outcomes.badRequest(e.getMessage());
    }

    /** The client was revoked or expired between the token check and the service's own check. */
    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<String> refused(NotPermittedException e) {
        return outcomes.entity(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN, "This client is revoked or expired");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> readOnly(HttpRequestMethodNotSupportedException e) {
        return outcomes.entity(HttpStatus.METHOD_NOT_ALLOWED, IssueType.NOTSUPPORTED, "This API is read-only");
    }

    /** Unexpected: logged by type and place only (no patient data), answered without details. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        LOG.error("FHIR API request failed: {} at {}", e.getClass().getName(), at);
        return outcomes.entity(HttpStatus.INTERNAL_SERVER_ERROR, IssueType.EXCEPTION, "The request failed");
    }
}
