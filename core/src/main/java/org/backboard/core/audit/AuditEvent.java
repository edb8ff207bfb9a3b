package org.backboard.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One line of the audit trail: when, who, what, on which patient and record, and the names of
 * the fields that changed (never their values: the trail must not become a copy of health data).
 * A failed sign-in under an unknown name has no clinician, only the name that was tried. A
 * patient acting in their own app is the actor as themselves ({@code patientActor}), a system
 * reading through the API its client ({@code apiClientActor}); never more than one actor. Patients
 * and clients are kept as id values, so the trail depends on no feature that writes into it.
 */
public record AuditEvent(
        Instant occurredAt,
        Optional<ClinicianId> actor,
        Optional<UUID> patientActor,
        Optional<UUID> apiClientActor,
        Optional<String> attemptedUsername,
        AuditAction action,
        Optional<UUID> patient,
        String entity,
        String entityId,
        List<String> changedFields) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurred at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entity id");
        long actors = Stream.of(actor, patientActor, apiClientActor).filter(Optional::isPresent).count();
        if (actors > 1 || actors == 0 && attemptedUsername.isEmpty()) {
            throw new IllegalArgumentException("an audit event names who acted: one clinician, patient or API client");
        }
        changedFields = List.copyOf(changedFields);
    }

    public static AuditEvent onPatient(Instant at, ClinicianId actor, AuditAction action, UUID patient,
                                       List<String> changedFields) {
        return new AuditEvent(at, Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(),
                action, Optional.of(patient), "patient",
                patient.toString(), changedFields);
    }

    /** Something refused on a patient not yet registered: there is no record to point at. */
    public static AuditEvent onNewPatient(Instant at, ClinicianId actor, AuditAction action, List<String> fields) {
        return new AuditEvent(at, Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(),
                action, Optional.empty(), "patient", "new",
                fields);
    }

    /** A read or change of one part of a patient's record (an episode, a check-in, a flag). */
    public static AuditEvent onPatientRecord(Instant at, ClinicianId actor, AuditAction action, UUID patient,
                                             String entity, UUID entityId, List<String> changedFields) {
        return new AuditEvent(at, Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(),
                action, Optional.of(patient), entity,
                entityId.toString(), changedFields);
    }

    /** A change to the clinic's reference data (the exercise library, program templates). */
    public static AuditEvent onLibrary(Instant at, ClinicianId actor, AuditAction action, String entity, UUID entityId,
                                       List<String> changedFields) {
        return new AuditEvent(at, Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(),
                action, Optional.empty(), entity,
                entityId.toString(), changedFields);
    }

    /** A read across the clinic or a caseload (the worklist, clinic outcomes) rather than of one patient. */
    public static AuditEvent onClinic(Instant at, ClinicianId actor, AuditAction action, String entity,
                                      String scope) {
        return new AuditEvent(at, Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(),
                action, Optional.empty(), entity, scope,
                List.of());
    }

    /**
     * A read or change across many patients (an export of a roster, an import of a file), with the names
     * of what shaped it (the filters in force), never their values: a search may be a patient's name.
     */
    public static AuditEvent onClinic(Instant at, ClinicianId actor, AuditAction action, String entity,
                                      String scope, List<String> shapedBy) {
        return new AuditEvent(at, Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(),
                action, Optional.empty(), entity,
                scope, shapedBy);
    }

    /** A page of the application, named by its address (a refused attempt at a lead's page). */
    public static AuditEvent onPage(Instant at, ClinicianId actor, AuditAction action, String path) {
        return new AuditEvent(at, Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(),
                action, Optional.empty(), "page", path,
                List.of());
    }

    public static AuditEvent onClinician(Instant at, ClinicianId actor, AuditAction action, ClinicianId subject,
                                         List<String> changedFields) {
        return new AuditEvent(at, Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(),
                action, Optional.empty(), "clinician",
                subject.value().toString(), changedFields);
    }

    /** Something a patient did or read in their own app, on their own record. */
    public static AuditEvent byPatient(Instant at, UUID patient, AuditAction action, String entity, String entityId,
                                       List<String> changedFields) {
        return new AuditEvent(at, Optional.empty(), Optional.of(patient), Optional.empty(), Optional.empty(), action,
                Optional.of(patient), entity, entityId, changedFields);
    }

    /**
     * A read through the API, or its refusal, with the client as the actor: on a patient (or, with
     * no patient, across the client's scope).
     */
    public static AuditEvent byApiClient(Instant at, UUID client, AuditAction action, Optional<UUID> patient,
                                         String entity, String entityId, List<String> fields) {
        return new AuditEvent(at, Optional.empty(), Optional.empty(), Optional.of(client), Optional.empty(), action,
                patient, entity, entityId, fields);
    }
}
