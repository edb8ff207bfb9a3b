package org.backboard.persistence.exercise;

import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The exercise library through Spring Data JPA (see {@link org.backboard.persistence.VersionedRow} for its versions);
 * several exercises at once, for a screen, through SQL.
 */
@Repository
public class ExerciseStore implements Exercises {

    private static final UniqueConstraint NAME_UNIQUE = new UniqueConstraint("exercise_name_uk");

    private final ExerciseRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    ExerciseStore(ExerciseRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public List<Exercise> all() {
        return repository.findAllByName().stream().map(ExerciseEntity::toDomain).toList();
    }

    @Override
    public Optional<Exercise> find(ExerciseId id) {
        return repository.findById(id.value()).map(ExerciseEntity::toDomain);
    }

    @Override
    public Map<ExerciseId, Exercise> byIds(Collection<ExerciseId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // through SQL: Hibernate builds an IN query again for every number of ids, and nothing here is changed
        return jdbc.query("""
                select id, version, name, category, region, steps, cautions, sets, reps, hold_seconds,
                       sessions_per_week, retired
                  from exercise where id in (:ids)""", Map.of("ids", ids.stream().map(ExerciseId::value).toList()),
                (rs, row) -> ExerciseEntity.read(rs).toDomain()).stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
    }

    @Override
    public boolean nameTaken(String name, Optional<ExerciseId> except) {
        return except.map(id -> repository.nameTakenByAnother(name, id.value()))
                .orElseGet(() -> repository.nameTaken(name));
    }

    /** A name taken between the service's check and this save is the same lost race as a stale version. */
    @Override
    @Transactional
    public Exercise save(Exercise exercise) {
        boolean stored = repository.findById(exercise.id().value()).isPresent();
        try {
            return repository.saveAndFlush(ExerciseEntity.from(exercise, stored)).toDomain();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("this exercise");
        } catch (DataIntegrityViolationException e) {
            if (NAME_UNIQUE.violatedBy(e)) {
                throw new ConcurrentChangeException("this exercise");
            }
            throw e;
        }
    }
}
