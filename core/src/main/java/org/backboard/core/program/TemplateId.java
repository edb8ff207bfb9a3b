package org.backboard.core.program;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record TemplateId(UUID value) {

    public TemplateId {
        Objects.requireNonNull(value, "template id");
    }

    public static TemplateId newId() {
        return new TemplateId(UUID.randomUUID());
    }

    public static Optional<TemplateId> parse(String raw) {
        try {
            return Optional.of(new TemplateId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
