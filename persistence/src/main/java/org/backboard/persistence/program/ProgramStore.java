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
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.program.Programs;
import org.backboard.core.program.ProgramSeeding;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.exercise.DosageColumns;
import org.backboard.persistence.BulkCopy;
import org.backboard.persistence.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/**
 * Programs in three tables: the program (its root, with the version that guards revisions) added through Spring
 * Data JPA and revised by one conditional update of that version, and its versions with their prescriptions
 * through SQL. Versions are history: only ever inserted (the schema refuses updates and deletes), so there is
 * nothing for JPA to track; bulk loads use COPY.
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

    private static final UniqueConstraint ONE_PER_EPISODE = new UniqueConstraint("program_one_per_episode");

    private final ProgramRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    ProgramStore(ProgramRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Program> find(ProgramId id) {
        return withVersions(jdbc.query("select id, version, episode_id, patient_id from program where id = :id",
                new MapSqlParameterSource("id", id.value()), (rs, row) -> ProgramEntity.read(rs)))
                .stream().findFirst();
    }

    @Override
    public Map<EpisodeId, Program> forEpisodes(Collection<EpisodeId> episodes) {
        if (episodes.isEmpty()) {
            return Map.of();
        }
        // through SQL: Hibernate builds an IN query again for every number of ids, and nothing here is changed
        List<ProgramEntity> roots = jdbc.query("select id, version, episode_id, patient_id from program"
                        + " where episode_id in (:episodes)",
                new MapSqlParameterSource("episodes", episodes.stream().map(EpisodeId::value).toList()),
                (rs, row) -> ProgramEntity.read(rs));
        return withVersions(roots).stream().collect(Collectors.toMap(Program::episode, Function.identity()));
    }

    @Override
    @Transactional
    public Program add(Program program) {
        ProgramEntity root;
        try {
            // flushed now: the version rows below refer to it
            root = repository.saveAndFlush(ProgramEntity.from(program, false));
        } catch (DataIntegrityViolationException e) {
            if (ONE_PER_EPISODE.violatedBy(e)) {
                throw new ConcurrentChangeException("this episode's program");
            }
            throw e;
        }
        insertVersions(List.of(program), program.versions());
        return new Program(program.id(), program.episode(), program.patient(), program.versions(), root.lockVersion());
    }

    /**
     * The root's only change is its version: one conditional update is the optimistic lock (a stale version
     * changes no row) and holds the row to commit, so a concurrent revision waits and then finds it moved.
     * Then the new version is appended. (Through JPA, a merge and a forced increment took three statements.)
     */
    @Override
    @Transactional
    public Program addVersion(Program program) {
        int bumped = jdbc.update("update program set version = version + 1 where id = :id and version = :version",
                new MapSqlParameterSource().addValue("id", program.id().value())
                        .addValue("version", program.version()));
        if (bumped == 0) {
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

    /** The programs of these roots, each with all its versions: two more queries, whatever their number. */
    private List<Program> withVersions(List<ProgramEntity> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource programs = new MapSqlParameterSource("programs",
                roots.stream().map(ProgramEntity::programId).toList());
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
        return roots.stream().map(root -> root.toDomain(versions.get(root.programId()))).toList();
    }

    private static ProgramVersion version(ResultSet rs, List<Prescription> prescriptions) throws SQLException {
        return new ProgramVersion(rs.getInt("number"), rs.getObject("effective_from", LocalDate.class),
                prescriptions, new ClinicianId(rs.getObject("author_id", UUID.class)),
                rs.getTimestamp("authored_at").toInstant());
    }

    private static String key(UUID program, int number) {
        return program + "/" + number;
    }
}
