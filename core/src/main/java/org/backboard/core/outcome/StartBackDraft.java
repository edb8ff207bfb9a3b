package org.backboard.core.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backboard.core.shared.FieldProblem;

/**
 * STarT Back as a form sends it: agree (true) or disagree (false) for each of items 1-8, left out
 * while unanswered, and item 9. {@link #problems} names each question still to answer, by field;
 * only a complete draft becomes {@link StartBackAnswers}.
 */
public record StartBackDraft(Map<StartBackItem, Boolean> items, Bothersomeness bothersomeness) {

    public static final String BOTHERSOMENESS = "bothersomeness";
    public static final String CHOOSE_AGREEMENT = "Choose agree or disagree";
    public static final String CHOOSE_BOTHERSOMENESS = "Choose how bothersome the back pain has been";

    public StartBackDraft {
        Map<StartBackItem, Boolean> answered = new EnumMap<>(StartBackItem.class);
        if (items != null) {
            items.forEach((item, agreed) -> {
                if (item != null && agreed != null) {
                    answered.put(item, agreed);
                }
            });
        }
        items = Map.copyOf(answered);
    }

    /** A clinician's tick list: every statement ticked is agreed with, every other one disagreed with. */
    public static StartBackDraft agreedWith(Set<StartBackItem> agreed, Bothersomeness bothersomeness) {
        Map<StartBackItem, Boolean> items = new EnumMap<>(StartBackItem.class);
        for (StartBackItem item : StartBackItem.values()) {
            items.put(item, agreed.contains(item));
        }
        return new StartBackDraft(items, bothersomeness);
    }

    /** The form field of one of items 1-8. */
    public static String field(StartBackItem item) {
        return "item-" + item.name();
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        unanswered().forEach(item -> problems.add(new FieldProblem(field(item), CHOOSE_AGREEMENT)));
        if (bothersomeness == null) {
            problems.add(new FieldProblem(BOTHERSOMENESS, CHOOSE_BOTHERSOMENESS));
        }
        return problems;
    }

    /** The answers to keep; refused with a message naming the first question still to answer. */
    public StartBackAnswers answers() {
        unanswered().stream().findFirst().ifPresent(item -> {
            throw new IllegalArgumentException("Item " + (item.ordinal() + 1) + ": " + CHOOSE_AGREEMENT);
        });
        if (bothersomeness == null) {
            throw new IllegalArgumentException("Item 9: " + CHOOSE_BOTHERSOMENESS);
        }
        Set<StartBackItem> agreed = EnumSet.noneOf(StartBackItem.class);
        items.forEach((item, yes) -> {
            if (yes) {
                agreed.add(item);
            }
        });
        return new StartBackAnswers(agreed, bothersomeness);
    }

    private List<StartBackItem> unanswered() {
        return Arrays.stream(StartBackItem.values()).filter(item -> !items.containsKey(item)).toList();
    }
}
