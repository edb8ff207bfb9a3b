package org.backboard.persistence.patientapp;

import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads join the caller's transaction or run in autocommit: no read-only transaction of their own per call. */
@Transactional(Transactional.TxType.SUPPORTS)
interface PatientAccountRepository extends JpaRepository<PatientAccountEntity, UUID> {
    @Override
    Optional<PatientAccountEntity> findById(UUID patient);
    @Query("select a from PatientAccountEntity a where a.signInName = :name")
    Optional<PatientAccountEntity> findBySignInName(String name);
}
