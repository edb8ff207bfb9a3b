package org.backboard.persistence.program;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Templates are read with their items in one query (never one more per template). Reads join the caller's
 * transaction or run in autocommit: no read-only transaction of their own per call.
 */
@Transactional(Transactional.TxType.SUPPORTS)
interface TemplateRepository extends JpaRepository<TemplateEntity, UUID> {

    @Override
    @EntityGraph(attributePaths = "items")
    Optional<TemplateEntity> findById(UUID id);

    @Query("select t from TemplateEntity t join fetch t.items order by lower(t.name), t.id")
    List<TemplateEntity> findAllByName();
}
