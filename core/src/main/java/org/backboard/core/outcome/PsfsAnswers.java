package org.backboard.core.outcome;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.backboard.core.shared.Texts;

/**
 * Patient-Specific Functional Scale: 3-5 activities the patient finds hard, each scored 0 (unable)
 * to 10 (as before the problem); the score is their mean.
 */
public record PsfsAnswers(List<Activity> activities) implements Measurement {

    public static final int MIN_ACTIVITIES = 3;
    public static final int MAX_ACTIVITIES = 5;
    public static final int MAX_NAME = 80;
    static final String HOW_MANY = "Score " + MIN_ACTIVITIES + " to " + MAX_ACTIVITIES + " activities";
    static final String NAMED_TWICE = "Each activity is named once";

    public record Activity(String name, int score) {

        public Activity {
            Texts.problem(name, Texts.Shape.LINE).ifPresent(message -> {
                throw new IllegalArgumentException(message);
            });
            name = Texts.strip(Objects.requireNonNullElse(name, ""));
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Name the activity");
            }
            if (name.length() > MAX_NAME) {
                throw new IllegalArgumentException("An activity's name has at most " + MAX_NAME + " characters");
            }
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("An activity is scored 0-10");
            }
        }
    }

    public PsfsAnswers {
        activities = List.copyOf(activities);
        if (activities.size() < MIN_ACTIVITIES || activities.size() > MAX_ACTIVITIES) {
            throw new IllegalArgumentException(HOW_MANY);
        }
        Set<String> names = new HashSet<>();
        for (Activity activity : activities) {
            if (!names.add(key(activity.name()))) {
                throw new IllegalArgumentException(NAMED_TWICE);
            }
        }
    }

    /**
     * Whether these rate the activities {@code earlier} named, in the same order: a later PSFS re-rates
     * the same activities, so that their scores can be compared (letter case aside).
     */
    public boolean sameActivitiesAs(PsfsAnswers earlier) {
        return activities.stream().map(a -> key(a.name())).toList()
                .equals(earlier.activities().stream().map(a -> key(a.name())).toList());
    }

    /** An activity's name as compared: two names differing only in letter case are one activity. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The mean score, to one decimal. */
    public double mean() {
        double sum = activities.stream().mapToInt(Activity::score).sum();
        return Math.round(sum * 10 / activities.size()) / 10.0;
    }

    @Override
    public Instrument instrument() {
        return Instrument.PSFS;
    }

    @Override
    public String scoreText() {
        return String.format(Locale.ENGLISH, "mean %.1f/10 over %d activities", mean(), activities.size());
    }

    /** Each activity with its score: "Gardening 3 · Driving 5 · Sitting 4". */
    @Override
    public String answersText() {
        return activities.stream().map(a -> a.name() + " " + a.score()).collect(Collectors.joining(" · "));
    }
}
