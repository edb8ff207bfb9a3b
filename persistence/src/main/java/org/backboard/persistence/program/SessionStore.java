package org.backboard.persistence.program;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.program.SessionSeeding;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.SessionId;
import org.backboard.core.program.SessionSource;
import org.backboard.core.symptom.PainScore;
import org.backboard.persistence.BulkCopy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/** Completed exercise sessions; the exercises done are a uuid[] on the row (one row per session). */
@Repository
public class SessionStore implements ExerciseSessions, SessionSeeding {

    private static final String INSERT = """
            insert into exercise_session (id, program_id, patient_id, session_date, completed, pain_during, pain_after,
                                          too_hard, note, source, recorded_by, recorded_at)
            values (:id, :program, :patient, :date, :completed, :painDuring, :painAfter, :tooHard, :note, :source,
                    :recordedBy, :recordedAt)""";

    private final NamedParameterJdbcTemplate jdbc;

    SessionStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ExerciseSession session) {
        jdbc.update(INSERT, parameters(session));
    }

    @Override
    @Transactional
    public void insertAll(List<ExerciseSession> sessions) {
        BulkCopy.copy(jdbc, INSERT, sessions.stream().map(SessionStore::parameters).toList());
    }

    @Override
    public Map<ProgramId, List<ExerciseSession>> between(Collection<ProgramId> programs, LocalDate from, LocalDate to) {
        if (programs.isEmpty()) {
            return Map.of();
        }
        Map<ProgramId, List<ExerciseSession>> byProgram = new LinkedHashMap<>();
        jdbc.query("""
                select id, program_id, patient_id, session_date, completed, pain_during, pain_after, too_hard, note,
                       source, recorded_by, recorded_at
                  from exercise_session
                 where program_id in (:programs) and session_date between :from and :to
                 order by program_id, session_date, recorded_at""",
                new MapSqlParameterSource("programs", programs.stream().map(ProgramId::value).toList())
                        .addValue("from", from).addValue("to", to),
                rs -> {
                    ExerciseSession session = session(rs);
                    byProgram.computeIfAbsent(session.program(), k -> new ArrayList<>()).add(session);
                });
        return byProgram;
    }

    @Override
    public Map<ProgramId, LocalDate> lastSessionDays(Collection<ProgramId> programs) {
        if (programs.isEmpty()) {
            return Map.of();
        }
        Map<ProgramId, LocalDate> last = new HashMap<>();
        // one backward step down the program's index each
        jdbc.query("""
                select p.id, (select max(s.session_date) from exercise_session s where s.program_id = p.id) as last_day
                  from unnest(cast(:programs as uuid[])) as p(id)""",
                new MapSqlParameterSource("programs", programs.stream().map(ProgramId::value).toArray(UUID[]::new)),
                rs -> {
                    LocalDate day = rs.getObject("last_day", LocalDate.class);
                    if (day != null) {
                        last.put(new ProgramId(rs.getObject("id", UUID.class)), day);
                    }
                });
        return last;
    }

    private static MapSqlParameterSource parameters(ExerciseSession session) {
        return new MapSqlParameterSource()
                .addValue("id", session.id().value())
                .addValue("program", session.program().value())
                .addValue("patient", session.patient().value())
                .addValue("date", session.date())
                .addValue("completed", session.completed().stream().map(ExerciseId::value).sorted().toArray(UUID[]::new))
                .addValue("painDuring", session.painDuring().map(PainScore::value).orElse(null))
                .addValue("painAfter", session.painAfter().map(PainScore::value).orElse(null))
                .addValue("tooHard", session.tooHard())
                .addValue("note", session.note())
                .addValue("source", session.source().name())
                .addValue("recordedBy", session.recordedBy().map(ClinicianId::value).orElse(null))
                .addValue("recordedAt", Timestamp.from(session.recordedAt()));
    }

    private static ExerciseSession session(ResultSet rs) throws SQLException {
        Array completed = rs.getArray("completed");
        return new ExerciseSession(
                new SessionId(rs.getObject("id", UUID.class)),
                new ProgramId(rs.getObject("program_id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                rs.getObject("session_date", LocalDate.class),
                Arrays.stream((UUID[]) completed.getArray()).map(ExerciseId::new).collect(Collectors.toSet()),
                Optional.ofNullable(rs.getObject("pain_during", Integer.class)).map(PainScore::new),
                Optional.ofNullable(rs.getObject("pain_after", Integer.class)).map(PainScore::new),
                rs.getBoolean("too_hard"),
                rs.getString("note"),
                SessionSource.valueOf(rs.getString("source")),
                Optional.ofNullable(rs.getObject("recorded_by", UUID.class)).map(ClinicianId::new),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
