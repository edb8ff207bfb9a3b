package org.backboard.persistence.exercise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDetails;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.exercise.TargetRegion;
import org.backboard.core.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The exercise library; new exercises (version 0) are inserted at version 1, saves check the version. */
@Repository
public class ExerciseStore implements Exercises {

    private static final String SELECT = """
            select id, name, category, region, steps, cautions, sets, reps, hold_seconds, sessions_per_week,
                   retired, version
              from exercise""";

    private final NamedParameterJdbcTemplate jdbc;

    ExerciseStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Exercise> all() {
        return jdbc.query(SELECT + " order by lower(name)", ExerciseStore::exercise);
    }

    @Override
    public Optional<Exercise> find(ExerciseId id) {
        return jdbc.query(SELECT + " where id = :id", new MapSqlParameterSource("id", id.value()),
                ExerciseStore::exercise).stream().findFirst();
    }

    @Override
    public Map<ExerciseId, Exercise> byIds(Collection<ExerciseId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.query(SELECT + " where id in (:ids)",
                        new MapSqlParameterSource("ids", ids.stream().map(ExerciseId::value).toList()),
                        ExerciseStore::exercise)
                .stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
    }

    @Override
    public boolean nameTaken(String name, Optional<ExerciseId> except) {
        Boolean taken = jdbc.queryForObject("select exists (select 1 from exercise where lower(name) = lower(:name)"
                        + " and id is distinct from :except)",
                new MapSqlParameterSource("name", name).addValue("except", except.map(ExerciseId::value).orElse(null)),
                Boolean.class);
        return Boolean.TRUE.equals(taken);
    }

    @Override
    public Exercise save(Exercise exercise) {
        ExerciseDetails details = exercise.details();
        MapSqlParameterSource params = DosageColumns.bind(new MapSqlParameterSource(), details.defaultDosage())
                .addValue("id", exercise.id().value())
                .addValue("name", details.name())
                .addValue("category", details.category().name())
                .addValue("region", details.region().name())
                .addValue("steps", details.steps().toArray(String[]::new))
                .addValue("cautions", details.cautions())
                .addValue("retired", exercise.retired())
                .addValue("version", exercise.version());
        if (exercise.version() == 0) {
            jdbc.update("""
                    insert into exercise (id, name, category, region, steps, cautions, sets, reps, hold_seconds,
                                          sessions_per_week, retired, version)
                    values (:id, :name, :category, :region, :steps, :cautions, :sets, :reps, :hold,
                            :sessionsPerWeek, :retired, 1)""", params);
            return new Exercise(exercise.id(), details, exercise.retired(), 1);
        }
        int updated = jdbc.update("""
                update exercise set name = :name, category = :category, region = :region, steps = :steps,
                       cautions = :cautions, sets = :sets, reps = :reps, hold_seconds = :hold,
                       sessions_per_week = :sessionsPerWeek, retired = :retired, version = version + 1
                 where id = :id and version = :version""", params);
        if (updated == 0) {
            throw new ConcurrentChangeException("this exercise");
        }
        return new Exercise(exercise.id(), details, exercise.retired(), exercise.version() + 1);
    }

    private static Exercise exercise(ResultSet rs, int row) throws SQLException {
        ExerciseDetails details = new ExerciseDetails(
                rs.getString("name"),
                ExerciseCategory.valueOf(rs.getString("category")),
                TargetRegion.valueOf(rs.getString("region")),
                Arrays.asList((String[]) rs.getArray("steps").getArray()),
                rs.getString("cautions"),
                DosageColumns.read(rs));
        return new Exercise(new ExerciseId(rs.getObject("id", UUID.class)), details, rs.getBoolean("retired"),
                rs.getLong("version"));
    }
}
