package org.backboard.core.audit;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.RowSink;
import org.backboard.core.shared.Texts;

/** Clinic leads read and export the audit trail; exporting is itself audited. */
public class AuditService {

    /** An export holds at most this many rows; narrow the filters for more. */
    public static final int EXPORT_LIMIT = 100_000;

    private final AuditTrail trail;
    private final Clinicians clinicians;
    private final Clock clock;

    public AuditService(AuditTrail trail, Clinicians clinicians, Clock clock) {
        this.trail = trail;
        this.clinicians = clinicians;
        this.clock = clock;
    }

    /**
     * Records that the actor was refused a page their role does not open (a therapist at a lead's
     * page), like refused patients. The address is kept as typed, made storable and cut to the
     * trail's 64 characters.
     */
    @Transactional
    public void pageRefused(Actor actor, String path) {
        String page = Texts.truncate(Texts.storable(path == null ? "" : path, Texts.Shape.LINE), 63);
        trail.record(AuditEvent.onPage(clock.instant(), actor.id(), AuditAction.PAGE_ACCESS_DENIED, "/" + page));
    }

    public List<AuditEntry> search(Actor actor, AuditQuery query, int offset, int limit) {
        requireLead(actor);
        return trail.search(query, Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    public int count(Actor actor, AuditQuery query) {
        requireLead(actor);
        return trail.count(query);
    }

    /**
     * The filtered trail, newest first, into the sink (the application writes it as CSV); the export is
     * itself audited. At most {@link #EXPORT_LIMIT} events.
     */
    @Transactional
    public void export(Actor actor, AuditQuery query, RowSink<AuditEntry> sink) {
        requireLead(actor);
        // read before the export's own event is written, so the export does not list itself
        List<AuditEntry> entries = trail.search(query, 0, EXPORT_LIMIT);
        trail.record(new AuditEvent(clock.instant(), Optional.of(actor.id()), Optional.empty(), Optional.empty(),
                Optional.empty(), AuditAction.AUDIT_EXPORTED, Optional.empty(), "audit", "export", List.of()));
        sink.begin();
        for (AuditEntry entry : entries) {
            if (!sink.accept(entry)) {
                return;
            }
        }
    }

    private void requireLead(Actor actor) {
        if (!ActorCheck.current(clinicians, actor).isLead()) {
            throw new NotPermittedException("only clinic leads read the audit trail");
        }
    }
}
