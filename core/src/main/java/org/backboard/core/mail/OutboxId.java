package org.backboard.core.mail;

import java.util.Objects;
import java.util.UUID;

/** One message in the outbox; also the stable part of its Message-ID. */
public record OutboxId(UUID value) {

    public OutboxId {
        Objects.requireNonNull(value, "outbox id");
    }

    public static OutboxId newId() {
        return new OutboxId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
