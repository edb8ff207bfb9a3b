package org.backboard.persistence.clinician;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.Role;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reads join the caller's transaction or run in autocommit: every service call checks its actor by id, and a
 * read-only transaction of its own (Spring Data's default) costs two more round trips than the query.
 */
@Transactional(Transactional.TxType.SUPPORTS)
interface ClinicianRepository extends JpaRepository<ClinicianEntity, UUID> {

    @Override
    Optional<ClinicianEntity> findById(UUID id);

    Optional<ClinicianEntity> findByUsername(String username);

    boolean existsByRoleAndActiveTrue(Role role);

    List<ClinicianEntity> findByActiveTrueOrderByDisplayName();
}
