package org.backboard.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.LockWaits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two registrations of one MRN at once, on real PostgreSQL: the one that loses at the unique index. */
@BackboardSpringTest
class MrnRaceTest {

    @Autowired
    PatientService patients;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aTherapistWhoLosesTheRaceForAnMrnGetsTheSameAuditedRefusalAsTheCheckGives() throws Exception {
        Actor lead = actor("lead");
        Actor therapist = actor("therapist1");
        String mrn = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int refusalsBefore = refusalsBy(therapist);

        CompletableFuture<Result<Patient>> loser = new TransactionTemplate(transactions).execute(status -> {
            patients.register(lead, draft(mrn, Optional.of(therapist.id())));
            // the lead's row is inserted but not committed: the therapist's check cannot see it
            CompletableFuture<Result<Patient>> second = CompletableFuture.supplyAsync(() -> TakenMrn.guarded(
                    () -> patients.register(therapist, draft(mrn, Optional.empty())),
                    () -> patients.refuseTakenMrn(therapist, Optional.empty())));
            LockWaits.awaitAStatementWaitingOnALock(jdbc, "the second insert waits on the first");
            return second;
        });

        Result<Patient> result = loser.get(30, TimeUnit.SECONDS);
        assertThat(result).isEqualTo(new Result.Rejected<>(List.of(
                new FieldProblem("mrn", "This MRN cannot be used. Ask a clinic lead."))));
        assertThat(refusalsBy(therapist)).isEqualTo(refusalsBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from patient where mrn = ?", Integer.class, mrn)).isOne();
    }

    private int refusalsBy(Actor actor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'MRN_REFUSED' and actor_id = ?",
                Integer.class, actor.id().value());
    }

    private static PatientDraft draft(String mrn, Optional<ClinicianId> therapist) {
        return new PatientDraft(mrn, "Rae", "Racer", LocalDate.of(1980, 1, 1), Sex.UNKNOWN, "", "", therapist);
    }

    private Actor actor(String username) {
        Clinician clinician = clinicians.findByUsername(new Username(username)).orElseThrow();
        return new Actor(clinician.id(), clinician.role());
    }
}
