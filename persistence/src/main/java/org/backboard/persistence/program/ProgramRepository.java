package org.backboard.persistence.program;

import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads join the caller's transaction or run in autocommit: no read-only transaction of their own per call. */
@Transactional(Transactional.TxType.SUPPORTS)
interface ProgramRepository extends JpaRepository<ProgramEntity, UUID> {

    @Override
    Optional<ProgramEntity> findById(UUID id);

    // written out: Hibernate caches a query string's plan, while a derived query is built again on each call
    @Query("select p from ProgramEntity p where p.episodeId in :episodes")
    List<ProgramEntity> findByEpisodeIdIn(Collection<UUID> episodes);
}
