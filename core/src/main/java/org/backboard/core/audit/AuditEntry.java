package org.backboard.core.audit;

import java.time.Instant;
import java.util.List;

/** A row of the audit view, with names resolved for reading. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String who,
        AuditAction action,
        String patientMrn,
        String entity,
        String entityId,
        List<String> changedFields) {
}
