package org.backboard.core.exercise;

import java.util.List;
import java.util.Objects;
import org.backboard.core.shared.Texts;

/** What the library says about an exercise: the handout prints the steps and cautions as written. */
public record ExerciseDetails(
        String name,
        ExerciseCategory category,
        TargetRegion region,
        List<String> steps,
        String cautions,
        Dosage defaultDosage) {

    public static final int MIN_STEPS = 3;
    public static final int MAX_STEPS = 6;
    public static final int MAX_NAME = 80;
    public static final int MAX_STEP = 300;
    public static final int MAX_CAUTIONS = 600;

    public ExerciseDetails {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(defaultDosage, "default dosage");
        if (!Texts.present(name, MAX_NAME)) {
            throw new IllegalArgumentException("an exercise needs a name of at most 80 characters");
        }
        name = Texts.strip(name);
        steps = List.copyOf(steps);
        if (steps.size() < MIN_STEPS || steps.size() > MAX_STEPS
                || steps.stream().anyMatch(s -> !Texts.present(s, MAX_STEP))) {
            throw new IllegalArgumentException("instructions are 3-6 short steps");
        }
        cautions = cautions == null ? "" : Texts.strip(cautions);
        if (cautions.length() > MAX_CAUTIONS) {
            throw new IllegalArgumentException("cautions have at most 600 characters");
        }
    }
}
