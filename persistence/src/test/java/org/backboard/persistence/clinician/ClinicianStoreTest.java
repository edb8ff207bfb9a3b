package org.backboard.persistence.clinician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import java.util.List;
import java.util.Optional;
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
    void anEmailAddressIsStoredChangedAndRemoved() {
        Clinician therapist = Fixtures.therapist();
        clinicians.add(therapist.withEmail(Optional.of(new MailAddress("tess.t+alerts@clinic.example"))));
        assertThat(clinicians.findById(therapist.id()).orElseThrow().email())
                .contains(new MailAddress("tess.t+alerts@clinic.example"));

        Clinician loaded = clinicians.findById(therapist.id()).orElseThrow();
        clinicians.update(loaded.withEmail(Optional.empty()));

        Clinician stored = clinicians.findById(therapist.id()).orElseThrow();
        assertThat(stored.email()).isEmpty();
        assertThat(stored.version()).isGreaterThan(loaded.version());
        assertThat(jdbc.queryForObject("select email from clinician where id = ?", String.class,
                therapist.id().value())).as("none is null, not an empty string").isNull();
    }

    /** The schema's check is the domain's rule: what one refuses, the other does too, so every stored address loads. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"tess@clinic.example", "t.o'neil+x@mail.clinic-1.example", "A@B.CO",
            "", " tess@clinic.example", "tess@clinic", "tess@@clinic.example", "tess..t@clinic.example",
            ".tess@clinic.example", "tess@-clinic.example", "tess@clinic.example.", "Tess <tess@clinic.example>",
            "a@b.example,c@d.example", "tess@clinic.example\nBcc: x@evil.example", "tëss@clinic.example",
            "tess@clinic.e1", "x@y.z"})
    void theSchemaTakesExactlyTheAddressesTheDomainTakes(String address) {
        Clinician therapist = Fixtures.therapist();
        clinicians.add(therapist);
        boolean domainTakes = MailAddress.problem(address).isEmpty() && address.equals(address.strip());

        boolean schemaTakes;
        try {
            jdbc.update("update clinician set email = ? where id = ?", address, therapist.id().value());
            schemaTakes = true;
        } catch (DataIntegrityViolationException refused) {
            schemaTakes = false;
        }

        assertThat(schemaTakes).isEqualTo(domainTakes);
    }

    @Test
    void theSchemaRefusesAnOverlongLocalPartOrAddress() {
        Clinician therapist = Fixtures.therapist();
        clinicians.add(therapist);
        String local65 = "a".repeat(65) + "@clinic.example";
        String long257 = "a@" + "b".repeat(61) + "." + "c".repeat(61) + "." + "d".repeat(61) + "." + "e".repeat(61)
                + ".example";

        for (String address : List.of(local65, long257)) {
            assertThat(MailAddress.problem(address)).as(address).isPresent();
            assertThatThrownBy(() -> jdbc.update("update clinician set email = ? where id = ?", address,
                    therapist.id().value())).as(address).isInstanceOf(DataIntegrityViolationException.class);
        }
        String local64 = "a".repeat(64) + "@clinic.example";
        assertThat(MailAddress.problem(local64)).isEmpty();
        jdbc.update("update clinician set email = ? where id = ?", local64, therapist.id().value());
    }

    @Test
    void anUnknownUsernameIsNotFound() {
        assertThat(clinicians.findByUsername(new Username("nobody-here"))).isEmpty();
    }
}
