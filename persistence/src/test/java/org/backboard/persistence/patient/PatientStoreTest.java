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
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.Patients;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.RosterQuery;
import org.backboard.core.patient.RosterRow;
import org.backboard.core.patient.RosterSort;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
class PatientStoreTest {

    private static final LocalDate BORN_1980 = LocalDate.of(1980, 5, 17);

    @Autowired
    Patients patients;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;

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
    void theSchemaRefusesALowerCaseMrnWrittenBehindTheDomainsBack() {
        Patient saved = patients.save(Fixtures.patient(therapist, "Ibarra", BORN_1980));

        assertThatThrownBy(() -> jdbc.update("update patient set mrn = 'abc' where id = ?", saved.id().value()))
                .hasMessageContaining("patient_mrn_format");
    }

    @Test
    void searchIsPartialAndCaseInsensitiveOnNameAndMrn() {
        String family = Fixtures.unique("Qz");
        Patient patient = patients.save(Fixtures.patient(therapist, family, BORN_1980));
        String mrn = patient.details().mrn().value();

        assertThat(idsFor(search(family.substring(0, 6).toLowerCase()))).containsExactly(patient.id().value());
        assertThat(idsFor(search("alex " + family.substring(2, 8)))).containsExactly(patient.id().value());
        assertThat(idsFor(search(mrn.substring(3, 9).toLowerCase()))).containsExactly(patient.id().value());
        assertThat(idsFor(search(family + "-nope"))).isEmpty();
        assertThat(idsFor(search("%"))).as("a %% is a literal, not a wildcard").isEmpty();
    }

    @Test
    void archivedPatientsAreHiddenUnlessAsked() {
        Patient active = patients.save(Fixtures.patient(therapist, "Active", BORN_1980));
        Patient archived = patients.save(Fixtures.patient(therapist, "Archived", BORN_1980));
        patients.save(archived.archive(Fixtures.NOW));

        RosterQuery caseload = RosterQuery.everyone().forTherapist(therapist.id());
        RosterQuery withArchived = new RosterQuery(Optional.empty(), Optional.of(therapist.id()), true);

        assertThat(idsFor(patients.roster(caseload, List.of(RosterSort.byName()), 0, 50)))
                .containsExactly(active.id().value());
        assertThat(patients.count(caseload)).isEqualTo(1);
        assertThat(patients.count(withArchived)).isEqualTo(2);
    }

    @Test
    void theRosterSortsAndPagesInTheDatabase() {
        Patient young = patients.save(Fixtures.patient(therapist, "Brown", LocalDate.of(2001, 1, 1)));
        Patient old = patients.save(Fixtures.patient(therapist, "Adams", LocalDate.of(1950, 1, 1)));
        Patient middle = patients.save(Fixtures.patient(therapist, "Clark", LocalDate.of(1975, 1, 1)));
        RosterQuery caseload = RosterQuery.everyone().forTherapist(therapist.id());

        assertThat(idsFor(patients.roster(caseload, List.of(RosterSort.byName()), 0, 10)))
                .containsExactly(old.id().value(), young.id().value(), middle.id().value());
        assertThat(idsFor(patients.roster(caseload, List.of(new RosterSort(RosterSort.Column.AGE, true)), 0, 10)))
                .containsExactly(young.id().value(), middle.id().value(), old.id().value());
        assertThat(idsFor(patients.roster(caseload, List.of(RosterSort.byName()), 1, 1)))
                .containsExactly(young.id().value());
        RosterRow row = patients.roster(caseload, List.of(RosterSort.byName()), 0, 1).getFirst();
        assertThat(row.therapistName()).isEqualTo(therapist.displayName());
        assertThat(row.mrn()).isEqualTo(old.details().mrn().value());
    }

    private List<RosterRow> search(String text) {
        return patients.roster(new RosterQuery(Optional.of(text), Optional.of(therapist.id()), false),
                List.of(RosterSort.byName()), 0, 50);
    }

    private static List<java.util.UUID> idsFor(List<RosterRow> rows) {
        return rows.stream().map(r -> r.id().value()).toList();
    }

    private static PatientDetails renamed(Patient patient, String family) {
        PatientDetails d = patient.details();
        return new PatientDetails(d.mrn(), new PersonName(d.name().given(), family), d.dateOfBirth(), d.sex(),
                d.contact());
    }
}
