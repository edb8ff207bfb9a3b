package org.backboard.persistence.apiclient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiTokens;
import org.backboard.core.apiclient.IssuedToken;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Issued tokens by hash: inserted, read, deleted; plain SQL (records, not an aggregate). */
@Repository
class ApiTokenStore implements ApiTokens {

    private final NamedParameterJdbcTemplate jdbc;

    ApiTokenStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String tokenHash, IssuedToken token) {
        jdbc.update("insert into api_token (token_hash, client_id, issued_at, expires_at)"
                        + " values (:hash, :client, :issued, :expires)",
                new MapSqlParameterSource("hash", tokenHash).addValue("client", token.client().value())
                        .addValue("issued", Timestamp.from(token.issuedAt()))
                        .addValue("expires", Timestamp.from(token.expiresAt())));
    }

    @Override
    public Optional<IssuedToken> find(String tokenHash) {
        return jdbc.query("select client_id, issued_at, expires_at from api_token where token_hash = :hash",
                new MapSqlParameterSource("hash", tokenHash),
                (rs, row) -> new IssuedToken(new ApiClientId(rs.getObject("client_id", UUID.class)),
                        rs.getTimestamp("issued_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
                .stream().findFirst();
    }

    @Override
    public void remove(String tokenHash) {
        jdbc.update("delete from api_token where token_hash = :hash", new MapSqlParameterSource("hash", tokenHash));
    }

    @Override
    public void removeExpired(Instant now) {
        jdbc.update("delete from api_token where expires_at < :now",
                new MapSqlParameterSource("now", Timestamp.from(now)));
    }
}
