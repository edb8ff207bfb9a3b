package org.backboard.core.program;

import java.util.List;
import java.util.Optional;

/** The clinic's program templates. */
public interface ProgramTemplates {

    /** Every template, retired ones included, by name. */
    List<ProgramTemplate> all();

    Optional<ProgramTemplate> find(TemplateId id);

    /**
     * Inserts a new template or updates one whose stored version is still {@code template.version()}.
     *
     * @throws org.backboard.core.shared.ConcurrentChangeException when someone saved it first
     */
    ProgramTemplate save(ProgramTemplate template);
}
