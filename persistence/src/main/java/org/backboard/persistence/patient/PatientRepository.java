package org.backboard.persistence.patient;

import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
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

    /** Patients changed in [from, until), by that change then id: the API's Patient?_lastUpdated search. */
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            select * from patient where updated_at >= :from and updated_at < :until
             order by updated_at, id offset :offset limit :limit""")
    List<PatientEntity> changedBetween(Instant from, Instant until, int offset, int limit);

    /** The same within one therapist's caseload. */
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            select * from patient where therapist_id = :therapist and updated_at >= :from and updated_at < :until
             order by updated_at, id offset :offset limit :limit""")
    List<PatientEntity> changedBetween(UUID therapist, Instant from, Instant until,
                                                 int offset, int limit);
}
