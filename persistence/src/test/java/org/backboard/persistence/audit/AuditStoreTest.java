package org.backboard.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEntry;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditQuery;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class AuditStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @Autowired
    AuditTrail audit;
    @Autowired
    Clinicians clinicians;
    @Autowired
    Patients patients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    Clinician therapist;
    Patient patient;

    @BeforeEach
    void aTherapistAndAPatient() {
        therapist = Fixtures.therapist();
        clinicians.add(therapist);
        patient = patients.save(Fixtures.patient(therapist, "Audited", LocalDate.of(1970, 1, 1)));
    }

    @Test
    void eventsAreReadBackNewestFirstWithNamesResolved() {
        record(T0, AuditAction.PATIENT_VIEWED, List.of());
        record(T0.plusSeconds(60), AuditAction.PATIENT_UPDATED, List.of("phone", "email"));

        List<AuditEntry> entries = audit.search(byThisTherapist(), 0, 10);

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PATIENT_UPDATED, AuditAction.PATIENT_VIEWED);
        AuditEntry update = entries.getFirst();
        assertThat(update.who()).isEqualTo(therapist.username().value());
        assertThat(update.patientMrn()).isEqualTo(patient.details().mrn().value());
        assertThat(update.patient()).isEqualTo(patient.details().name().sortable() + " ("
                + patient.details().mrn().value() + ")");
        assertThat(update.record()).isEqualTo("Patient");
        assertThat(update.changedFields()).containsExactly("phone", "email");
        assertThat(update.occurredAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void filtersNarrowByPatientActionAndTime() {
        record(T0, AuditAction.PATIENT_VIEWED, List.of());
        record(T0.plusSeconds(3600), AuditAction.PATIENT_VIEWED, List.of());
        record(T0.plusSeconds(7200), AuditAction.PATIENT_ARCHIVED, List.of("status"));
        String mrn = patient.details().mrn().value().toLowerCase();

        assertThat(audit.count(new AuditQuery(Optional.empty(), Optional.of(mrn), Optional.empty(),
                Optional.empty(), Optional.empty()))).isEqualTo(3);
        assertThat(audit.count(new AuditQuery(Optional.of(therapist.id()), Optional.empty(),
                Optional.of(AuditAction.PATIENT_VIEWED), Optional.empty(), Optional.empty()))).isEqualTo(2);
        assertThat(audit.count(new AuditQuery(Optional.of(therapist.id()), Optional.empty(), Optional.empty(),
                Optional.of(T0.plusSeconds(3600)), Optional.of(T0.plusSeconds(7200))))).isEqualTo(1);
    }

    @Test
    void aFailedSignInUnderAnUnknownNameIsKeptWithTheNameTried() {
        transaction.executeWithoutResult(status -> audit.record(new AuditEvent(T0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("nobody"), AuditAction.SIGN_IN_FAILED, Optional.empty(), "session", "nobody", List.of())));

        Integer count = jdbc.queryForObject(
                "select count(*) from audit_event where attempted_username = 'nobody' and actor_id is null", Integer.class);
        assertThat(count).isPositive();
    }

    @Test
    void anAuditRecordIsWrittenOnlyInsideTheTransactionOfWhatItRecords() {
        assertThatThrownBy(() -> audit.record(AuditEvent.onPatient(T0, therapist.id(), AuditAction.PATIENT_VIEWED,
                patient.id().value(), List.of()))).isInstanceOf(IllegalTransactionStateException.class);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            record(T0, AuditAction.PATIENT_UPDATED, List.of("phone"));
            throw new IllegalStateException("the change fails after its audit record was written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.count(byThisTherapist())).as("rolled back together with the change").isZero();
    }

    @Test
    void theApplicationsRoleHasNoRightToChangeOrRemoveAuditRows() {
        Boolean superuser = jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class);
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.TRUE.equals(superuser),
                "a superuser has every right; the trigger (next test) is what stops it");

        assertThat(jdbc.queryForObject("select has_table_privilege(current_user, 'audit_event', 'UPDATE')"
                + " or has_table_privilege(current_user, 'audit_event', 'DELETE')"
                + " or has_table_privilege(current_user, 'audit_event', 'TRUNCATE')", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select has_table_privilege(current_user, 'audit_event', 'INSERT')"
                + " and has_table_privilege(current_user, 'audit_event', 'SELECT')", Boolean.class)).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRows() {
        record(T0, AuditAction.PATIENT_VIEWED, List.of());
        long id = audit.search(byThisTherapist(), 0, 1).getFirst().id();

        assertThatThrownBy(() -> jdbc.update("update audit_event set action = 'SIGN_IN' where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class);
        assertThat(audit.count(byThisTherapist())).isEqualTo(1);
    }

    @Test
    void manyEventsAreWrittenAtOnceAndReadBackLikeOnesWrittenSingly() {
        List<AuditEvent> events = List.of(
                AuditEvent.onPatient(T0, therapist.id(), AuditAction.PATIENT_REGISTERED, patient.id().value(),
                        List.of("mrn", "givenName")),
                AuditEvent.onClinic(T0.plusSeconds(1), therapist.id(), AuditAction.ROSTER_EXPORTED, "roster",
                        "own caseload", List.of("search")));

        transaction.executeWithoutResult(status -> audit.recordAll(events));

        List<AuditEntry> entries = audit.search(byThisTherapist(), 0, 10);
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ROSTER_EXPORTED, AuditAction.PATIENT_REGISTERED);
        assertThat(entries.getFirst().record()).isEqualTo("Roster (own caseload)");
        assertThat(entries.getFirst().changedFields()).containsExactly("search");
        assertThat(entries.get(1).patientMrn()).isEqualTo(patient.details().mrn().value());
        assertThat(entries.get(1).changedFields()).containsExactly("mrn", "givenName");
    }

    @Test
    void manyEventsAreWrittenOnlyInsideTheTransactionOfWhatTheyRecord() {
        List<AuditEvent> events = List.of(AuditEvent.onPatient(T0, therapist.id(), AuditAction.PATIENT_VIEWED,
                patient.id().value(), List.of()));

        assertThatThrownBy(() -> audit.recordAll(events)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(audit.count(byThisTherapist())).isZero();
    }

    private void record(Instant at, AuditAction action, List<String> fields) {
        transaction.executeWithoutResult(status ->
                audit.record(AuditEvent.onPatient(at, therapist.id(), action, patient.id().value(), fields)));
    }

    private AuditQuery byThisTherapist() {
        return new AuditQuery(Optional.of(therapist.id()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
