package org.backboard.persistence.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PersonName;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.worklist.FlagOnCaseload;
import org.backboard.core.worklist.OpenEpisode;
import org.backboard.core.worklist.PainReading;
import org.backboard.core.worklist.PatientRef;
import org.backboard.core.worklist.WorklistSources;
import org.backboard.persistence.redflag.RedFlagStore;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The worklist's bulk reads: a caseload's open episodes with their pain marks (kept by triggers in
 * episode_pain, so no timeline is walked), and its open red flags.
 */
@Repository
public class WorklistStore implements WorklistSources {

    private static final String OPEN_EPISODES = """
            select p.id as patient_id, p.given_name, p.family_name, p.therapist_id,
                   e.id, e.status, e.onset_date, e.start_date,
                   ep.baseline, ep.baseline_at, ep.latest, ep.latest_at, ep.checked_in_at
              from patient p
              join episode e on e.patient_id = p.id and e.status <> 'DISCHARGED'
              left join episode_pain ep on ep.episode_id = e.id
             where p.status = 'ACTIVE' and p.open_onset is not null""";

    private final NamedParameterJdbcTemplate jdbc;

    WorklistStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int countOpenEpisodes(Optional<ClinicianId> therapist) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = "select count(*) from (" + OPEN_EPISODES + (therapist.isPresent()
                ? " and p.therapist_id = :therapist" : "") + ") open";
        therapist.ifPresent(id -> parameters.addValue("therapist", id.value()));
        Integer count = jdbc.queryForObject(sql, parameters, Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<OpenEpisode> openEpisodes(Optional<ClinicianId> therapist, ZoneId zone) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = OPEN_EPISODES;
        if (therapist.isPresent()) {
            sql += " and p.therapist_id = :therapist";
            parameters.addValue("therapist", therapist.get().value());
        }
        return jdbc.query(sql, parameters, (rs, row) -> openEpisode(rs, zone));
    }

    @Override
    public List<OpenEpisode> openEpisodesOf(PatientId patient, ZoneId zone) {
        return jdbc.query(OPEN_EPISODES + " and p.id = :patient",
                new MapSqlParameterSource("patient", patient.value()), (rs, row) -> openEpisode(rs, zone));
    }

    @Override
    public List<FlagOnCaseload> openFlags(Optional<ClinicianId> therapist) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = """
                select f.id, f.episode_id, f.patient_id, f.code, f.raised_at, f.raised_by, f.check_in_id,
                       f.acknowledged_at, f.acknowledged_by, f.action, f.note, f.version,
                       p.given_name, p.family_name, p.therapist_id
                  from red_flag f
                  join patient p on p.id = f.patient_id
                 where f.acknowledged_at is null""";
        if (therapist.isPresent()) {
            sql += " and p.therapist_id = :therapist";
            parameters.addValue("therapist", therapist.get().value());
        }
        return jdbc.query(sql, parameters, (rs, row) -> new FlagOnCaseload(RedFlagStore.flag(rs, row), patient(rs)));
    }

    private static OpenEpisode openEpisode(ResultSet rs, ZoneId zone) throws SQLException {
        return new OpenEpisode(patient(rs), new EpisodeId(rs.getObject("id", UUID.class)),
                EpisodeStatus.valueOf(rs.getString("status")), rs.getObject("onset_date", LocalDate.class),
                rs.getObject("start_date", LocalDate.class),
                reading(rs, "baseline", zone), reading(rs, "latest", zone),
                Optional.ofNullable(rs.getTimestamp("checked_in_at"))
                        .map(at -> LocalDate.ofInstant(at.toInstant(), zone)));
    }

    private static Optional<PainReading> reading(ResultSet rs, String column, ZoneId zone) throws SQLException {
        Integer score = rs.getObject(column, Integer.class);
        Timestamp at = rs.getTimestamp(column + "_at");
        return score == null ? Optional.empty()
                : Optional.of(new PainReading(new PainScore(score), LocalDate.ofInstant(at.toInstant(), zone)));
    }

    private static PatientRef patient(ResultSet rs) throws SQLException {
        return new PatientRef(new PatientId(rs.getObject("patient_id", UUID.class)),
                new PersonName(rs.getString("given_name"), rs.getString("family_name")).sortable(),
                new ClinicianId(rs.getObject("therapist_id", UUID.class)));
    }
}
