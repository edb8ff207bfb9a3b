package org.backboard.persistence.symptom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.symptom.CheckIns;
import org.backboard.core.symptom.CheckInSeeding;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.symptom.Symptom;
import org.backboard.persistence.BulkCopy;
import org.backboard.persistence.SqlArrays;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/** Symptom timelines in PostgreSQL: append-only rows, read in time order through the timeline index. */
@Repository
public class CheckInStore implements CheckIns, CheckInSeeding {

    private static final String SELECT = """
            select id, episode_id, taken_at, source, pain, stiffness, symptoms, red_flags, note, recorded_by
              from check_in""";

    private static final String INSERT = """
            insert into check_in (id, episode_id, taken_at, source, pain, stiffness, symptoms, red_flags, note,
                                  recorded_by)
            values (:id, :episode, :takenAt, :source, :pain, :stiffness, :symptoms, :redFlags, :note, :recordedBy)""";

    private final NamedParameterJdbcTemplate jdbc;

    CheckInStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(CheckIn checkIn) {
        jdbc.update(INSERT, parameters(checkIn));
    }

    @Override
    @Transactional
    public void insertAll(List<CheckIn> checkIns) {
        BulkCopy.copy(jdbc, INSERT, checkIns.stream().map(CheckInStore::parameters).toList());
    }

    @Override
    public List<CheckIn> timeline(EpisodeId episode) {
        return jdbc.query(SELECT + " where episode_id = :episode order by taken_at, id",
                new MapSqlParameterSource("episode", episode.value()), CheckInStore::checkIn);
    }

    @Override
    public Map<EpisodeId, List<CheckIn>> timelines(Collection<EpisodeId> episodes) {
        if (episodes.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = episodes.stream().map(EpisodeId::value).toList();
        return jdbc.query(SELECT + " where episode_id in (:episodes) order by episode_id, taken_at, id",
                        new MapSqlParameterSource("episodes", ids), CheckInStore::checkIn)
                .stream().collect(Collectors.groupingBy(CheckIn::episode, LinkedHashMap::new, Collectors.toList()));
    }

    private static MapSqlParameterSource parameters(CheckIn checkIn) {
        return new MapSqlParameterSource()
                .addValue("id", checkIn.id())
                .addValue("episode", checkIn.episode().value())
                .addValue("takenAt", Timestamp.from(checkIn.takenAt()))
                .addValue("source", checkIn.source().name())
                .addValue("pain", checkIn.pain().map(PainScore::value).orElse(null), Types.SMALLINT)
                .addValue("stiffness", checkIn.stiffness().map(PainScore::value).orElse(null), Types.SMALLINT)
                .addValue("symptoms", checkIn.symptoms().stream().map(Enum::name).sorted().toArray(String[]::new))
                .addValue("redFlags", checkIn.redFlags().stream().map(Enum::name).sorted().toArray(String[]::new))
                .addValue("note", checkIn.note().orElse(null))
                .addValue("recordedBy", checkIn.recordedBy().map(ClinicianId::value).orElse(null));
    }

    private static CheckIn checkIn(ResultSet rs, int row) throws SQLException {
        Instant takenAt = rs.getTimestamp("taken_at").toInstant();
        return new CheckIn(rs.getObject("id", UUID.class), new EpisodeId(rs.getObject("episode_id", UUID.class)),
                takenAt, CheckInSource.valueOf(rs.getString("source")), score(rs, "pain"),
                score(rs, "stiffness"),
                SqlArrays.names(rs.getArray("symptoms")).stream().map(Symptom::valueOf).collect(Collectors.toSet()),
                SqlArrays.names(rs.getArray("red_flags")).stream().map(RedFlag::valueOf).collect(Collectors.toSet()),
                Optional.ofNullable(rs.getString("note")), Optional.ofNullable(rs.getObject("recorded_by", UUID.class)).map(ClinicianId::new));
    }

    private static Optional<PainScore> score(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, Integer.class)).map(PainScore::new);
    }
}
