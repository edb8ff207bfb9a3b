package org.backboard.persistence.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.backboard.core.signin.AttemptState;
import org.backboard.core.signin.SignInAttempts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/** Attempt counts per name; the column "failures" counts attempts since the last success. */
@Repository
@Transactional(Transactional.TxType.MANDATORY)
class SignInAttemptStore implements SignInAttempts {

    private final NamedParameterJdbcTemplate jdbc;

    SignInAttemptStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AttemptState lockForUpdate(String username, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("username", username)
                .addValue("now", Timestamp.from(now));
        // the row must exist before it can be locked; concurrent first attempts meet here
        jdbc.update("""
                insert into sign_in_attempt (username, failures, window_start) values (:username, 0, :now)
                on conflict (username) do nothing""", params);
        return jdbc.queryForObject("select * from sign_in_attempt where username = :username for update", params,
                (rs, row) -> new AttemptState(rs.getString("username"), rs.getInt("failures"),
                        rs.getTimestamp("window_start").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("locked_until")).map(Timestamp::toInstant)));
    }

    @Override
    public void save(AttemptState state) {
        jdbc.update("""
                insert into sign_in_attempt (username, failures, window_start, locked_until)
                values (:username, :failures, :start, :locked)
                on conflict (username) do update
                   set failures = excluded.failures, window_start = excluded.window_start,
                       locked_until = excluded.locked_until""",
                new MapSqlParameterSource()
                        .addValue("username", state.username())
                        .addValue("failures", state.attempts())
                        .addValue("start", Timestamp.from(state.windowStart()))
                        .addValue("locked", state.lockedUntil().map(Timestamp::from).orElse(null)));
    }

    @Override
    public void clear(String username) {
        jdbc.update("delete from sign_in_attempt where username = :username",
                new MapSqlParameterSource("username", username));
    }
}
