package org.backboard.core.exercise;

import java.util.ArrayList;
import java.util.List;
import org.backboard.core.shared.FieldProblem;

/**
 * A dosage as typed; {@link #problems} names each out-of-range value by field, prefixed so a
 * form with many dosages (a program) can tell them apart.
 */
public record DosageDraft(Integer sets, EffortKind kind, Integer amount, Integer sessionsPerWeek) {

    public static DosageDraft of(Dosage dosage) {
        int amount = switch (dosage.effort()) {
            case Dosage.Reps reps -> reps.count();
            case Dosage.Hold hold -> hold.seconds();
        };
        return new DosageDraft(dosage.sets(), EffortKind.of(dosage.effort()), amount, dosage.sessionsPerWeek());
    }

    public List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (sets == null || sets < Dosage.MIN_SETS || sets > Dosage.MAX_SETS) {
            problems.add(new FieldProblem(prefix + "sets", "Sets must be 1 to 10"));
        }
        if (kind == null) {
            problems.add(new FieldProblem(prefix + "kind", "Choose reps or hold"));
        } else if (kind == EffortKind.REPS && (amount == null || amount < Dosage.Reps.MIN || amount > Dosage.Reps.MAX)) {
            problems.add(new FieldProblem(prefix + "amount", "Reps must be 1 to 50"));
        } else if (kind == EffortKind.HOLD && (amount == null || amount < Dosage.Hold.MIN || amount > Dosage.Hold.MAX)) {
            problems.add(new FieldProblem(prefix + "amount", "A hold must be 5 to 120 seconds"));
        }
        if (sessionsPerWeek == null || sessionsPerWeek < Dosage.MIN_SESSIONS || sessionsPerWeek > Dosage.MAX_SESSIONS) {
            problems.add(new FieldProblem(prefix + "sessionsPerWeek", "Sessions per week must be 1 to 14"));
        }
        return problems;
    }

    /** Only call when {@link #problems} is empty. */
    public Dosage toDosage() {
        Dosage.Effort effort = kind == EffortKind.HOLD ? new Dosage.Hold(amount) : new Dosage.Reps(amount);
        return new Dosage(sets, effort, sessionsPerWeek);
    }
}
