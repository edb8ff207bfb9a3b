package org.backboard.core.exercise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backboard.core.shared.FieldProblem;

/** The exercise form as typed: instructions are one step per line. */
public record ExerciseDraft(
        String name,
        ExerciseCategory category,
        TargetRegion region,
        String instructions,
        String cautions,
        DosageDraft dosage) {

    public static ExerciseDraft of(ExerciseDetails details) {
        return new ExerciseDraft(details.name(), details.category(), details.region(),
                String.join("\n", details.steps()), details.cautions(), DosageDraft.of(details.defaultDosage()));
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Give the exercise a name"));
        } else if (name.strip().length() > ExerciseDetails.MAX_NAME) {
            problems.add(new FieldProblem("name", "A name has at most 80 characters"));
        }
        if (category == null) {
            problems.add(new FieldProblem("category", "Choose a category"));
        }
        if (region == null) {
            problems.add(new FieldProblem("region", "Choose the target region"));
        }
        List<String> steps = steps();
        if (steps.size() < ExerciseDetails.MIN_STEPS || steps.size() > ExerciseDetails.MAX_STEPS) {
            problems.add(new FieldProblem("instructions", "Write 3 to 6 short steps, one per line"));
        } else if (steps.stream().anyMatch(s -> s.length() > ExerciseDetails.MAX_STEP)) {
            problems.add(new FieldProblem("instructions", "Keep each step under 300 characters"));
        }
        if (cautions != null && cautions.strip().length() > ExerciseDetails.MAX_CAUTIONS) {
            problems.add(new FieldProblem("cautions", "Cautions have at most 600 characters"));
        }
        if (dosage == null) {
            problems.add(new FieldProblem("sets", "Give a default dosage"));
        } else {
            problems.addAll(dosage.problems(""));
        }
        return problems;
    }

    /** The non-blank lines, without list markers a user may type ("1.", "-"). */
    public List<String> steps() {
        if (instructions == null) {
            return List.of();
        }
        return Arrays.stream(instructions.split("\\R"))
                .map(line -> line.strip().replaceFirst("^(\\d+[.)]|[-*•])\\s*", ""))
                .filter(line -> !line.isBlank())
                .toList();
    }

    /** Only call when {@link #problems} is empty. */
    public ExerciseDetails toDetails() {
        return new ExerciseDetails(name, category, region, steps(), cautions, dosage.toDosage());
    }
}
