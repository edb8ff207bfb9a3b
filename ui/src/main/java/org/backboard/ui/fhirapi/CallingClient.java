package org.backboard.ui.fhirapi;

import java.util.Optional;
import org.backboard.core.apiclient.ApiClientActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The API client a request speaks for, as its bearer token was checked by the /fhir security chain
 * ({@link ApiBearerTokens}). Core checks the client again as it stands now on every service call.
 */
public final class CallingClient {

    /** The principal attribute that carries the client. */
    static final String ACTOR = "backboard.apiClient";

    private CallingClient() {
    }

    /** The calling client; refused when the request carries none (the /fhir chain lets none through). */
    public static ApiClientActor current() {
        return of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new IllegalStateException("no API client: the request did not pass the /fhir chain"));
    }

    public static Optional<ApiClientActor> of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal
                && principal.getAttribute(ACTOR) instanceof ApiClientActor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}
