package org.backboard.persistence.clinician;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class ClinicianStoreTest {

    @Autowired
    Clinicians clinicians;

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
    void anActiveLeadIsDetected() {
        String name = Fixtures.unique("lead").toLowerCase();
        clinicians.add(Clinician.create(new Username(name), "Lead", "{noop}x", Role.LEAD));

        assertThat(clinicians.anyActiveLead()).isTrue();
    }

    @Test
    void anUnknownUsernameIsNotFound() {
        assertThat(clinicians.findByUsername(new Username("nobody-here"))).isEmpty();
    }
}
