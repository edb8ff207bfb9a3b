package org.backboard.core.care;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.Patients;

/**
 * The caseload rule ({@link Actor#maySeePatientsOf}) applied to care records: an attempt on another
 * caseload is audited and looks like "not found".
 */
final class Caseload {

    static final String ARCHIVED = "This patient is archived: restore them before recording care";

    private final Patients patients;
    private final Episodes episodes;
    private final AuditTrail audit;
    private final Clock clock;

    Caseload(Patients patients, Episodes episodes, AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.episodes = episodes;
        this.audit = audit;
        this.clock = clock;
    }

    /** An episode with its patient, if the actor may see that patient. */
    Optional<PatientEpisode> visibleEpisode(Actor actor, EpisodeId id) {
        return episodes.find(id).flatMap(episode -> visible(actor, episode.patient())
                .map(patient -> new PatientEpisode(patient, episode)));
    }

    record PatientEpisode(Patient patient, Episode episode) { }

    Optional<Patient> visible(Actor actor, PatientId id) {
        Optional<Patient> found = patients.find(id);
        if (found.isPresent() && !actor.maySeePatientsOf(found.get().therapist())) {
            audit.record(AuditEvent.onPatient(clock.instant(), actor.id(), AuditAction.PATIENT_ACCESS_DENIED,
                    id.value(), List.of()));
            return Optional.empty();
        }
        return found;
    }

    void record(Actor actor, AuditAction action, PatientId patient, String entity, UUID entityId,
                List<String> fields) {
        audit.record(AuditEvent.onPatientRecord(clock.instant(), actor.id(), action, patient.value(), entity,
                entityId, fields));
    }
}
