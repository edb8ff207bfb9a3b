package org.backboard.persistence.clinician;

import org.springframework.dao.DataIntegrityViolationException;
import org.backboard.persistence.UniqueConstraint;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.shared.ConcurrentChangeException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ClinicianStore implements Clinicians {

    private static final UniqueConstraint USERNAME_TAKEN = new UniqueConstraint("clinician_username_uk");

    private final ClinicianRepository repository;
    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;

    ClinicianStore(ClinicianRepository repository, EntityManager entityManager, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Clinician> findByUsername(Username username) {
        return repository.findByUsername(username.value()).map(ClinicianEntity::toDomain);
    }

    @Override
    public Optional<Clinician> findById(ClinicianId id) {
        return repository.findById(id.value()).map(ClinicianEntity::toDomain);
    }

    /** One column through SQL: every use case asks it, and the whole entity through JPA cost a tenth of a page read. */
    @Override
    public Optional<Role> activeRole(ClinicianId id) {
        return jdbc.query("select role from clinician where id = :id and active", Map.of("id", id.value()),
                (rs, row) -> Role.valueOf(rs.getString("role"))).stream().findFirst();
    }

    /** Merged with the version the caller read: Hibernate's {@code @Version} refuses a stale or vanished account. */
    @Override
    @Transactional
    public void update(Clinician clinician) {
        try {
            repository.saveAndFlush(ClinicianEntity.stored(clinician));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("this account");
        }
    }

    /** Locks the active leads' rows, so two leads cannot both step down at once. */
    @Override
    @Transactional
    public int countActiveLeads() {
        return entityManager.createNativeQuery(
                "select id from clinician where role = 'LEAD' and active for update").getResultList().size();
    }

    @Override
    public Optional<ClinicianSummary> findSummary(ClinicianId id) {
        return repository.findById(id.value()).map(ClinicianEntity::toDomain).map(ClinicianStore::summary);
    }

    @Override
    public Optional<ClinicianSummary> findActiveTherapist(ClinicianId id) {
        return repository.findById(id.value()).map(ClinicianEntity::toDomain)
                .filter(c -> c.active() && c.role() == Role.THERAPIST).map(ClinicianStore::summary);
    }

    @Override
    public List<ClinicianSummary> activeClinicians() {
        return repository.findByActiveTrueOrderByDisplayName().stream()
                .map(ClinicianEntity::toDomain).map(ClinicianStore::summary).toList();
    }

    @Override
    public List<Clinician> all() {
        return repository.findAll(org.springframework.data.domain.Sort.by("displayName")).stream()
                .map(ClinicianEntity::toDomain).toList();
    }

    @Override
    public boolean anyActiveLead() {
        return repository.existsByRoleAndActiveTrue(Role.LEAD);
    }

    @Override
    public void add(Clinician clinician) {
        try {
            repository.saveAndFlush(ClinicianEntity.from(clinician));
        } catch (DataIntegrityViolationException e) {
            if (USERNAME_TAKEN.violatedBy(e)) {
                // two leads created the same user name at once
                throw new ConcurrentChangeException("the accounts");
            }
            throw e;
        }
    }

    private static ClinicianSummary summary(Clinician clinician) {
        return new ClinicianSummary(clinician.id(), clinician.displayName(), clinician.role());
    }
}
