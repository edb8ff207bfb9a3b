package org.backboard.persistence.episode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.episode.Episodes;
import org.backboard.core.episode.EpisodeSeeding;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.RiskFactor;
import org.backboard.core.episode.SymptomOnset;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.BulkCopy;
import org.backboard.persistence.SqlArrays;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/**
 * Episodes in PostgreSQL through plain SQL. A new episode (version 0) is inserted at version 1; a
 * save updates only the row still at the loaded version, so two clinicians cannot both win.
 */
@Repository
public class EpisodeStore implements Episodes, EpisodeSeeding {

    private static final String SELECT = """
            select id, patient_id, therapist_id, region, onset_date, onset_precision, start_date, diagnosis,
                   pain_type, risk_factors, status, discharge_date, discharge_reason, version
              from episode""";

    private static final String INSERT = """
            insert into episode (id, patient_id, therapist_id, region, onset_date, onset_precision, start_date,
                                 diagnosis, pain_type, risk_factors, status, discharge_date, discharge_reason, version)
            values (:id, :patient, :therapist, :region, :onset, :precision, :start, :diagnosis, :painType, :risks,
                    :status, :dischargeDate, :dischargeReason, 1)""";

    private final NamedParameterJdbcTemplate jdbc;

    EpisodeStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Episode> find(EpisodeId id) {
        return jdbc.query(SELECT + " where id = :id", new MapSqlParameterSource("id", id.value()), EpisodeStore::episode)
                .stream().findFirst();
    }

    @Override
    public List<Episode> forPatient(PatientId patient) {
        return jdbc.query(SELECT + " where patient_id = :patient order by start_date desc, id",
                new MapSqlParameterSource("patient", patient.value()), EpisodeStore::episode);
    }

    @Override
    @Transactional
    public Episode save(Episode episode) {
        MapSqlParameterSource params = parameters(episode);
        if (episode.version() == 0) {
            // new episodes carry version 0; stored ones start at 1
            jdbc.update(INSERT, params);
            return withVersion(episode, 1);
        }
        int updated = jdbc.update("""
                update episode set region = :region, onset_date = :onset, onset_precision = :precision,
                       start_date = :start, diagnosis = :diagnosis, pain_type = :painType, risk_factors = :risks,
                       status = :status, discharge_date = :dischargeDate, discharge_reason = :dischargeReason,
                       therapist_id = :therapist, version = version + 1
                 where id = :id and version = :version""", params);
        if (updated == 0) {
            throw new ConcurrentChangeException("this episode");
        }
        return withVersion(episode, episode.version() + 1);
    }

    private static Episode withVersion(Episode episode, long version) {
        return new Episode(episode.id(), episode.patient(), episode.details(), episode.therapist(), episode.status(),
                episode.discharge(), version);
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
                .addValue("dischargeReason", episode.discharge().map(Discharge::reason).orElse(null))
                .addValue("version", episode.version());
    }

    private static Episode episode(ResultSet rs, int row) throws SQLException {
        EpisodeDetails details = new EpisodeDetails(
                BodyRegion.valueOf(rs.getString("region")),
                new SymptomOnset(rs.getObject("onset_date", LocalDate.class),
                        OnsetPrecision.valueOf(rs.getString("onset_precision"))),
                rs.getObject("start_date", LocalDate.class),
                WorkingDiagnosis.valueOf(rs.getString("diagnosis")),
                PainType.valueOf(rs.getString("pain_type")),
                SqlArrays.names(rs.getArray("risk_factors")).stream().map(RiskFactor::valueOf).collect(Collectors.toSet()));
        LocalDate dischargeDate = rs.getObject("discharge_date", LocalDate.class);
        Optional<Discharge> discharge = dischargeDate == null ? Optional.empty()
                : Optional.of(new Discharge(dischargeDate, rs.getString("discharge_reason")));
        return new Episode(new EpisodeId(rs.getObject("id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)), details,
                new ClinicianId(rs.getObject("therapist_id", UUID.class)),
                EpisodeStatus.valueOf(rs.getString("status")), discharge, rs.getLong("version"));
    }
}
