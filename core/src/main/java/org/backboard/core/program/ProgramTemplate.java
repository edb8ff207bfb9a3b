package org.backboard.core.program;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.shared.Texts;

/**
 * A named starting point for a program ("Back pain basics"): exercises with their dosages.
 * Applying one copies it into the editor; later changes to the template touch no program.
 */
public record ProgramTemplate(TemplateId id, String name, String description, List<Prescription> prescriptions,
                              boolean retired, long version) {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 300;

    public ProgramTemplate {
        Objects.requireNonNull(id, "id");
        if (!Texts.present(name, MAX_NAME)) {
            throw new IllegalArgumentException("a template needs a name of at most 80 characters");
        }
        name = Texts.strip(name);
        description = description == null ? "" : Texts.strip(description);
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("a description has at most 300 characters");
        }
        prescriptions = List.copyOf(prescriptions);
        if (prescriptions.isEmpty() || prescriptions.size() > ProgramVersion.MAX_EXERCISES) {
            throw new IllegalArgumentException("a template has 1-20 exercises");
        }
        Set<ExerciseId> seen = new HashSet<>();
        if (!prescriptions.stream().allMatch(p -> seen.add(p.exercise()))) {
            throw new IllegalArgumentException("an exercise appears once per template");
        }
    }

    public ProgramTemplate edit(String newName, String newDescription, List<Prescription> newPrescriptions) {
        return new ProgramTemplate(id, newName, newDescription, newPrescriptions, retired, version);
    }

    public ProgramTemplate retire() {
        return new ProgramTemplate(id, name, description, prescriptions, true, version);
    }
}
