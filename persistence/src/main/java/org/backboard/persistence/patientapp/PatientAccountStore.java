package org.backboard.persistence.patientapp;

import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.PatientAccount;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.patientapp.SignInName;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Patients' app accounts: the aggregate through Spring Data JPA with its version, the last visit through SQL. */
@Repository
class PatientAccountStore implements PatientAccounts {

    private static final UniqueConstraint ONE_PER_PATIENT = new UniqueConstraint("patient_account_pkey");
    private static final UniqueConstraint NAME_TAKEN = new UniqueConstraint("patient_account_name_uk");

    private final PatientAccountRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    PatientAccountStore(PatientAccountRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PatientAccount> forPatient(PatientId patient) {
        return repository.findById(patient.value()).map(PatientAccountEntity::toDomain);
    }

    @Override
    public Optional<PatientAccount> byName(SignInName name) {
        return repository.findBySignInName(name.value()).map(PatientAccountEntity::toDomain);
    }

    /**
     * A race lost to another tab or device (the same patient's account created twice, a name taken
     * at the same moment, a stale version) is a ConcurrentChangeException, as everywhere else.
     */
    @Override
    @Transactional
    public PatientAccount save(PatientAccount account) {
        boolean stored = repository.existsById(account.patient().value());
        try {
            return repository.saveAndFlush(PatientAccountEntity.from(account, stored)).toDomain();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("this app account");
        } catch (DataIntegrityViolationException e) {
            if (ONE_PER_PATIENT.violatedBy(e) || NAME_TAKEN.violatedBy(e)) {
                throw new ConcurrentChangeException("this app account");
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public void seen(PatientId patient, Instant at) {
        jdbc.update("update patient_account set last_seen_at = :at where patient_id = :patient",
                new MapSqlParameterSource("at", Timestamp.from(at)).addValue("patient", patient.value()));
    }
}
