package org.backboard.ui.fhirapi;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * One FhirContext for the application: building one scans the whole R4 model (about a second), so
 * it is made once and shared; parsers are cheap and not thread-safe, so each write makes its own.
 */
@Component
public class FhirJson {

    /** FHIR's own JSON media type, as every API response is sent. */
    public static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final FhirContext context = FhirContext.forR4Cached();

    public FhirContext context() {
        return context;
    }

    public String write(IBaseResource resource) {
        return parser().encodeResourceToString(resource);
    }

    public IParser parser() {
        return context.newJsonParser();
    }
}
