package org.backboard.ui.fhirapi;

import java.util.UUID;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiTokenService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Where the authorization server keeps what it issued. Opaque tokens in PostgreSQL rather than
 * signed JWTs: every node checks a token in the same table, so no signing key has to be
 * configured and shared (a key generated per node would make one node's tokens fail on the next),
 * and a token lives only as its SHA-256. Only the client credentials grant is registered, so an
 * authorization is nothing but its access token.
 */
class ApiTokenAuthorizations implements OAuth2AuthorizationService {

    private final ApiTokenService tokens;
    private final RegisteredClientRepository clients;

    ApiTokenAuthorizations(ApiTokenService tokens, RegisteredClientRepository clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getAccessToken();
        if (token == null) {
            return;
        }
        String value = token.getToken().getTokenValue();
        if (token.isInvalidated()) {
            tokens.withdraw(value);
        } else {
            ApiClientId client = ApiClientId.parse(authorization.getRegisteredClientId()).orElseThrow();
            tokens.issued(value, client, token.getToken().getIssuedAt(), token.getToken().getExpiresAt());
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getAccessToken();
        if (token != null) {
            tokens.withdraw(token.getToken().getTokenValue());
        }
    }

    /** Nothing in the client credentials flow looks an authorization up by its id, and none is kept by one. */
    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            return null;
        }
        return tokens.issuedToken(token).map(issued -> {
            RegisteredClient client = clients.findById(issued.client().value().toString());
            if (client == null) {
                return null;
            }
            OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token,
                    issued.issuedAt(), issued.expiresAt(), client.getScopes());
            return OAuth2Authorization.withRegisteredClient(client).id(UUID.randomUUID().toString())
                    .principalName(client.getClientId())
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .token(accessToken).build();
        }).orElse(null);
    }
}
