package org.backboard.persistence.program;

import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads join the caller's transaction or run in autocommit: no read-only transaction of their own per call. */
@Transactional(Transactional.TxType.SUPPORTS)
interface ProgramRepository extends JpaRepository<ProgramEntity, UUID> {

    @Override
    Optional<ProgramEntity> findById(UUID id);
}
