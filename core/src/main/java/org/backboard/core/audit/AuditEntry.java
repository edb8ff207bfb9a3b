package org.backboard.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A row of the audit view, with names resolved for reading: the patient's name and MRN (leads, the
 * only readers, may see every patient) and the kind of record in words. The internal ids stay for
 * the export, where an investigation may need them.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String who,
        AuditAction action,
        String patientName,
        String patientMrn,
        String entity,
        String entityId,
        List<String> changedFields) {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("patient", "Patient"),
            Map.entry("episode", "Episode"),
            Map.entry("check_in", "Check-in"),
            Map.entry("red_flag", "Red flag"),
            Map.entry("outcome_measure", "Questionnaire"),
            Map.entry("program", "Exercise program"),
            Map.entry("exercise_session", "Exercise session"),
            Map.entry("exercise", "Library exercise"),
            Map.entry("program_template", "Program template"),
            Map.entry("worklist", "Worklist"),
            Map.entry("clinic_outcomes", "Clinic outcomes"),
            Map.entry("clinician", "Account"),
            Map.entry("session", "Sign-in"),
            Map.entry("audit", "Audit trail"),
            Map.entry("roster", "Roster"),
            Map.entry("patient_import", "Patient import"),
            Map.entry("page", "Page"),
            Map.entry("mail_outbox", "Mail"),
            Map.entry("api_client", "API client"),
            Map.entry("bulk_export", "Bulk export"));

    /**
     * The kind of record in words ("Check-in", "Red flag"); a page names its address, an export of the
     * roster its scope and an import its counts.
     */
    public String record() {
        String kind = KINDS.getOrDefault(entity, entity.replace('_', ' '));
        return switch (entity) {
            case "page" -> kind + " " + entityId;
            case "roster", "patient_import" -> kind + " (" + entityId + ")";
            default -> kind;
        };
    }

    /** "Family, Given (MRN)", or empty when the event is on no patient. */
    public String patient() {
        if (patientMrn == null) {
            return "";
        }
        return patientName == null ? patientMrn : patientName + " (" + patientMrn + ")";
    }
}
