package org.backboard.persistence.program;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.ProgramTemplates;
import org.backboard.core.program.TemplateId;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * Program templates with their exercises, through Spring Data JPA (see
 * {@link org.backboard.persistence.VersionedRow} for their versions). Unlike program versions, a template is
 * edited in place: applying it copied it, so no program depends on its past.
 */
@Repository
public class TemplateStore implements ProgramTemplates {

    private static final UniqueConstraint NAME_UNIQUE = new UniqueConstraint("program_template_name_uk");

    private final TemplateRepository repository;

    TemplateStore(TemplateRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<ProgramTemplate> all() {
        return repository.findAllByName().stream().map(TemplateEntity::toDomain).toList();
    }

    @Override
    public Optional<ProgramTemplate> find(TemplateId id) {
        return repository.findById(id.value()).map(TemplateEntity::toDomain);
    }

    /** A name taken between the service's check and this save is the same lost race as a stale version. */
    @Override
    @Transactional
    public ProgramTemplate save(ProgramTemplate template) {
        boolean stored = repository.findById(template.id().value()).isPresent();
        try {
            return repository.saveAndFlush(TemplateEntity.from(template, stored)).toDomain();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("this template");
        } catch (DataIntegrityViolationException e) {
            if (NAME_UNIQUE.violatedBy(e)) {
                throw new ConcurrentChangeException("this template");
            }
            throw e;
        }
    }
}
