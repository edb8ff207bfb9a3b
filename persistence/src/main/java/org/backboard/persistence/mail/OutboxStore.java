package org.backboard.persistence.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.mail.ClaimedMail;
import org.backboard.core.mail.DeliveryState;
import org.backboard.core.mail.DeliveryStatus;
import org.backboard.core.mail.FailureReason;
import org.backboard.core.mail.Lease;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.OutboxId;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.core.mail.Outbox;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/**
 * The outbox in PostgreSQL: a queue, written and read through SQL. Claims lock their rows with
 * {@code FOR UPDATE SKIP LOCKED}, so nodes claiming at the same moment take different rows and never
 * wait for each other; the lease they write keeps the rows theirs after that transaction ends.
 * Every outcome is fenced by the claim's token.
 */
@Repository
class OutboxStore implements Outbox {

    /** Recorded on a stored row that today's rules refuse, so one such row cannot stall the queue. */
    static final FailureReason NO_LONGER_VALID = new FailureReason("stored mail no longer passes the rules for mail");

    private final NamedParameterJdbcTemplate jdbc;

    OutboxStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxId enqueue(OutgoingMail mail, Instant now) {
        OutboxId id = OutboxId.newId();
        jdbc.update("""
                insert into mail_outbox (id, kind, recipient, subject, body, created_at, next_attempt_at)
                values (:id, :kind, :recipient, :subject, :body, :now, :now)""",
                new MapSqlParameterSource()
                        .addValue("id", id.value())
                        .addValue("kind", mail.kind().name())
                        .addValue("recipient", mail.recipient().value())
                        .addValue("subject", mail.subject())
                        .addValue("body", mail.body())
                        .addValue("now", Timestamp.from(now)));
        return id;
    }

    /** Its own transaction, committed on return even inside a caller's: the lease must hold before a send. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedMail> claimDue(Instant now, Lease lease, int limit) {
        List<StoredRow> rows = jdbc.query("""
                with due as (
                    select id from mail_outbox
                     where status = 'QUEUED' and next_attempt_at <= :now
                       and (claimed_until is null or claimed_until <= :now)
                     order by next_attempt_at
                     limit :limit
                       for update skip locked)
                update mail_outbox o
                   set claim = :token, claimed_until = :until
                  from due
                 where o.id = due.id
                returning o.id, o.kind, o.recipient, o.subject, o.body, o.attempts, o.next_attempt_at""",
                new MapSqlParameterSource()
                        .addValue("now", Timestamp.from(now))
                        .addValue("limit", limit)
                        .addValue("token", lease.token())
                        .addValue("until", Timestamp.from(lease.until())),
                OutboxStore::storedRow);
        List<ClaimedMail> claimed = new ArrayList<>();
        rows.stream().sorted(Comparator.comparing(StoredRow::due)).forEach(row -> row.mail().ifPresentOrElse(
                mail -> claimed.add(new ClaimedMail(row.id(), mail, row.failures(), lease)),
                () -> settle(row.id(), lease.token(), "status = 'FAILED', last_error = :reason",
                        new MapSqlParameterSource("reason", NO_LONGER_VALID.text()))));
        return claimed;
    }

    @Override
    @Transactional
    public boolean markSent(ClaimedMail claimed, Instant sentAt) {
        return settle(claimed.id(), claimed.lease().token(), "status = 'SENT', sent_at = :sentAt, body = ''",
                new MapSqlParameterSource("sentAt", Timestamp.from(sentAt)));
    }

    @Override
    @Transactional
    public boolean retryLater(ClaimedMail claimed, int failedAttempts, Instant nextAttemptAt, FailureReason reason) {
        return settle(claimed.id(), claimed.lease().token(),
                "attempts = :attempts, next_attempt_at = :next, last_error = :reason",
                new MapSqlParameterSource()
                        .addValue("attempts", failedAttempts)
                        .addValue("next", Timestamp.from(nextAttemptAt))
                        .addValue("reason", reason.text()));
    }

    @Override
    @Transactional
    public boolean giveUp(ClaimedMail claimed, int failedAttempts, FailureReason reason) {
        return settle(claimed.id(), claimed.lease().token(), "status = 'FAILED', attempts = :attempts, last_error = :reason, body = ''",
                new MapSqlParameterSource()
                        .addValue("attempts", failedAttempts)
                        .addValue("reason", reason.text()));
    }

    @Override
    @Transactional
    public void release(ClaimedMail claimed) {
        settle(claimed.id(), claimed.lease().token(), "", new MapSqlParameterSource());
    }

    @Override
    public Optional<DeliveryStatus> status(OutboxId id) {
        return jdbc.query("""
                select id, kind, status, attempts, next_attempt_at, sent_at, last_error
                  from mail_outbox where id = :id""",
                new MapSqlParameterSource("id", id.value()), OutboxStore::status).stream().findFirst();
    }

    /**
     * Applies {@code change} (assignments, or none) and ends the lease, if this claim still holds the
     * queued row; false when it does not (the lease ran out and another claim took the row, or it was
     * settled already).
     */
    private boolean settle(OutboxId id, UUID token, String change, MapSqlParameterSource params) {
        String assignments = change.isEmpty() ? "" : change + ", ";
        return jdbc.update("update mail_outbox set " + assignments + "claim = null, claimed_until = null"
                        + " where id = :id and claim = :token and status = 'QUEUED'",
                params.addValue("id", id.value()).addValue("token", token)) == 1;
    }

    /** A claimed row; its mail is empty when the stored text no longer passes the rules for mail. */
    private record StoredRow(OutboxId id, Optional<OutgoingMail> mail, int failures, Instant due) {
    }

    private static StoredRow storedRow(ResultSet rs, int row) throws SQLException {
        Optional<OutgoingMail> mail;
        try {
            mail = Optional.of(OutgoingMail.to(rs.getString("recipient"), MailKind.valueOf(rs.getString("kind")),
                    rs.getString("subject"), rs.getString("body")));
        } catch (IllegalArgumentException e) {
            mail = Optional.empty();
        }
        return new StoredRow(new OutboxId(rs.getObject("id", UUID.class)), mail, rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant());
    }

    private static DeliveryStatus status(ResultSet rs, int row) throws SQLException {
        return new DeliveryStatus(new OutboxId(rs.getObject("id", UUID.class)), MailKind.valueOf(rs.getString("kind")),
                DeliveryState.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("last_error")));
    }
}
