package org.backboard.persistence.episode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.episode.EpisodeSeeding;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.BulkCopy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/**
 * Episodes in PostgreSQL: the aggregate through Spring Data JPA (see {@link org.backboard.persistence.VersionedRow}
 * for its versions), a patient's list of episodes through SQL, bulk loads through COPY.
 */
@Repository
public class EpisodeStore implements Episodes, EpisodeSeeding {

    private static final String INSERT = """
            insert into episode (id, patient_id, therapist_id, region, onset_date, onset_precision, start_date,
                                 diagnosis, pain_type, risk_factors, status, discharge_date, discharge_reason, version)
            values (:id, :patient, :therapist, :region, :onset, :precision, :start, :diagnosis, :painType, :risks,
                    :status, :dischargeDate, :dischargeReason, 1)""";

    private final EpisodeRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    EpisodeStore(EpisodeRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Episode> find(EpisodeId id) {
        return repository.findById(id.value()).map(EpisodeEntity::toDomain);
    }

    @Override
    public List<Episode> forPatient(PatientId patient) {
        return jdbc.query("""
                select id, version, patient_id, therapist_id, region, onset_date, onset_precision, start_date,
                       diagnosis, pain_type, risk_factors, status, discharge_date, discharge_reason
                  from episode where patient_id = :patient order by start_date desc, id""",
                Map.of("patient", patient.value()), (rs, row) -> EpisodeEntity.read(rs).toDomain());
    }

    @Override
    public List<Episode> forPatients(Collection<PatientId> patients) {
        if (patients.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select id, version, patient_id, therapist_id, region, onset_date, onset_precision, start_date,
                       diagnosis, pain_type, risk_factors, status, discharge_date, discharge_reason
                  from episode where patient_id in (:patients) order by patient_id, start_date desc, id""",
                new MapSqlParameterSource("patients", patients.stream().map(PatientId::value).toList()),
                (rs, row) -> EpisodeEntity.read(rs).toDomain());
    }

    @Override
    @Transactional
    public Episode save(Episode episode) {
        // usually in the persistence context already (the caller's transaction read it), so no query
        boolean stored = repository.findById(episode.id().value()).isPresent();
        try {
            return repository.saveAndFlush(EpisodeEntity.from(episode, stored)).toDomain();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("this episode");
        }
    }

    @Override
    public Set<PatientId> withEpisodes(Collection<PatientId> patients) {
        if (patients.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.query("select distinct patient_id from episode where patient_id in (:ids)",
                new MapSqlParameterSource("ids", patients.stream().map(PatientId::value).toList()),
                (rs, row) -> new PatientId(rs.getObject(1, UUID.class))));
    }

    @Override
    public void refreshStatistics() {
        // the care triggers rewrote patient rows (open_onset, worst_flag): vacuum them so roster
        // counts can be answered from the index alone
        jdbc.getJdbcTemplate().execute("vacuum (analyze) patient");
        jdbc.getJdbcTemplate().execute("analyze episode, check_in, red_flag, episode_pain, outcome_measure, "
                + "program, program_version, exercise_session");
    }

    @Override
    @Transactional
    public void insertAll(List<Episode> episodes) {
        BulkCopy.copy(jdbc, INSERT, episodes.stream().map(EpisodeStore::parameters).toList());
    }

    private static MapSqlParameterSource parameters(Episode episode) {
        EpisodeDetails details = episode.details();
        return new MapSqlParameterSource()
                .addValue("id", episode.id().value())
                .addValue("patient", episode.patient().value())
                .addValue("therapist", episode.therapist().value())
                .addValue("region", details.region().name())
                .addValue("onset", details.onset().date())
                .addValue("precision", details.onset().precision().name())
                .addValue("start", details.startDate())
                .addValue("diagnosis", details.diagnosis().name())
                .addValue("painType", details.painType().name())
                .addValue("risks", details.riskFactors().stream().map(Enum::name).sorted().toArray(String[]::new))
                .addValue("status", episode.status().name())
                .addValue("dischargeDate", episode.discharge().map(Discharge::date).orElse(null))
                .addValue("dischargeReason", episode.discharge().map(Discharge::reason).orElse(null));
    }
}
