package org.backboard.persistence.patientapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;
import org.backboard.core.patientapp.AccountState;
import org.backboard.core.patientapp.Invitation;
import org.backboard.core.patientapp.InvitationSecrets;
import org.backboard.core.patientapp.Invitations;
import org.backboard.core.patientapp.PatientAccount;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.patientapp.Reminders;
import org.backboard.core.patientapp.SignInName;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** App accounts and invitations on PostgreSQL: versions, one open invitation, and the end of care ending access. */
@PersistenceTest
class PatientAppStoresTest {

    private static final LocalDate ONSET = LocalDate.of(2026, 9, 1);

    @Autowired
    PatientAccounts accounts;
    @Autowired
    Invitations invitations;
    @Autowired
    Reminders reminders;
    @Autowired
    Patients patients;
    @Autowired
    Episodes episodes;
    @Autowired
    Clinicians clinicians;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    Clinician therapist;
    Patient patient;
    Episode episode;

    @BeforeEach
    void aPatientInCare() {
        therapist = Fixtures.therapist();
        clinicians.add(therapist);
        patient = patients.save(Fixtures.patient(therapist, "Okafor", LocalDate.of(1975, 5, 5)));
        episode = episodes.save(Fixtures.lumbarEpisode(patient, ONSET));
    }

    private PatientAccount account(String name) {
        return accounts.save(PatientAccount.open(patient.id(), new SignInName(name), "hash", Fixtures.NOW));
    }

    private Invitation invitation() {
        Invitation invitation = InvitationSecrets.issue(patient.id(), therapist.id(), Fixtures.NOW,
                Duration.ofDays(7)).invitation();
        invitations.add(invitation);
        return invitation;
    }

    @Test
    void anAccountRoundTripsAndAStaleVersionIsRefused() {
        String name = Fixtures.unique("okafor").toLowerCase();
        PatientAccount saved = account(name);

        assertThat(accounts.forPatient(patient.id())).contains(saved);
        assertThat(accounts.byName(new SignInName(name))).contains(saved);
        PatientAccount revoked = accounts.save(saved.revoke(Fixtures.NOW));
        assertThat(revoked.state()).isEqualTo(AccountState.REVOKED);
        assertThatThrownBy(() -> accounts.save(saved.revoke(Fixtures.NOW)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aNameTakenAtTheSameMomentIsALostRace() {
        String name = Fixtures.unique("same").toLowerCase();
        account(name);
        Patient other = patients.save(Fixtures.patient(therapist, "Other", LocalDate.of(1990, 1, 1)));

        assertThatThrownBy(() -> accounts.save(PatientAccount.open(other.id(), new SignInName(name), "hash",
                Fixtures.NOW))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(accounts.forPatient(other.id())).isEmpty();
    }

    @Test
    void aVisitIsNotedWithoutChangingTheVersion() {
        PatientAccount saved = account(Fixtures.unique("seen").toLowerCase());

        accounts.seen(patient.id(), Fixtures.NOW.plusSeconds(60));

        PatientAccount read = accounts.forPatient(patient.id()).orElseThrow();
        assertThat(read.lastSeenAt()).contains(Fixtures.NOW.plusSeconds(60));
        assertThat(read.version()).isEqualTo(saved.version());
    }

    @Test
    void invitationsAreFoundByTheirHashesAndCloseOnlyOnce() {
        Invitation invitation = invitation();

        assertThat(invitations.byTokenHash(invitation.tokenHash())).contains(invitation);
        assertThat(invitations.byCodeHash(invitation.codeHash())).contains(invitation);
        assertThat(invitations.latest(patient.id())).contains(invitation);
        invitations.update(invitation.use(Fixtures.NOW));
        assertThatThrownBy(() -> invitations.update(invitation.revoke(Fixtures.NOW)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(invitations.latest(patient.id()).orElseThrow().usedAt()).contains(Fixtures.NOW);
    }

    @Test
    void aPatientHasOneOpenInvitationAtATime() {
        invitation();

        assertThatThrownBy(this::invitation).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void dischargingTheLastOpenEpisodeEndsAccessAndClosesTheInvitation() {
        account(Fixtures.unique("ends").toLowerCase());
        Episode second = episodes.save(Fixtures.lumbarEpisode(patient, ONSET.plusDays(10)));
        episodes.save(episode.discharge(new Discharge(ONSET.plusDays(30), "Goals met"), ONSET.plusDays(30)));
        assertThat(accounts.forPatient(patient.id()).orElseThrow().isActive()).as("another episode is open").isTrue();
        Invitation open = invitation();

        episodes.save(second.discharge(new Discharge(ONSET.plusDays(40), "Goals met"), ONSET.plusDays(40)));

        PatientAccount ended = accounts.forPatient(patient.id()).orElseThrow();
        assertThat(ended.state()).isEqualTo(AccountState.ENDED);
        assertThat(ended.closedAt()).isPresent();
        assertThat(invitations.latest(patient.id()).orElseThrow().revokedAt()).isPresent();
        assertThat(invitations.latest(patient.id()).orElseThrow().id()).isEqualTo(open.id());
    }

    @Test
    void archivingThePatientEndsAccess() {
        account(Fixtures.unique("archived").toLowerCase());

        patients.save(patients.find(patient.id()).orElseThrow().archive(Fixtures.NOW));

        assertThat(accounts.forPatient(patient.id()).orElseThrow().state()).isEqualTo(AccountState.ENDED);
    }

    @Test
    void aDueReminderIsClaimedByOneNodeOnceADayAndOnlyWhileTheAppIsInUse() throws Exception {
        account(Fixtures.unique("remind").toLowerCase());
        jdbc.update("update patient set email = 'remind@example.org' where id = ?", patient.id().value());
        reminders.set(patient.id(), LocalTime.of(8, 0), Optional.empty());
        LocalDate today = LocalDate.of(2026, 11, 20);

        List<Reminders.Due> other = new ArrayList<>();
        List<Reminders.Due> claimed = transaction.execute(status -> {
            List<Reminders.Due> mine = reminders.claimDue(today, LocalTime.of(9, 0), 1000).stream()
                    .filter(due -> due.patient().equals(patient.id())).toList();
            Thread node = new Thread(() -> other.addAll(transaction.execute(inner ->
                    reminders.claimDue(today, LocalTime.of(9, 0), 1000))));
            node.start();
            try {
                node.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            mine.forEach(due -> reminders.sent(due.patient(), today, "a".repeat(64)));
            return mine;
        });

        assertThat(claimed).containsExactly(new Reminders.Due(patient.id(), "remind@example.org"));
        assertThat(other).as("another node skips the locked reminder").noneMatch(d -> d.patient().equals(patient.id()));
        assertThat(claimDue(today)).as("once a day").isFalse();
        assertThat(claimDue(today.plusDays(1))).isTrue();
        assertThat(reminders.stopByLink("a".repeat(64))).contains(patient.id());
        assertThat(reminders.timeFor(patient.id())).isEmpty();

        reminders.set(patient.id(), LocalTime.of(8, 0), Optional.empty());
        accounts.save(accounts.forPatient(patient.id()).orElseThrow().revoke(Fixtures.NOW));
        assertThat(claimDue(today.plusDays(1))).as("revoked access, no reminder").isFalse();
    }

    private boolean claimDue(LocalDate day) {
        return Boolean.TRUE.equals(transaction.execute(status -> reminders.claimDue(day, LocalTime.of(9, 0), 1000)
                .stream().anyMatch(due -> due.patient().equals(patient.id()))));
    }

    @Test
    void thePatientIsTheActorOfWhatTheyDoInTheirApp() {
        transaction.executeWithoutResult(status -> audit.record(AuditEvent.byPatient(Fixtures.NOW,
                patient.id().value(), AuditAction.HOME_VIEWED, "episode", episode.id().value().toString(),
                List.of())));

        Integer rows = jdbc.queryForObject("""
                select count(*) from audit_event where patient_actor_id = ? and actor_id is null
                   and action = 'HOME_VIEWED'""", Integer.class, patient.id().value());
        assertThat(rows).isOne();
    }

    @Test
    void aCheckInWithoutAClinicianMustBePatientReported() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into check_in (id, episode_id, taken_at, source, pain, note, recorded_by)
                values (gen_random_uuid(), ?, now(), 'PHONE', 3, null, null)""", episode.id().value()))
                .hasMessageContaining("check_in_recorder_named");
        assertThat(Optional.of(jdbc.update("""
                insert into check_in (id, episode_id, taken_at, source, pain, recorded_by)
                values (gen_random_uuid(), ?, now(), 'PATIENT_REPORTED', 3, null)""", episode.id().value())))
                .contains(1);
    }
}
