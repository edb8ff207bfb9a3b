package org.backboard.persistence.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.program.Programs;
import org.backboard.core.program.ProgramSeeding;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.exercise.DosageColumns;
import org.backboard.persistence.BulkCopy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/**
 * Programs in three tables: the program (its lock version), its versions, and each version's
 * prescriptions. Versions are only ever inserted; the schema refuses updates and deletes.
 */
@Repository
public class ProgramStore implements Programs, ProgramSeeding {

    private static final String INSERT_VERSION = """
            insert into program_version (program_id, number, effective_from, author_id, authored_at, sessions_per_week)
            values (:program, :number, :effectiveFrom, :author, :authoredAt, :sessionsPerWeek)""";
    private static final String INSERT_PRESCRIPTION = """
            insert into prescription (program_id, version_number, position, exercise_id, sets, reps, hold_seconds,
                                      sessions_per_week, notes)
            values (:program, :number, :position, :exercise, :sets, :reps, :hold, :sessionsPerWeek, :notes)""";
    private static final String INSERT_PROGRAM = """
            insert into program (id, episode_id, patient_id, version) values (:id, :episode, :patient, 1)""";

    private final NamedParameterJdbcTemplate jdbc;

    ProgramStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Program> find(ProgramId id) {
        return load("id in (:ids)", List.of(id.value())).stream().findFirst();
    }

    @Override
    public Map<EpisodeId, Program> forEpisodes(Collection<EpisodeId> episodes) {
        if (episodes.isEmpty()) {
            return Map.of();
        }
        return load("episode_id in (:ids)", episodes.stream().map(EpisodeId::value).toList()).stream()
                .collect(Collectors.toMap(Program::episode, Function.identity()));
    }

    @Override
    @Transactional
    public Program add(Program program) {
        insertAll(List.of(program));
        return new Program(program.id(), program.episode(), program.patient(), program.versions(), 1);
    }

    @Override
    @Transactional
    public Program addVersion(Program program) {
        int updated = jdbc.update("update program set version = version + 1 where id = :id and version = :version",
                new MapSqlParameterSource("id", program.id().value()).addValue("version", program.version()));
        if (updated == 0) {
            throw new ConcurrentChangeException("this program");
        }
        insertVersions(List.of(program), List.of(program.latest()));
        return new Program(program.id(), program.episode(), program.patient(), program.versions(),
                program.version() + 1);
    }

    @Override
    @Transactional
    public void insertAll(List<Program> programs) {
        BulkCopy.copy(jdbc, INSERT_PROGRAM, programs.stream().map(p -> new MapSqlParameterSource()
                .addValue("id", p.id().value())
                .addValue("episode", p.episode().value())
                .addValue("patient", p.patient().value())).toList());
        List<Program> owners = new ArrayList<>();
        List<ProgramVersion> versions = new ArrayList<>();
        for (Program program : programs) {
            for (ProgramVersion version : program.versions()) {
                owners.add(program);
                versions.add(version);
            }
        }
        insertVersions(owners, versions);
    }

    /** {@code versions.get(i)} belongs to {@code owners.get(i)}. */
    private void insertVersions(List<Program> owners, List<ProgramVersion> versions) {
        List<MapSqlParameterSource> versionRows = new ArrayList<>();
        List<MapSqlParameterSource> prescriptionRows = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            UUID program = owners.get(i).id().value();
            ProgramVersion version = versions.get(i);
            versionRows.add(new MapSqlParameterSource()
                    .addValue("program", program)
                    .addValue("number", version.number())
                    .addValue("effectiveFrom", version.effectiveFrom())
                    .addValue("author", version.author().value())
                    .addValue("authoredAt", Timestamp.from(version.authoredAt()))
                    .addValue("sessionsPerWeek", version.sessionsPerWeek()));
            List<Prescription> prescriptions = version.prescriptions();
            for (int position = 0; position < prescriptions.size(); position++) {
                Prescription prescription = prescriptions.get(position);
                prescriptionRows.add(DosageColumns.bind(new MapSqlParameterSource(), prescription.dosage())
                        .addValue("program", program)
                        .addValue("number", version.number())
                        .addValue("position", position + 1)
                        .addValue("exercise", prescription.exercise().value())
                        .addValue("notes", prescription.notes()));
            }
        }
        BulkCopy.copy(jdbc, INSERT_VERSION, versionRows);
        BulkCopy.copy(jdbc, INSERT_PRESCRIPTION, prescriptionRows);
    }

    /** Programs matching a condition on the program table, each with all its versions: three queries. */
    private List<Program> load(String condition, List<UUID> ids) {
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<UUID, ProgramRow> rows = new LinkedHashMap<>();
        jdbc.query("select id, episode_id, patient_id, version from program where " + condition, params, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            rows.put(id, new ProgramRow(id, rs.getObject("episode_id", UUID.class),
                    rs.getObject("patient_id", UUID.class), rs.getLong("version")));
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource programs = new MapSqlParameterSource("programs", List.copyOf(rows.keySet()));
        Map<String, List<Prescription>> prescriptions = new LinkedHashMap<>();
        jdbc.query("""
                select program_id, version_number, exercise_id, sets, reps, hold_seconds, sessions_per_week, notes
                  from prescription where program_id in (:programs) order by program_id, version_number, position""",
                programs, rs -> {
                    prescriptions.computeIfAbsent(key(rs.getObject("program_id", UUID.class), rs.getInt("version_number")),
                            k -> new ArrayList<>()).add(new Prescription(
                            new ExerciseId(rs.getObject("exercise_id", UUID.class)), DosageColumns.read(rs),
                            rs.getString("notes")));
                });
        Map<UUID, List<ProgramVersion>> versions = new LinkedHashMap<>();
        jdbc.query("""
                select program_id, number, effective_from, author_id, authored_at
                  from program_version where program_id in (:programs) order by program_id, number""",
                programs, rs -> {
                    UUID program = rs.getObject("program_id", UUID.class);
                    versions.computeIfAbsent(program, k -> new ArrayList<>()).add(version(rs,
                            prescriptions.get(key(program, rs.getInt("number")))));
                });
        return rows.values().stream().map(row -> new Program(new ProgramId(row.id()), new EpisodeId(row.episode()),
                new PatientId(row.patient()), versions.get(row.id()), row.version())).toList();
    }

    private static ProgramVersion version(ResultSet rs, List<Prescription> prescriptions) throws SQLException {
        return new ProgramVersion(rs.getInt("number"), rs.getObject("effective_from", LocalDate.class),
                prescriptions, new ClinicianId(rs.getObject("author_id", UUID.class)),
                rs.getTimestamp("authored_at").toInstant());
    }

    private static String key(UUID program, int number) {
        return program + "/" + number;
    }

    private record ProgramRow(UUID id, UUID episode, UUID patient, long version) {
    }
}
