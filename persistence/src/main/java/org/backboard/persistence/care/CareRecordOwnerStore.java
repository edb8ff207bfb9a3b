package org.backboard.persistence.care;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.care.CareRecordOwners;
import org.backboard.core.patient.PatientId;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** One query of primary-key lookups: whichever table holds the id names its patient. */
@Repository
class CareRecordOwnerStore implements CareRecordOwners {

    private static final String OWNER = """
            select id from patient where id = :id
            union all select patient_id from episode where id = :id
            union all select e.patient_id from check_in c join episode e on e.id = c.episode_id where c.id = :id
            union all select patient_id from outcome_measure where id = :id
            union all select patient_id from red_flag where id = :id
            union all select patient_id from program where id = :id
            limit 1""";

    private final NamedParameterJdbcTemplate jdbc;

    CareRecordOwnerStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PatientId> patientOf(UUID recordId) {
        return jdbc.queryForList(OWNER, Map.of("id", recordId), UUID.class).stream().findFirst().map(PatientId::new);
    }
}
