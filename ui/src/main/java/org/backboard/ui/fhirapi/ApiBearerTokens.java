package org.backboard.ui.fhirapi;

import java.util.List;
import java.util.Map;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiTokenService;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Checks a bearer token against the tokens issued (in PostgreSQL, by hash) and the client as it
 * stands now: a revoked or expired client's token stops working at its next use.
 */
class ApiBearerTokens implements OpaqueTokenIntrospector {

    /** What an API client is, for Spring's access rules: it reads, and it is no clinician. */
    static final String AUTHORITY = "API_CLIENT";

    private final ApiTokenService tokens;

    ApiBearerTokens(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        ApiClientActor client = tokens.bearer(token)
                .orElseThrow(() -> new BadOpaqueTokenException("The token is unknown, expired or its client revoked"));
        return new DefaultOAuth2AuthenticatedPrincipal(client.id().value().toString(),
                Map.of(CallingClient.ACTOR, client, "client_id", client.id().value().toString()),
                List.of(new SimpleGrantedAuthority(AUTHORITY)));
    }
}
