package org.backboard.core.exercise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Texts;

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
        if (Texts.isBlank(name)) {
            problems.add(new FieldProblem("name", "Give the exercise a name"));
        } else {
            Texts.problem(name, Texts.Shape.LINE, ExerciseDetails.MAX_NAME, "A name has at most 80 characters")
                    .ifPresent(message -> problems.add(new FieldProblem("name", message)));
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
        } else {
            Texts.problem(instructions, Texts.Shape.LINES).or(() -> steps.stream()
                            .anyMatch(s -> s.length() > ExerciseDetails.MAX_STEP)
                            ? Optional.of("Keep each step under 300 characters") : Optional.empty())
                    .ifPresent(message -> problems.add(new FieldProblem("instructions", message)));
        }
        Texts.problem(cautions, Texts.Shape.LINES, ExerciseDetails.MAX_CAUTIONS, "Cautions have at most 600 characters")
                .ifPresent(message -> problems.add(new FieldProblem("cautions", message)));
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
                .map(line -> Texts.strip(line).replaceFirst("^(\\d+[.)]|[-*•])\\s*", ""))
                .filter(line -> !Texts.isBlank(line))
                .toList();
    }

    /** Only call when {@link #problems} is empty. */
    public ExerciseDetails toDetails() {
        return new ExerciseDetails(name, category, region, steps(), cautions, dosage.toDosage());
    }
}
