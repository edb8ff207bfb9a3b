package org.backboard.ui.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backboard.core.care.CareRecord;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.patient.PatientId;
import org.backboard.fhir.PatientEverything;
import org.backboard.fhir.R4Validation;
import org.backboard.ui.BackboardSpringTest;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18's bar: every resource Backboard produces for every patient of the demo clinic is valid
 * R4, checked by HAPI's validator (one instance for the whole run). Each patient's record is read
 * as the FHIR API will read it, through CareRecordService as the clinic's lead, and validated as
 * its $everything bundle, which validates each resource in it and the references between them.
 * The records are read one by one (each read is audited); the bundles are validated on every core.
 */
@BackboardSpringTest
class DemoClinicFhirValidationTest {

    @Autowired
    CareRecordService care;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void everyResourceOfEveryDemoPatientIsValidR4() {
        long started = System.nanoTime();
        R4Validation validation = new R4Validation();
        Clinician lead = clinicians.findByUsername(new Username("lead")).orElseThrow();
        Actor actor = new Actor(lead.id(), lead.role());
        List<UUID> patients = jdbc.queryForList("select id from patient where mrn like 'BB-%' order by mrn", UUID.class);
        PatientEverything everything = new PatientEverything("https://clinic.example/fhir");
        LocalDate today = LocalDate.now(clock);
        List<Bundle> bundles = new ArrayList<>(patients.size());
        for (UUID id : patients) {
            CareRecord record = care.read(actor, new PatientId(id)).orElseThrow();
            bundles.add(everything.bundle(record, today));
        }
        int resources = bundles.stream().mapToInt(bundle -> bundle.getEntry().size()).sum();

        bundles.parallelStream().forEach(validation::validate);

        System.out.printf("FHIR validation of the demo clinic: %d patients, %d resources in their bundles; "
                        + "validation took %d s%n%s%n", patients.size(), resources,
                (System.nanoTime() - started) / 1_000_000_000, validation.summary());
        assertThat(patients).hasSize(200);
        assertThat(resources).isGreaterThan(patients.size() * 5);
        assertThat(validation.validated()).isEqualTo(patients.size());
        assertThat(validation.errors()).isEmpty();
    }
}
