package org.backboard.persistence.apiclient;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads join the caller's transaction or run in autocommit (every API call checks its client by id). */
@Transactional(Transactional.TxType.SUPPORTS)
interface ApiClientRepository extends JpaRepository<ApiClientEntity, UUID> {

    @Override
    Optional<ApiClientEntity> findById(UUID id);

    List<ApiClientEntity> findAllByOrderByRegisteredAtDesc();
}
