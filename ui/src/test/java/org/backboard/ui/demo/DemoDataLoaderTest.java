package org.backboard.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

@BackboardSpringTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondStartAddsNothing() {
        int clinicians = count("select count(*) from clinician");
        int demoPatients = count("select count(*) from patient where mrn like 'BB-%'");

        loader.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from clinician")).isEqualTo(clinicians);
        assertThat(count("select count(*) from patient where mrn like 'BB-%'")).isEqualTo(demoPatients).isEqualTo(200);
    }

    @Test
    void threeDemoPatientsUseTheAppAndHaveReportedFromIt() {
        assertThat(count("select count(*) from patient_account where sign_in_name in ('patient1', 'patient2', "
                + "'patient3') and state = 'ACTIVE'")).isEqualTo(DemoAppPatients.COUNT);
        assertThat(count("""
                select count(*) from patient_account a
                 where a.sign_in_name like 'patient_'
                   and exists (select 1 from exercise_session s where s.patient_id = a.patient_id
                                  and s.source = 'PATIENT_APP' and s.recorded_by is null)
                   and exists (select 1 from check_in k join episode e on e.id = k.episode_id
                                where e.patient_id = a.patient_id and k.source = 'PATIENT_REPORTED'
                                  and k.recorded_by is null)""")).isEqualTo(DemoAppPatients.COUNT);
    }

    @Test
    void theDemoClinicIsTheSameEveryTime() {
        var therapists = java.util.stream.Stream.generate(org.backboard.core.clinician.ClinicianId::newId).limit(3).toList();
        var today = java.time.LocalDate.of(2026, 11, 21);

        assertThat(DemoClinic.patient(42, therapists, today)).isEqualTo(DemoClinic.patient(42, therapists, today));
        assertThat(DemoClinic.patient(42, therapists, today).id()).isNotEqualTo(DemoClinic.patient(43, therapists, today).id());
    }

    private int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }
}
