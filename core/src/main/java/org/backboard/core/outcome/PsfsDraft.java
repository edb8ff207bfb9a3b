package org.backboard.core.outcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Texts;

/**
 * The PSFS as a form sends it: rows of an activity and its 0-10 score, at most five; rows left
 * wholly empty are skipped. {@link #problems} ties each broken rule to its row's field; the rules
 * on a kept activity are {@link PsfsAnswers}' own.
 */
public record PsfsDraft(List<Row> rows) {

    public static final String ACTIVITIES = "activities";
    static final String SCORE_IT = "Choose a score from 0 to 10";

    /** One row as typed: either may be missing. */
    public record Row(String activity, Integer score) {

        boolean isEmpty() {
            return Texts.isBlank(activity) && score == null;
        }
    }

    public PsfsDraft {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** The same activities as {@code earlier}, each with its new score (in the same order). */
    public static PsfsDraft reRating(PsfsAnswers earlier, List<Integer> scores) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < earlier.activities().size(); i++) {
            rows.add(new Row(earlier.activities().get(i).name(), i < scores.size() ? scores.get(i) : null));
        }
        return new PsfsDraft(rows);
    }

    /** The form field of row {@code index} (from 0): its activity, or its score. */
    public static String activityField(int index) {
        return "activity-" + (index + 1);
    }

    public static String scoreField(int index) {
        return "score-" + (index + 1);
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (rows.size() > PsfsAnswers.MAX_ACTIVITIES) {
            problems.add(new FieldProblem(ACTIVITIES, PsfsAnswers.HOW_MANY));
            return problems;
        }
        Set<String> names = new HashSet<>();
        int filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int index = i;
            if (row.isEmpty()) {
                continue;
            }
            filled++;
            if (row.score() == null) {
                problems.add(new FieldProblem(scoreField(i), SCORE_IT));
            } else if (row.score() < 0 || row.score() > 10) {
                problems.add(new FieldProblem(scoreField(i), "An activity is scored 0-10"));
            }
            nameProblem(row.activity()).ifPresentOrElse(
                    message -> problems.add(new FieldProblem(activityField(index), message)),
                    () -> {
                        if (!names.add(PsfsAnswers.key(Texts.strip(row.activity())))) {
                            problems.add(new FieldProblem(activityField(index), PsfsAnswers.NAMED_TWICE));
                        }
                    });
        }
        if (filled < PsfsAnswers.MIN_ACTIVITIES) {
            problems.add(new FieldProblem(ACTIVITIES, PsfsAnswers.HOW_MANY));
        }
        return problems;
    }

    /** The answers to keep; refused with a message naming the first row with a problem. */
    public PsfsAnswers answers() {
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new IllegalArgumentException(first.field().equals(ACTIVITIES) ? first.message()
                    : "Activity " + first.field().substring(first.field().indexOf('-') + 1) + ": " + first.message());
        }
        return new PsfsAnswers(rows.stream().filter(row -> !row.isEmpty())
                .map(row -> new PsfsAnswers.Activity(row.activity(), row.score())).toList());
    }

    /** What {@link PsfsAnswers.Activity} refuses in a name, asked with a valid score. */
    private static Optional<String> nameProblem(String name) {
        try {
            new PsfsAnswers.Activity(name, 0);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
