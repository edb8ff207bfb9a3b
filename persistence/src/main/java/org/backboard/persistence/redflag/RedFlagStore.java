package org.backboard.persistence.redflag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlagSeeding;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.BulkCopy;
import org.backboard.persistence.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/**
 * Raised red flags in PostgreSQL. An acknowledgement updates only a still-open row at the loaded
 * version: a flag is closed once, by one clinician.
 */
@Repository
public class RedFlagStore implements RaisedFlags, RedFlagSeeding {

    private static final UniqueConstraint ONE_OPEN_PER_SIGN = new UniqueConstraint("red_flag_one_open_per_sign_idx");

    private static final String SELECT = """
            select id, episode_id, patient_id, code, raised_at, raised_by, check_in_id, acknowledged_at,
                   acknowledged_by, action, note, version
              from red_flag""";

    private static final String INSERT = """
            insert into red_flag (id, episode_id, patient_id, code, tier, raised_at, raised_by, check_in_id,
                                  acknowledged_at, acknowledged_by, action, note, version)
            values (:id, :episode, :patient, :code, :tier, :raisedAt, :raisedBy, :checkIn,
                    :acknowledgedAt, :acknowledgedBy, :action, :note, :version)""";

    private final NamedParameterJdbcTemplate jdbc;

    RedFlagStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RaisedFlag> find(UUID id) {
        return jdbc.query(SELECT + " where id = :id", new MapSqlParameterSource("id", id), RedFlagStore::flag)
                .stream().findFirst();
    }

    @Override
    public List<RaisedFlag> forPatient(PatientId patient) {
        return jdbc.query(SELECT + " " + """
                         where patient_id = :patient
                         order by acknowledged_at is not null,
                                  case tier when 'EMERGENCY' then 0 when 'URGENT' then 1 else 2 end, raised_at desc""",
                new MapSqlParameterSource("patient", patient.value()), RedFlagStore::flag);
    }

    @Override
    public List<RaisedFlag> forPatients(Collection<PatientId> patients) {
        if (patients.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + " where patient_id in (:patients)",
                new MapSqlParameterSource("patients", patients.stream().map(PatientId::value).toList()),
                RedFlagStore::flag);
    }

    @Override
    public Set<RedFlag> openSigns(EpisodeId episode) {
        Set<RedFlag> signs = EnumSet.noneOf(RedFlag.class);
        jdbc.query("select code from red_flag where episode_id = :episode and acknowledged_at is null",
                new MapSqlParameterSource("episode", episode.value()),
                rs -> {
                    signs.add(RedFlag.valueOf(rs.getString(1)));
                });
        return signs;
    }

    @Override
    @Transactional
    public void add(RaisedFlag flag) {
        try {
            jdbc.update(INSERT, parameters(flag));
        } catch (DataIntegrityViolationException e) {
            if (ONE_OPEN_PER_SIGN.violatedBy(e)) {
                // two check-ins raised the same sign at once: the other one's flag stands
                throw new ConcurrentChangeException("this episode's red flags");
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public void insertAll(List<RaisedFlag> flags) {
        BulkCopy.copy(jdbc, INSERT, flags.stream().map(RedFlagStore::parameters).toList());
    }

    @Override
    @Transactional
    public RaisedFlag save(RaisedFlag flag) {
        Acknowledgement how = flag.acknowledgement()
                .orElseThrow(() -> new IllegalArgumentException("only an acknowledgement changes a flag"));
        int updated = jdbc.update("""
                update red_flag set acknowledged_at = :at, acknowledged_by = :by, action = :action, note = :note,
                       version = version + 1
                 where id = :id and version = :version and acknowledged_at is null""",
                new MapSqlParameterSource()
                        .addValue("at", Timestamp.from(how.at()))
                        .addValue("by", how.by().value())
                        .addValue("action", how.action().name())
                        .addValue("note", how.note())
                        .addValue("id", flag.id())
                        .addValue("version", flag.version()));
        if (updated == 0) {
            throw new ConcurrentChangeException("this red flag");
        }
        return new RaisedFlag(flag.id(), flag.episode(), flag.patient(), flag.sign(), flag.raisedAt(), flag.raisedBy(),
                flag.checkIn(), flag.acknowledgement(), flag.version() + 1);
    }

    private static MapSqlParameterSource parameters(RaisedFlag flag) {
        Optional<Acknowledgement> how = flag.acknowledgement();
        return new MapSqlParameterSource()
                .addValue("id", flag.id())
                .addValue("episode", flag.episode().value())
                .addValue("patient", flag.patient().value())
                .addValue("code", flag.sign().name())
                .addValue("tier", flag.tier().name())
                .addValue("raisedAt", Timestamp.from(flag.raisedAt()))
                .addValue("raisedBy", flag.raisedBy().map(ClinicianId::value).orElse(null))
                .addValue("checkIn", flag.checkIn().orElse(null))
                .addValue("acknowledgedAt", how.map(a -> Timestamp.from(a.at())).orElse(null))
                .addValue("acknowledgedBy", how.map(a -> a.by().value()).orElse(null))
                .addValue("action", how.map(a -> a.action().name()).orElse(null))
                .addValue("note", how.map(Acknowledgement::note).orElse(null))
                .addValue("version", flag.version());
    }

    public static RaisedFlag flag(ResultSet rs, int row) throws SQLException {
        Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
        Optional<Acknowledgement> how = acknowledgedAt == null ? Optional.empty() : Optional.of(new Acknowledgement(
                AcknowledgementAction.valueOf(rs.getString("action")), rs.getString("note"),
                new ClinicianId(rs.getObject("acknowledged_by", UUID.class)), acknowledgedAt.toInstant()));
        UUID checkIn = rs.getObject("check_in_id", UUID.class);
        return new RaisedFlag(rs.getObject("id", UUID.class), new EpisodeId(rs.getObject("episode_id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)), RedFlag.valueOf(rs.getString("code")),
                rs.getTimestamp("raised_at").toInstant(), Optional.ofNullable(rs.getObject("raised_by", UUID.class)).map(ClinicianId::new),
                Optional.ofNullable(checkIn), how, rs.getLong("version"));
    }
}
