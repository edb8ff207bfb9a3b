package org.backboard.persistence.clinician;

import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.springframework.stereotype.Repository;

@Repository
class ClinicianStore implements Clinicians {

    private final ClinicianRepository repository;

    ClinicianStore(ClinicianRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Clinician> findByUsername(Username username) {
        return repository.findByUsername(username.value()).map(ClinicianEntity::toDomain);
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
    public List<ClinicianSummary> all() {
        return repository.findAll(org.springframework.data.domain.Sort.by("displayName")).stream()
                .map(ClinicianEntity::toDomain).map(ClinicianStore::summary).toList();
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
