package org.backboard.core.audit;

import java.util.List;

/** Port: the append-only audit trail. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Newest first. */
    List<AuditEntry> search(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);
}
