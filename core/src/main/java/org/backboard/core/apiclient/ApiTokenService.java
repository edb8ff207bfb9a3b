package org.backboard.core.apiclient;

import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the token endpoint and the API's bearer check need, below the use cases (as sign-in is for
 * clinicians): the client as it stands now, and the tokens issued to it. Tokens are random and
 * opaque; only their SHA-256 is kept, so every node checks them in the database and a copy of the
 * table grants nothing.
 */
public class ApiTokenService {

    private final ApiClients clients;
    private final ApiTokens tokens;
    private final Clock clock;

    public ApiTokenService(ApiClients clients, ApiTokens tokens, Clock clock) {
        this.clients = clients;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The client if it may get a token now: not revoked, not expired. */
    public Optional<ApiClient> activeClient(ApiClientId id) {
        return clients.find(id).filter(client -> client.isActive(clock.instant()));
    }

    /** Keeps a token just issued (by its hash), and forgets the expired ones. */
    @Transactional
    public void issued(String token, ApiClientId client, Instant issuedAt, Instant expiresAt) {
        tokens.removeExpired(clock.instant());
        tokens.add(hash(token), new IssuedToken(client, issuedAt, expiresAt));
    }

    /** The token as issued, while it lives (whatever its client's state: that is checked on each call). */
    public Optional<IssuedToken> issuedToken(String token) {
        Instant now = clock.instant();
        return tokens.find(hash(token)).filter(issued -> now.isBefore(issued.expiresAt()));
    }

    /**
     * The client a bearer token speaks for, if the token lives and its client is active now: a
     * revoked or expired client is refused at once, whatever token it holds.
     */
    public Optional<ApiClientActor> bearer(String token) {
        return issuedToken(token).filter(issued -> activeClient(issued.client()).isPresent())
                .map(issued -> new ApiClientActor(issued.client()));
    }

    @Transactional
    public void withdraw(String token) {
        tokens.remove(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
