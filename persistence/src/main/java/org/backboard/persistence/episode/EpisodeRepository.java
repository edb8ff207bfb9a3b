package org.backboard.persistence.episode;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads join the caller's transaction or run in autocommit: no read-only transaction of their own per call. */
@Transactional(Transactional.TxType.SUPPORTS)
interface EpisodeRepository extends JpaRepository<EpisodeEntity, UUID> {

    @Override
    Optional<EpisodeEntity> findById(UUID id);

    // written out: Hibernate caches a query string's plan, while a derived query is built again on each call
    @Query("select e from EpisodeEntity e where e.patientId = :patientId order by e.startDate desc, e.id")
    List<EpisodeEntity> findByPatientIdOrderByStartDateDescIdAsc(UUID patientId);
}
