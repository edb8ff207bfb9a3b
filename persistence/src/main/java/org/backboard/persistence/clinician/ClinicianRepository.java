package org.backboard.persistence.clinician;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicianRepository extends JpaRepository<ClinicianEntity, UUID> {

    Optional<ClinicianEntity> findByUsername(String username);

    boolean existsByRoleAndActiveTrue(Role role);


    List<ClinicianEntity> findByActiveTrueOrderByDisplayName();
}
