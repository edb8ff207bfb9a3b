package org.backboard.persistence.clinician;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicianRepository extends JpaRepository<ClinicianEntity, UUID> {

    /**
     * Joins the caller's transaction, or reads in autocommit: every service call checks its actor here, and a
     * read-only transaction of its own (Spring Data's default) cost a roster page more than its own SQL.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<ClinicianEntity> findById(UUID id);

    Optional<ClinicianEntity> findByUsername(String username);

    boolean existsByRoleAndActiveTrue(Role role);

    List<ClinicianEntity> findByActiveTrueOrderByDisplayName();
}
