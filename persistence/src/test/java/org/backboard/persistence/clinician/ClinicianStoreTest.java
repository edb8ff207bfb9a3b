package org.backboard.persistence.clinician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.transaction.Transactional;

@PersistenceTest
class ClinicianStoreTest {

    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStoredClinicianIsFoundByUsernameWithAllFields() {
        Clinician therapist = Fixtures.therapist();

        clinicians.add(therapist);

        Clinician found = clinicians.findByUsername(therapist.username()).orElseThrow();
        assertThat(found.id()).isEqualTo(therapist.id());
        assertThat(found.displayName()).isEqualTo(therapist.displayName());
        assertThat(found.passwordHash()).isEqualTo(therapist.passwordHash());
        assertThat(found.role()).isEqualTo(Role.THERAPIST);
        assertThat(found.active()).isTrue();
        assertThat(clinicians.findSummary(therapist.id())).isPresent();
        assertThat(clinicians.activeClinicians()).extracting(s -> s.id()).contains(therapist.id());
    }

    @Test
    @Transactional // rolled back: the other clinicians of the shared test database come back
    void anActiveLeadIsDetectedAndAnInactiveOneIsNot() {
        jdbc.update("update clinician set active = false where role = 'LEAD'");
        assertThat(clinicians.anyActiveLead()).isFalse();

        clinicians.add(Clinician.create(new Username(Fixtures.unique("lead").toLowerCase()), "Lead", "{noop}x", Role.LEAD));

        assertThat(clinicians.anyActiveLead()).isTrue();
    }

    @Test
    void onlyActiveTherapistsCanCarryACaseload() {
        Clinician therapist = Fixtures.therapist();
        Clinician lead = Clinician.create(new Username(Fixtures.unique("lead").toLowerCase()), "Lead", "{noop}x", Role.LEAD);
        clinicians.add(therapist);
        clinicians.add(lead);

        assertThat(clinicians.findActiveTherapist(therapist.id())).isPresent();
        assertThat(clinicians.findActiveTherapist(lead.id())).isEmpty();
        jdbc.update("update clinician set active = false where id = ?", therapist.id().value());
        assertThat(clinicians.findActiveTherapist(therapist.id())).isEmpty();
    }

    @Test
    void anAccountChangeMovesTheVersionOnAndKeepsTheUsername() {
        Clinician therapist = Fixtures.therapist();
        clinicians.add(therapist);
        Clinician loaded = clinicians.findById(therapist.id()).orElseThrow();

        clinicians.update(loaded.withRole(Role.LEAD));

        Clinician stored = clinicians.findById(therapist.id()).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.LEAD);
        assertThat(stored.username()).isEqualTo(therapist.username());
        assertThat(stored.version()).isGreaterThan(loaded.version());
    }

    @Test
    void aChangeFromAStaleCopyOfAnAccountIsRefusedAndTheFirstChangeIsKept() {
        Clinician therapist = Fixtures.therapist();
        clinicians.add(therapist);
        Clinician loadedByA = clinicians.findById(therapist.id()).orElseThrow();
        Clinician loadedByB = clinicians.findById(therapist.id()).orElseThrow();
        clinicians.update(loadedByA.deactivated());

        assertThatThrownBy(() -> clinicians.update(loadedByB.withRole(Role.LEAD)))
                .isInstanceOf(ConcurrentChangeException.class);

        Clinician stored = clinicians.findById(therapist.id()).orElseThrow();
        assertThat(stored.active()).isFalse();
        assertThat(stored.role()).isEqualTo(Role.THERAPIST);
    }

    @Test
    void aChangeToAnAccountThatIsNotStoredIsAConflict() {
        assertThatThrownBy(() -> clinicians.update(Fixtures.therapist()))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void anUnknownUsernameIsNotFound() {
        assertThat(clinicians.findByUsername(new Username("nobody-here"))).isEmpty();
    }
}
