package org.backboard.persistence.clinician;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ClinicianStore implements Clinicians {

    private final ClinicianRepository repository;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ClinicianStore(ClinicianRepository repository, EntityManager entityManager, JdbcTemplate jdbc) {
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
        // every service call checks its actor here: one plain query, not an entity load in a
        // read-only transaction of its own (which cost a roster page more than its own SQL)
        return jdbc.query("select id, username, display_name, password_hash, role, active, version"
                        + " from clinician where id = ?",
                (rs, row) -> new Clinician(new ClinicianId(rs.getObject("id", UUID.class)),
                        new Username(rs.getString("username")), rs.getString("display_name"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
                        rs.getLong("version")), id.value()).stream().findFirst();
    }

    @Override
    @Transactional
    public void update(Clinician clinician) {
        ClinicianEntity entity = entityManager.find(ClinicianEntity.class, clinician.id().value());
        if (entity == null || entity.version() != clinician.version()) {
            throw new ConcurrentChangeException("this account");
        }
        entity.copyChangeableFrom(clinician);
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
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
        repository.saveAndFlush(ClinicianEntity.from(clinician));
    }

    private static ClinicianSummary summary(Clinician clinician) {
        return new ClinicianSummary(clinician.id(), clinician.displayName(), clinician.role());
    }
}
