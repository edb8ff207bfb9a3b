package org.backboard.persistence.patientapp;

import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.Invitation;
import org.backboard.core.patientapp.Invitations;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Invitations through SQL: a record that only ever closes (used, revoked, or a wrong date of birth
 * counted), so an update applies only while it is still open, and whoever closed it first wins.
 */
@Repository
class InvitationStore implements Invitations {

    private static final UniqueConstraint ONE_OPEN = new UniqueConstraint("patient_invitation_one_open_uk");
    private static final String COLUMNS = """
            select id, patient_id, token_hash, code_hash, invited_by, created_at, expires_at, used_at, revoked_at,
                   wrong_birth_dates
              from patient_invitation""";

    private final NamedParameterJdbcTemplate jdbc;

    InvitationStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(Invitation invitation) {
        try {
            jdbc.update("""
                    insert into patient_invitation (id, patient_id, token_hash, code_hash, invited_by, created_at,
                                                    expires_at, used_at, revoked_at, wrong_birth_dates)
                    values (:id, :patient, :token, :code, :by, :created, :expires, :used, :revoked, :wrong)""",
                    parameters(invitation));
        } catch (DataIntegrityViolationException e) {
            if (ONE_OPEN.violatedBy(e)) {
                throw new ConcurrentChangeException("this patient's invitation");
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public void update(Invitation invitation) {
        int updated = jdbc.update("""
                update patient_invitation set used_at = :used, revoked_at = :revoked, wrong_birth_dates = :wrong
                 where id = :id and used_at is null and revoked_at is null""", parameters(invitation));
        if (updated != 1) {
            throw new ConcurrentChangeException("this invitation");
        }
    }

    @Override
    public Optional<Invitation> byTokenHash(String tokenHash) {
        return one(COLUMNS + " where token_hash = :hash", new MapSqlParameterSource("hash", tokenHash));
    }

    @Override
    public Optional<Invitation> byCodeHash(String codeHash) {
        return one(COLUMNS + " where code_hash = :hash", new MapSqlParameterSource("hash", codeHash));
    }

    @Override
    public Optional<Invitation> latest(PatientId patient) {
        return one(COLUMNS + " where patient_id = :patient order by created_at desc, id limit 1",
                new MapSqlParameterSource("patient", patient.value()));
    }

    private Optional<Invitation> one(String sql, MapSqlParameterSource parameters) {
        return jdbc.query(sql, parameters, InvitationStore::invitation).stream().findFirst();
    }

    private static MapSqlParameterSource parameters(Invitation invitation) {
        return new MapSqlParameterSource()
                .addValue("id", invitation.id())
                .addValue("patient", invitation.patient().value())
                .addValue("token", invitation.tokenHash())
                .addValue("code", invitation.codeHash())
                .addValue("by", invitation.invitedBy().value())
                .addValue("created", Timestamp.from(invitation.createdAt()))
                .addValue("expires", Timestamp.from(invitation.expiresAt()))
                .addValue("used", invitation.usedAt().map(Timestamp::from).orElse(null))
                .addValue("revoked", invitation.revokedAt().map(Timestamp::from).orElse(null))
                .addValue("wrong", invitation.wrongBirthDates());
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), new PatientId(rs.getObject("patient_id", UUID.class)),
                rs.getString("token_hash"), rs.getString("code_hash"),
                new ClinicianId(rs.getObject("invited_by", UUID.class)), instant(rs, "created_at"),
                instant(rs, "expires_at"), Optional.ofNullable(instant(rs, "used_at")),
                Optional.ofNullable(instant(rs, "revoked_at")), rs.getInt("wrong_birth_dates"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
