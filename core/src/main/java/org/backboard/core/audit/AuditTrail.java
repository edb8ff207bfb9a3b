package org.backboard.core.audit;

import java.util.List;

/** Port: the append-only audit trail. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Many events at once (a bulk import audits every patient it saves), in the caller's transaction. */
    default void recordAll(List<AuditEvent> events) {
        events.forEach(this::record);
    }

    /** Newest first. */
    List<AuditEntry> search(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);
}
