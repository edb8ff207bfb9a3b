package org.backboard.persistence.outcome;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.Instrument;
import org.backboard.core.outcome.Measurement;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeId;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.outcome.OutcomeSeeding;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.BulkCopy;
import org.backboard.persistence.SqlArrays;
import org.backboard.persistence.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/**
 * Questionnaires in one table, one row each: the answers in the instrument's own columns and the
 * derived score beside them for the clinic figures. Rows are only inserted. A questionnaire the patient
 * answered in their app has no recorder (the schema allows that for every instrument but the Oswestry).
 */
@Repository
public class OutcomeStore implements OutcomeMeasures, OutcomeSeeding {

    private static final String INSERT = """
            insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, odi_answers,
                                         start_back_agreed, bothersomeness, psfs_activities, psfs_scores, score,
                                         recorded_by, recorded_at)
            values (:id, :episode, :patient, :instrument, :takenOn, :odi, :agreed, :bothersomeness, :activities,
                    :scores, :score, :recordedBy, :recordedAt)""";

    private final NamedParameterJdbcTemplate jdbc;

    OutcomeStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final UniqueConstraint ANSWERED_ONCE = new UniqueConstraint("outcome_measure_patient_answers_once_idx");

    /** The same questionnaire answered by the patient from two devices at once: the other one's stands. */
    @Override
    public void add(OutcomeAdministration administration) {
        try {
            jdbc.update(INSERT, parameters(administration));
        } catch (DataIntegrityViolationException e) {
            if (ANSWERED_ONCE.violatedBy(e)) {
                throw new ConcurrentChangeException("this questionnaire");
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public void insertAll(List<OutcomeAdministration> administrations) {
        BulkCopy.copy(jdbc, INSERT, administrations.stream().map(OutcomeStore::parameters).toList());
    }

    @Override
    public Map<EpisodeId, List<OutcomeAdministration>> forEpisodes(Collection<EpisodeId> episodes) {
        if (episodes.isEmpty()) {
            return Map.of();
        }
        Map<EpisodeId, List<OutcomeAdministration>> byEpisode = new LinkedHashMap<>();
        jdbc.query("""
                select id, episode_id, patient_id, instrument, taken_on, odi_answers, start_back_agreed,
                       bothersomeness, psfs_activities, psfs_scores, recorded_by, recorded_at
                  from outcome_measure
                 where episode_id = any (cast(:episodes as uuid[]))
                 order by episode_id, taken_on, recorded_at""",
                new MapSqlParameterSource("episodes", episodes.stream().map(EpisodeId::value).toArray(UUID[]::new)),
                rs -> {
                    OutcomeAdministration administration = administration(rs);
                    byEpisode.computeIfAbsent(administration.episode(), k -> new ArrayList<>()).add(administration);
                });
        return byEpisode;
    }

    private static MapSqlParameterSource parameters(OutcomeAdministration administration) {
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("id", administration.id().value())
                .addValue("episode", administration.episode().value())
                .addValue("patient", administration.patient().value())
                .addValue("instrument", administration.instrument().name())
                .addValue("takenOn", administration.takenOn())
                .addValue("odi", null).addValue("agreed", null).addValue("bothersomeness", null)
                .addValue("activities", null).addValue("scores", null)
                .addValue("recordedBy", administration.recordedBy().map(ClinicianId::value).orElse(null))
                .addValue("recordedAt", Timestamp.from(administration.recordedAt()));
        switch (administration.measurement()) {
            case OdiAnswers odi -> {
                Map<OswestrySection, Integer> answers = odi.answers();
                row.addValue("odi", java.util.Arrays.stream(OswestrySection.values())
                                .map(section -> answers.get(section) == null ? null : answers.get(section).shortValue())
                                .toArray(Short[]::new))
                        .addValue("score", odi.scored().percent());
            }
            case StartBackAnswers startBack -> row
                    .addValue("agreed", startBack.agreed().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .addValue("bothersomeness", startBack.bothersomeness().name())
                    .addValue("score", startBack.result().total());
            case PsfsAnswers psfs -> row
                    .addValue("activities", psfs.activities().stream().map(PsfsAnswers.Activity::name)
                            .toArray(String[]::new))
                    .addValue("scores", psfs.activities().stream().map(a -> (short) a.score()).toArray(Short[]::new))
                    .addValue("score", BigDecimal.valueOf(psfs.mean()));
        }
        return row;
    }

    private static OutcomeAdministration administration(ResultSet rs) throws SQLException {
        return new OutcomeAdministration(
                new OutcomeId(rs.getObject("id", UUID.class)),
                new EpisodeId(rs.getObject("episode_id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                rs.getObject("taken_on", LocalDate.class),
                measurement(rs),
                Optional.ofNullable(rs.getObject("recorded_by", UUID.class)).map(ClinicianId::new),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Measurement measurement(ResultSet rs) throws SQLException {
        return switch (Instrument.valueOf(rs.getString("instrument"))) {
            case ODI -> {
                Object[] values = (Object[]) rs.getArray("odi_answers").getArray();
                Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        answers.put(OswestrySection.values()[i], ((Number) values[i]).intValue());
                    }
                }
                yield new OdiAnswers(answers);
            }
            case START_BACK -> new StartBackAnswers(SqlArrays.names(rs.getArray("start_back_agreed")).stream()
                    .map(StartBackItem::valueOf).collect(Collectors.toSet()),
                    Bothersomeness.valueOf(rs.getString("bothersomeness")));
            case PSFS -> {
                Array names = rs.getArray("psfs_activities");
                Object[] activities = (Object[]) names.getArray();
                Object[] scores = (Object[]) rs.getArray("psfs_scores").getArray();
                List<PsfsAnswers.Activity> list = new ArrayList<>();
                for (int i = 0; i < activities.length; i++) {
                    list.add(new PsfsAnswers.Activity((String) activities[i], ((Number) scores[i]).intValue()));
                }
                yield new PsfsAnswers(list);
            }
        };
    }
}
