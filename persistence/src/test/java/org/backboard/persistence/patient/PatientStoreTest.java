package org.backboard.persistence.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.DuplicateMrnException;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientSeeding;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.Patients;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class PatientStoreTest {

    private static final LocalDate BORN_1980 = LocalDate.of(1980, 5, 17);

    @Autowired
    Patients patients;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PatientSeeding seeding;
    @Autowired
    TransactionTemplate transaction;

    Clinician therapist;

    @BeforeEach
    void aTherapistWithAnEmptyCaseload() {
        therapist = Fixtures.therapist();
        clinicians.add(therapist);
    }

    @Test
    void aPatientRoundTripsWithEveryField() {
        Patient patient = Fixtures.patient(therapist, "Okafor", BORN_1980);

        Patient saved = patients.save(patient);

        Patient found = patients.find(patient.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(patient.details());
        assertThat(found.therapist()).isEqualTo(therapist.id());
        assertThat(found.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(found.createdAt()).isEqualTo(patient.createdAt());
        assertThat(found.version()).isEqualTo(saved.version());
    }

    @Test
    void absentContactDetailsStayAbsent() {
        Patient patient = Fixtures.patient(therapist, "Nakamura", BORN_1980);
        Patient withoutContact = patient.edit(new PatientDetails(patient.details().mrn(), patient.details().name(),
                BORN_1980, Sex.UNKNOWN, ContactDetails.none()), Fixtures.NOW);

        patients.save(withoutContact);

        assertThat(patients.find(patient.id()).orElseThrow().details().contact()).isEqualTo(ContactDetails.none());
    }

    @Test
    void eachSaveMovesTheVersionOn() {
        Patient first = patients.save(Fixtures.patient(therapist, "Silva", BORN_1980));

        Patient second = patients.save(first.archive(Instant.parse("2026-11-21T10:00:00Z")));

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(second.status()).isEqualTo(PatientStatus.ARCHIVED);
        assertThat(second.updatedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndTheFirstChangeIsKept() {
        Patient loadedByA = patients.save(Fixtures.patient(therapist, "Haddad", BORN_1980));
        Patient loadedByB = patients.find(loadedByA.id()).orElseThrow();
        patients.save(loadedByA.archive(Fixtures.NOW));

        assertThatThrownBy(() -> patients.save(loadedByB.edit(renamed(loadedByB, "Changed"), Fixtures.NOW)))
                .isInstanceOf(ConcurrentChangeException.class);

        Patient stored = patients.find(loadedByA.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PatientStatus.ARCHIVED);
        assertThat(stored.details().name().family()).isEqualTo("Haddad");
    }

    @Test
    void theDatabaseRefusesASecondPatientWithTheSameMrn() {
        Patient first = patients.save(Fixtures.patient(therapist, "Kowalski", BORN_1980));
        Patient sameMrn = Patient.register(first.details(), therapist.id(), Fixtures.NOW);

        assertThatThrownBy(() -> patients.save(sameMrn)).isInstanceOf(DuplicateMrnException.class);
        assertThat(patients.existsWithMrn(first.details().mrn(), Optional.empty())).isTrue();
        assertThat(patients.existsWithMrn(first.details().mrn(), Optional.of(first.id()))).isFalse();
    }

    @Test
    void aBulkInsertThatMeetsATakenMrnInsertsNothingAndSaysWhy() {
        Patient taken = patients.save(Fixtures.patient(therapist, "Taken", BORN_1980));
        Patient fresh = Fixtures.patient(therapist, "Fresh", BORN_1980);
        Patient clash = Patient.register(taken.details(), therapist.id(), Fixtures.NOW);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> seeding.insertAll(List.of(fresh, clash))))
                .isInstanceOf(DuplicateMrnException.class);
        assertThat(patients.find(fresh.id())).as("nothing of the batch is kept").isEmpty();
    }

    @Test
    void theTakenMrnsOfManyAreFoundInOneQuestion() {
        Patient first = patients.save(Fixtures.patient(therapist, "First", BORN_1980));
        Patient second = patients.save(Fixtures.patient(therapist, "Second", BORN_1980));
        List<Mrn> asked = new java.util.ArrayList<>(List.of(first.details().mrn(), second.details().mrn()));
        for (int i = 0; i < 12_000; i++) {
            asked.add(Mrn.of(Fixtures.unique("NONE")));
        }

        assertThat(seeding.existingMrns(asked)).containsExactlyInAnyOrder(first.details().mrn(),
                second.details().mrn());
        assertThat(seeding.existingMrns(List.of())).isEmpty();
    }

    @Test
    void theSchemaRefusesALowerCaseMrnWrittenBehindTheDomainsBack() {
        Patient saved = patients.save(Fixtures.patient(therapist, "Ibarra", BORN_1980));

        assertThatThrownBy(() -> jdbc.update("update patient set mrn = 'abc' where id = ?", saved.id().value()))
                .hasMessageContaining("patient_mrn_format");
    }

    private static PatientDetails renamed(Patient patient, String family) {
        PatientDetails d = patient.details();
        return new PatientDetails(d.mrn(), new PersonName(d.name().given(), family), d.dateOfBirth(), d.sex(),
                d.contact());
    }
}
