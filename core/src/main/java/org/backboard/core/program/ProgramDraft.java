package org.backboard.core.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.backboard.core.exercise.DosageDraft;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Texts;

/**
 * A program version as typed in the editor. Problems are named by field; an exercise's fields
 * carry its row, for example {@code items.2.sets}.
 */
public record ProgramDraft(LocalDate effectiveFrom, List<PrescriptionDraft> items) {

    public record PrescriptionDraft(ExerciseId exercise, DosageDraft dosage, String notes) {
    }

    /**
     * What a draft is checked against: the earliest day it may take effect (and why), the library,
     * and the exercises already in force, which may stay even if the library has retired them.
     */
    public record Limits(LocalDate earliest, String tooEarly, LocalDate latest, Map<ExerciseId, Exercise> library,
                         Set<ExerciseId> alreadyPrescribed) {
    }

    public ProgramDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public List<FieldProblem> problems(Limits limits) {
        List<FieldProblem> problems = new ArrayList<>();
        if (effectiveFrom == null) {
            problems.add(new FieldProblem("effectiveFrom", "Choose the date the program takes effect"));
        } else if (effectiveFrom.isBefore(limits.earliest())) {
            problems.add(new FieldProblem("effectiveFrom", limits.tooEarly()));
        } else if (effectiveFrom.isAfter(limits.latest())) {
            problems.add(new FieldProblem("effectiveFrom", "A program can be dated at most 90 days ahead"));
        }
        problems.addAll(itemProblems(limits.library(), limits.alreadyPrescribed()));
        return problems;
    }

    /**
     * The exercises' problems alone (a template has no date): each from the library, none twice, no
     * retired one unless {@code alreadyPrescribed}, each dosage in range.
     */
    public List<FieldProblem> itemProblems(Map<ExerciseId, Exercise> library, Set<ExerciseId> alreadyPrescribed) {
        List<FieldProblem> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add(new FieldProblem("items", "Add at least one exercise"));
        } else if (items.size() > ProgramVersion.MAX_EXERCISES) {
            problems.add(new FieldProblem("items", "A program has at most 20 exercises"));
        }
        Set<ExerciseId> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            PrescriptionDraft item = items.get(i);
            String prefix = "items." + i + ".";
            Exercise exercise = item.exercise() == null ? null : library.get(item.exercise());
            if (exercise == null) {
                problems.add(new FieldProblem(prefix + "exercise", "Choose an exercise from the library"));
            } else if (!seen.add(exercise.id())) {
                problems.add(new FieldProblem(prefix + "exercise", exercise.name() + " is already in this program"));
            } else if (exercise.retired() && !alreadyPrescribed.contains(exercise.id())) {
                problems.add(new FieldProblem(prefix + "exercise",
                        exercise.name() + " is retired from the library and cannot be added"));
            }
            if (item.dosage() == null) {
                problems.add(new FieldProblem(prefix + "sets", "Give a dosage"));
            } else {
                problems.addAll(item.dosage().problems(prefix));
            }
            Texts.problem(item.notes(), Texts.Shape.LINES, Prescription.MAX_NOTES, "Notes have at most 500 characters")
                    .ifPresent(message -> problems.add(new FieldProblem(prefix + "notes", message)));
        }
        return problems;
    }

    /** Only call when {@link #problems} is empty. */
    public List<Prescription> prescriptions() {
        return items.stream()
                .map(item -> new Prescription(item.exercise(), item.dosage().toDosage(), item.notes()))
                .toList();
    }

    /** The exercises named, for looking them up in the library. */
    public Set<ExerciseId> exercises() {
        Set<ExerciseId> named = new HashSet<>();
        items.stream().map(PrescriptionDraft::exercise).filter(Objects::nonNull).forEach(named::add);
        return named;
    }

    public static ProgramDraft of(ProgramVersion version, LocalDate effectiveFrom) {
        return new ProgramDraft(effectiveFrom, version.prescriptions().stream()
                .map(p -> new PrescriptionDraft(p.exercise(), DosageDraft.of(p.dosage()), p.notes()))
                .toList());
    }
}
