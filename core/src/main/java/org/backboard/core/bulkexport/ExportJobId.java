package org.backboard.core.bulkexport;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One bulk export job; its id is the last part of its status URL. */
public record ExportJobId(UUID value) {

    public ExportJobId {
        Objects.requireNonNull(value, "export job id");
    }

    public static ExportJobId newId() {
        return new ExportJobId(UUID.randomUUID());
    }

    /** The id in a URL a client typed or forged: empty unless it is a UUID. */
    public static Optional<ExportJobId> parse(String text) {
        try {
            return Optional.of(new ExportJobId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
