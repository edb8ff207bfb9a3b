package org.backboard.core.audit;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Texts;

/** Clinic leads read and export the audit trail; exporting is itself audited. */
public class AuditService {

    /** An export holds at most this many rows; narrow the filters for more. */
    public static final int EXPORT_LIMIT = 100_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

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

    /** The filtered trail as CSV (RFC 4180), newest first. */
    @Transactional
    public String exportCsv(Actor actor, AuditQuery query) {
        requireLead(actor);
        ZoneId zone = clock.getZone();
        // the view's readable columns first, then the internal names and ids an investigation may need
        StringBuilder csv = new StringBuilder(
                "time,who,action,patient,patient_mrn,record,entity,entity_id,changed_fields\r\n");
        for (AuditEntry entry : trail.search(query, 0, EXPORT_LIMIT)) {
            csv.append(String.join(",",
                    cell(TIME.format(entry.occurredAt().atZone(zone))),
                    cell(entry.who()),
                    cell(entry.action().label()),
                    cell(entry.patientName()),
                    cell(entry.patientMrn()),
                    cell(entry.record()),
                    cell(entry.entity()),
                    cell(entry.entityId()),
                    cell(String.join(" ", entry.changedFields())))).append("\r\n");
        }
        trail.record(new AuditEvent(clock.instant(), Optional.of(actor.id()), Optional.empty(), Optional.empty(),
                AuditAction.AUDIT_EXPORTED, Optional.empty(), "audit", "export", List.of()));
        return csv.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // quoted always; a leading formula character (tab and carriage return included, and whatever
        // follows, line breaks too) is defused for spreadsheet users
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private void requireLead(Actor actor) {
        if (!ActorCheck.current(clinicians, actor).isLead()) {
            throw new NotPermittedException("only clinic leads read the audit trail");
        }
    }
}
