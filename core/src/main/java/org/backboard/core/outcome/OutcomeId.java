package org.backboard.core.outcome;

import java.util.Objects;
import java.util.UUID;

public record OutcomeId(UUID value) {

    public OutcomeId {
        Objects.requireNonNull(value, "id");
    }

    public static OutcomeId newId() {
        return new OutcomeId(UUID.randomUUID());
    }
}
