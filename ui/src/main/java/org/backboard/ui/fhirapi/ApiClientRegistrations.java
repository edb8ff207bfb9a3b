package org.backboard.ui.fhirapi;

import java.time.Duration;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiTokenService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The authorization server's clients are core's API clients (client id = the client's UUID), read
 * as they stand now: a revoked or expired client is unknown to the token endpoint. Leads register
 * clients in the app, never through the authorization server.
 */
class ApiClientRegistrations implements RegisteredClientRepository {

    /** The one scope a client may ask for: read everything its Backboard scope covers (SMART's naming). */
    static final String READ_SCOPE = "system/*.read";

    private final ApiTokenService tokens;
    private final Duration tokenValidFor;

    ApiClientRegistrations(ApiTokenService tokens, Duration tokenValidFor) {
        this.tokens = tokens;
        this.tokenValidFor = tokenValidFor;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("API clients are registered by clinic leads in Backboard");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return ApiClientId.parse(clientId).flatMap(tokens::activeClient).map(this::registered).orElse(null);
    }

    private RegisteredClient registered(ApiClient client) {
        String id = client.id().value().toString();
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientName(client.name())
                .clientIdIssuedAt(client.registeredAt())
                .clientSecret(client.secretHash())
                .clientSecretExpiresAt(client.expiresAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(READ_SCOPE)
                // opaque ("reference") tokens, kept by hash in PostgreSQL: see ApiTokenAuthorizations
                .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.REFERENCE)
                        .accessTokenTimeToLive(tokenValidFor).build())
                .build();
    }
}
