package org.backboard.persistence.episode;

import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads join the caller's transaction or run in autocommit: no read-only transaction of their own per call. */
@Transactional(Transactional.TxType.SUPPORTS)
interface EpisodeRepository extends JpaRepository<EpisodeEntity, UUID> {

    @Override
    Optional<EpisodeEntity> findById(UUID id);
}
