package org.backboard.persistence.patient;

import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<PatientEntity, UUID> {

    /**
     * Joins the caller's transaction, or reads in autocommit: every patient page and caseload check reads a
     * patient, and a read-only transaction of its own (Spring Data's default) would add two round trips.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<PatientEntity> findById(UUID id);

    boolean existsByMrn(String mrn);

    boolean existsByMrnAndIdNot(String mrn, UUID id);
}
