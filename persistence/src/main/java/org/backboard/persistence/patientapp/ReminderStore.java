package org.backboard.persistence.patientapp;

import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.Reminders;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Daily reminders through SQL: a small record per patient, claimed with row locks that other nodes skip. */
@Repository
class ReminderStore implements Reminders {

    private final NamedParameterJdbcTemplate jdbc;

    ReminderStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalTime> timeFor(PatientId patient) {
        return jdbc.query("select remind_at from app_reminder where patient_id = :patient",
                new MapSqlParameterSource("patient", patient.value()),
                (rs, row) -> rs.getTime("remind_at").toLocalTime()).stream().findFirst();
    }

    @Override
    @Transactional
    public void set(PatientId patient, LocalTime at, Optional<LocalDate> sentOn) {
        jdbc.update("""
                insert into app_reminder (patient_id, remind_at, last_sent_on) values (:patient, :at, :sentOn)
                on conflict (patient_id) do update set remind_at = excluded.remind_at,
                       last_sent_on = excluded.last_sent_on""",
                new MapSqlParameterSource("patient", patient.value()).addValue("at", Time.valueOf(at))
                        .addValue("sentOn", sentOn.map(Date::valueOf).orElse(null)));
    }

    @Override
    @Transactional
    public void stop(PatientId patient) {
        jdbc.update("delete from app_reminder where patient_id = :patient",
                new MapSqlParameterSource("patient", patient.value()));
    }

    @Override
    @Transactional
    public Optional<PatientId> stopByLink(String stopHash) {
        return jdbc.query("delete from app_reminder where stop_hash = :hash returning patient_id",
                new MapSqlParameterSource("hash", stopHash),
                (rs, row) -> new PatientId(rs.getObject(1, UUID.class))).stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Due> claimDue(LocalDate today, LocalTime now, int limit) {
        return jdbc.query("""
                select r.patient_id, p.email
                  from app_reminder r
                  join patient_account a on a.patient_id = r.patient_id and a.state = 'ACTIVE'
                  join patient p on p.id = r.patient_id and p.status = 'ACTIVE' and p.email is not null
                 where r.remind_at <= :now and (r.last_sent_on is null or r.last_sent_on < :today)
                 order by r.remind_at, r.patient_id
                 limit :limit
                   for update of r skip locked""",
                new MapSqlParameterSource("today", Date.valueOf(today)).addValue("now", Time.valueOf(now))
                        .addValue("limit", limit),
                (rs, row) -> new Due(new PatientId(rs.getObject("patient_id", UUID.class)), rs.getString("email")));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(PatientId patient, LocalDate today, String stopHash) {
        jdbc.update("update app_reminder set last_sent_on = :today, stop_hash = :hash where patient_id = :patient",
                new MapSqlParameterSource("patient", patient.value()).addValue("today", Date.valueOf(today))
                        .addValue("hash", stopHash));
    }
}
