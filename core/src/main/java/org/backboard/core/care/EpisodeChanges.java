package org.backboard.core.care;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;

/** The names (never the values) of the episode fields a change touched, for the audit trail. */
public final class EpisodeChanges {

    private static final List<Field<EpisodeDetails>> DETAILS = List.of(
            new Field<>("region", EpisodeDetails::region),
            new Field<>("onset", EpisodeDetails::onset),
            new Field<>("startDate", EpisodeDetails::startDate),
            new Field<>("diagnosis", EpisodeDetails::diagnosis),
            new Field<>("painType", EpisodeDetails::painType),
            new Field<>("riskFactors", EpisodeDetails::riskFactors));

    private EpisodeChanges() {
    }

    public static List<String> present(EpisodeDetails details) {
        List<String> names = new ArrayList<>();
        for (Field<EpisodeDetails> field : DETAILS) {
            Object value = field.read().apply(details);
            if (!(value instanceof java.util.Collection<?> c && c.isEmpty())) {
                names.add(field.name());
            }
        }
        return names;
    }

    static List<String> between(Episode before, Episode after) {
        List<String> names = new ArrayList<>();
        for (Field<EpisodeDetails> field : DETAILS) {
            if (!Objects.equals(field.read().apply(before.details()), field.read().apply(after.details()))) {
                names.add(field.name());
            }
        }
        if (before.status() != after.status()) {
            names.add("status");
        }
        if (!before.discharge().equals(after.discharge())) {
            names.add("discharge");
        }
        return names;
    }

    private record Field<T>(String name, Function<T, Object> read) { }
}
