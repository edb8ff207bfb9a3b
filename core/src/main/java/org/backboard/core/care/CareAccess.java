package org.backboard.core.care;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientCheck;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.apiclient.ApiClients;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.Patients;
import org.backboard.core.patientapp.PatientAccount;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.shared.Result;

/**
 * Who may touch which care record, decided in one place for every care use case. A use case runs
 * only for the clinician as their account stands now ({@link ActorCheck}), on a patient they may
 * see (the caseload rule, {@link Actor#maySeePatientsOf}): an attempt on another caseload is
 * audited and looks exactly like a record that does not exist. Named guards add what a use case
 * needs on top. A patient's own use cases go through {@link #onOwnCare}: their own record only. A
 * system reading through the API is an {@link ApiClientActor}: the client as stored now gives its
 * scope ({@link #clientScope}), and a patient outside it looks like one that does not exist.
 * <p>
 * Deliberately without {@link Guard#PATIENT_NOT_ARCHIVED}: acknowledging a red flag. Archiving a
 * patient does not make their open warning signs safe; an open flag stays on the worklist and must
 * stay closable with its action and note. (An archived patient's other worklist items leave the
 * list, so acknowledging one finds it gone.)
 */
public class CareAccess {

    /** What a care use case needs beyond seeing the patient. */
    public enum Guard {
        /** New care is recorded on active patients only: restore an archived one first. */
        PATIENT_NOT_ARCHIVED("patient", "This patient is archived: restore them before recording care"),
        /** A discharged episode's program and sessions are closed. */
        EPISODE_OPEN("episode", "This episode is discharged: its program is closed");

        private final String field;
        private final String message;

        Guard(String field, String message) {
            this.field = field;
            this.message = message;
        }

        private boolean holdsFor(Patient patient, Optional<Episode> episode) {
            return switch (this) {
                case PATIENT_NOT_ARCHIVED -> !patient.isArchived();
                case EPISODE_OPEN -> episode.map(e -> !e.isDischarged()).orElse(true);
            };
        }
    }

    /** An episode with its patient, as the use cases receive them. */
    public record PatientEpisode(Patient patient, Episode episode) { }

    private final Patients patients;
    private final Episodes episodes;
    private final Clinicians clinicians;
    private final PatientAccounts accounts;
    private final ApiClients apiClients;
    private final AuditTrail audit;
    private final Clock clock;

    public CareAccess(Patients patients, Episodes episodes, Clinicians clinicians, PatientAccounts accounts,
                      ApiClients apiClients, AuditTrail audit, Clock clock) {
        this.apiClients = apiClients;
        this.patients = patients;
        this.episodes = episodes;
        this.clinicians = clinicians;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs the use case on the patient, if the actor may see them and the guards hold. */
    <T> Result<T> onPatient(Actor claimed, PatientId id, Set<Guard> guards,
                            BiFunction<Actor, Patient, Result<T>> useCase) {
        Actor actor = actor(claimed);
        return guarded(actor, visible(actor, id), patient -> patient, patient -> Optional.empty(), guards, useCase);
    }

    /** Runs the use case on the episode and its patient, if the actor may see them and the guards hold. */
    <T> Result<T> onEpisode(Actor claimed, EpisodeId id, Set<Guard> guards,
                            BiFunction<Actor, PatientEpisode, Result<T>> useCase) {
        Actor actor = actor(claimed);
        return guarded(actor, visibleEpisode(actor, id), PatientEpisode::patient,
                found -> Optional.of(found.episode()), guards, useCase);
    }

    /** A patient with their open episodes, the most recently started first. */
    public record OwnCare(Patient patient, List<Episode> openEpisodes) { }

    /**
     * Runs a patient's use case on their own care: only while their app account is active, they are
     * not archived and they have an open episode. Anything else looks like nothing at all: a
     * patient never reaches another record.
     */
    <T> Result<T> onOwnCare(PatientActor actor, BiFunction<PatientActor, OwnCare, Result<T>> useCase) {
        return ownCare(actor).<Result<T>>map(found -> useCase.apply(actor, found))
                .orElseGet(Result.NotFound::new);
    }

    private Optional<OwnCare> ownCare(PatientActor actor) {
        if (accounts.forPatient(actor.patient()).filter(PatientAccount::isActive).isEmpty()) {
            return Optional.empty();
        }
        return patients.find(actor.patient()).filter(patient -> !patient.isArchived())
                .map(patient -> new OwnCare(patient, episodes.forPatient(patient.id()).stream()
                        .filter(episode -> !episode.isDischarged())
                        .sorted(Comparator.comparing((Episode episode) -> episode.details().startDate()).reversed())
                        .toList()))
                .filter(care -> !care.openEpisodes().isEmpty());
    }

    /** The clinician as their account stands now; refused when it is gone or deactivated. */
    Actor actor(Actor claimed) {
        return ActorCheck.current(clinicians, claimed);
    }

    /** For reads: the patient, if the actor may see them (a refused look is audited). */
    Optional<Patient> visible(Actor actor, PatientId id) {
        Optional<Patient> found = patients.find(id);
        if (found.isPresent() && !actor.maySeePatientsOf(found.get().therapist())) {
            audit.record(AuditEvent.onPatient(clock.instant(), actor.id(), AuditAction.PATIENT_ACCESS_DENIED,
                    id.value(), List.of()));
            return Optional.empty();
        }
        return found;
    }

    /**
     * The API client's scope as the client stands now; refused with a NotPermittedException when it
     * is unknown, revoked or expired, whatever token it still holds.
     */
    public ApiClientScope clientScope(ApiClientActor client) {
        return ApiClientCheck.current(apiClients, clock, client);
    }

    /**
     * For API reads: the patient, if the client's scope (read by {@link #clientScope}) covers their
     * therapist now. A patient outside it is audited as a refused look, with the client as the actor.
     */
    public Optional<Patient> visible(ApiClientActor client, ApiClientScope scope, PatientId id) {
        Optional<Patient> found = patients.find(id);
        if (found.isPresent() && !scope.covers(found.get().therapist())) {
            audit.record(AuditEvent.byApiClient(clock.instant(), client.id().value(), AuditAction.PATIENT_ACCESS_DENIED,
                    Optional.of(id.value()), "patient", id.value().toString(), List.of()));
            return Optional.empty();
        }
        return found;
    }

    /** Audits what an API client read of a patient's record, with the client as the actor. */
    public void record(ApiClientActor client, AuditAction action, PatientId patient, String entity, String entityId,
                       List<String> fields) {
        audit.record(AuditEvent.byApiClient(clock.instant(), client.id().value(), action, Optional.of(patient.value()),
                entity, entityId, fields));
    }

    /** For reads: the episode with its patient, if the actor may see that patient. */
    Optional<PatientEpisode> visibleEpisode(Actor actor, EpisodeId id) {
        return episodes.find(id).flatMap(episode -> visible(actor, episode.patient())
                .map(patient -> new PatientEpisode(patient, episode)));
    }

    /** Audits a read or change of one part of the patient's record. */
    void record(Actor actor, AuditAction action, PatientId patient, String entity, UUID entityId,
                List<String> fields) {
        audit.record(AuditEvent.onPatientRecord(clock.instant(), actor.id(), action, patient.value(), entity,
                entityId, fields));
    }

    /** Audits what a patient did or read in their own app, with the patient as the actor. */
    void record(PatientActor actor, AuditAction action, String entity, UUID entityId, List<String> fields) {
        audit.record(AuditEvent.byPatient(clock.instant(), actor.patient().value(), action, entity,
                entityId.toString(), fields));
    }

    private static <S, T> Result<T> guarded(Actor actor, Optional<S> found, Function<S, Patient> patient,
                                            Function<S, Optional<Episode>> episode, Set<Guard> guards,
                                            BiFunction<Actor, S, Result<T>> useCase) {
        if (found.isEmpty()) {
            return new Result.NotFound<>();
        }
        S subject = found.get();
        return guards.stream().sorted()
                .filter(guard -> !guard.holdsFor(patient.apply(subject), episode.apply(subject))).findFirst()
                .<Result<T>>map(guard -> Result.rejected(guard.field, guard.message))
                .orElseGet(() -> useCase.apply(actor, subject));
    }
}
