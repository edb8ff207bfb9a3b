package org.backboard.core.audit;

import java.util.ArrayList;
import java.util.List;

/** Test fake of the audit trail: keeps the events in order, answers no queries. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        throw new UnsupportedOperationException("not needed by the core tests");
    }

    @Override
    public int count(AuditQuery query) {
        return events.size();
    }

    public List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public List<AuditAction> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }
}
