package org.backboard.persistence.patient;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<PatientEntity, UUID> {

    boolean existsByMrn(String mrn);

    boolean existsByMrnAndIdNot(String mrn, UUID id);
}
