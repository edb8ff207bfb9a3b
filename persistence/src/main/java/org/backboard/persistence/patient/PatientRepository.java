package org.backboard.persistence.patient;

import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reads join the caller's transaction or run in autocommit: every patient page and caseload check reads a patient, and a
 * read-only transaction of its own (Spring Data's default) costs two more round trips than the query.
 */
@Transactional(Transactional.TxType.SUPPORTS)
interface PatientRepository extends JpaRepository<PatientEntity, UUID> {

    @Override
    Optional<PatientEntity> findById(UUID id);

    boolean existsByMrn(String mrn);

    boolean existsByMrnAndIdNot(String mrn, UUID id);
}
