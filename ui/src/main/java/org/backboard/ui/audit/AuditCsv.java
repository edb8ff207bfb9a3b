package org.backboard.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.backboard.core.audit.AuditEntry;

/** The audit export's columns: the view's readable ones first, then the internal names and ids an investigation may need. */
final class AuditCsv {

    static final List<String> HEADER = List.of("time", "who", "action", "patient", "patient_mrn", "record", "entity",
            "entity_id", "changed_fields");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AuditCsv() {
    }

    static List<String> cells(AuditEntry entry, ZoneId zone) {
        return Arrays.asList(
                TIME.format(entry.occurredAt().atZone(zone)),
                entry.who(),
                entry.action().label(),
                entry.patientName(),
                entry.patientMrn(),
                entry.record(),
                entry.entity(),
                entry.entityId(),
                String.join(" ", entry.changedFields()));
    }
}
