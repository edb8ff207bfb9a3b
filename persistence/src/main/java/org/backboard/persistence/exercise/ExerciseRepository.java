package org.backboard.persistence.exercise;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads join the caller's transaction or run in autocommit: no read-only transaction of their own per call. */
@Transactional(Transactional.TxType.SUPPORTS)
interface ExerciseRepository extends JpaRepository<ExerciseEntity, UUID> {

    @Override
    Optional<ExerciseEntity> findById(UUID id);

    @Query("select e from ExerciseEntity e order by lower(e.name)")
    List<ExerciseEntity> findAllByName();

    // lower(), as the unique index exercise_name_uk
    @Query("select count(e) > 0 from ExerciseEntity e where lower(e.name) = lower(:name)")
    boolean nameTaken(String name);

    @Query("select count(e) > 0 from ExerciseEntity e where lower(e.name) = lower(:name) and e.id <> :except")
    boolean nameTakenByAnother(String name, UUID except);
}
