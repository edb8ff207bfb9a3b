package org.backboard.persistence;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * The row of an aggregate root edited as a whole. A new one has no version, so Spring Data persists it and
 * Hibernate numbers it from 0. A stored one carries the version the caller read, so Spring Data merges it and
 * Hibernate's {@code @Version} refuses the save when that version is stale, when someone committed in between,
 * or when the row is gone.
 */
@MappedSuperclass
public abstract class VersionedRow {

    @Id
    private UUID id;

    @Version
    private Long version;

    /** Identifies the row of an aggregate read at {@code version}, or of a new one when it is not stored. */
    protected final void identify(UUID id, long version, boolean stored) {
        this.id = id;
        this.version = stored ? version : null;
    }

    protected final UUID id() {
        return id;
    }

    protected final long version() {
        return version;
    }
}
