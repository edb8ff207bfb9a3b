package org.backboard.core.outcome;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** STarT Back answers: the items agreed with (1-8) and item 9, bothersomeness. */
public record StartBackAnswers(Set<StartBackItem> agreed, Bothersomeness bothersomeness) implements Measurement {

    public StartBackAnswers {
        agreed = Set.copyOf(agreed);
        Objects.requireNonNull(bothersomeness, "Item 9 (bothersomeness) needs an answer");
    }

    public StartBack.Result result() {
        return StartBack.score(agreed, bothersomeness);
    }

    @Override
    public Instrument instrument() {
        return Instrument.START_BACK;
    }

    @Override
    public String scoreText() {
        StartBack.Result result = result();
        return result.risk().name().toLowerCase(Locale.ENGLISH) + " risk · total " + result.total()
                + "/9, psychosocial " + result.psychosocial() + "/5";
    }

    /** The items agreed with by number, and item 9 in words: "agreed 1, 5, 6 · item 9 very much". */
    @Override
    public String answersText() {
        String items = agreed.stream().sorted().map(item -> String.valueOf(item.ordinal() + 1))
                .collect(Collectors.joining(", "));
        return (items.isEmpty() ? "agreed with none" : "agreed " + items) + " · item 9 "
                + bothersomeness.label().toLowerCase(Locale.ENGLISH);
    }
}
