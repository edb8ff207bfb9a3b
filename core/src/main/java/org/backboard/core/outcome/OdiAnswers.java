package org.backboard.core.outcome;

import java.util.Locale;
import java.util.Map;

/**
 * Oswestry answers: the answered sections only. Only a scorable questionnaire (at most two
 * sections unanswered) can be kept, so {@link #scored()} always has a score.
 */
public record OdiAnswers(Map<OswestrySection, Integer> answers) implements Measurement {

    public OdiAnswers {
        answers = Map.copyOf(answers);
        if (!(Oswestry.score(answers) instanceof Oswestry.Scored)) {
            throw new IllegalArgumentException("Answer at least " + (OswestrySection.values().length
                    - Oswestry.MAX_UNANSWERED) + " of the " + OswestrySection.values().length + " sections");
        }
    }

    public Oswestry.Scored scored() {
        return (Oswestry.Scored) Oswestry.score(answers);
    }

    @Override
    public Instrument instrument() {
        return Instrument.ODI;
    }

    @Override
    public String scoreText() {
        Oswestry.Scored scored = scored();
        return scored.percent() + " % · " + scored.band().label().toLowerCase(Locale.ENGLISH);
    }

    @Override
    public String answersText() {
        return answers.size() + " of " + OswestrySection.values().length + " sections answered";
    }
}
