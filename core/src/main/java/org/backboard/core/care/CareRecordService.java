package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckIns;

/** Reads a patient's care record for the patient page, in a few queries, audited as a read. */
public class CareRecordService {

    private static final Comparator<EpisodeOverview> OPEN_FIRST_THEN_NEWEST = Comparator
            .comparing((EpisodeOverview overview) -> overview.episode().isDischarged())
            .thenComparing(overview -> overview.episode().details().startDate(), Comparator.reverseOrder());

    private final Episodes episodes;
    private final CheckIns checkIns;
    private final RaisedFlags flags;
    private final ProgramService programs;
    private final OutcomeMeasures outcomes;
    private final CareAccess care;
    private final CareRecordOwners owners;
    private final Clock clock;

    public CareRecordService(Episodes episodes, CheckIns checkIns, RaisedFlags flags, ProgramService programs,
                             OutcomeMeasures outcomes, CareAccess care, CareRecordOwners owners, Clock clock) {
        this.owners = owners;
        this.episodes = episodes;
        this.programs = programs;
        this.outcomes = outcomes;
        this.checkIns = checkIns;
        this.flags = flags;
        this.care = care;
        this.clock = clock;
    }

    @Transactional
    public Optional<CareRecord> read(Actor claimed, PatientId id) {
        Actor actor = care.actor(claimed);
        Optional<Patient> patient = care.visible(actor, id);
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        care.record(actor, AuditAction.CARE_RECORD_VIEWED, id, "patient", id.value(), List.of());
        return Optional.of(assemble(patient.get()));
    }

    /**
     * The same record for an API client whose scope covers the patient now (else empty, like a
     * patient that does not exist), audited as a read through the API with the client as actor.
     * {@code what} names the part read for the audit ("patient", "$everything", a resource type).
     */
    @Transactional
    public Optional<CareRecord> read(ApiClientActor client, PatientId id, String what) {
        return read(client, care.clientScope(client), id, what);
    }

    /**
     * For an API read by id: the record of the patient that holds the record with this id (their
     * own, an episode's, a check-in's…), on the same terms as {@link #read(ApiClientActor, PatientId, String)}.
     * The client is checked before the lookup, so a revoked one learns nothing of what exists.
     */
    @Transactional
    public Optional<CareRecord> readHolding(ApiClientActor client, UUID recordId, String what) {
        ApiClientScope scope = care.clientScope(client);
        return owners.patientOf(recordId).flatMap(patient -> read(client, scope, patient, what));
    }

    private Optional<CareRecord> read(ApiClientActor client, ApiClientScope scope, PatientId id, String what) {
        Optional<Patient> patient = care.visible(client, scope, id);
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        care.record(client, AuditAction.API_RECORD_READ, id, "patient", id.value().toString(), List.of(what));
        return Optional.of(assemble(patient.get()));
    }

    private CareRecord assemble(Patient patient) {
        PatientId id = patient.id();
        List<Episode> all = episodes.forPatient(id);
        Map<EpisodeId, List<CheckIn>> timelines = checkIns.timelines(all.stream().map(Episode::id).toList());
        List<RaisedFlag> patientFlags = flags.forPatient(id);
        Map<EpisodeId, List<RaisedFlag>> flagsByEpisode = patientFlags.stream()
                .collect(Collectors.groupingBy(RaisedFlag::episode));
        Map<EpisodeId, ProgramOverview> programsByEpisode = programs.overviews(all);
        Map<EpisodeId, List<OutcomeAdministration>> taken = outcomes.forEpisodes(all.stream().map(Episode::id).toList());
        LocalDate today = LocalDate.now(clock);
        List<EpisodeOverview> overviews = all.stream()
                .map(episode -> EpisodeOverview.of(episode, today, timelines.getOrDefault(episode.id(), List.of()),
                        flagsByEpisode.getOrDefault(episode.id(), List.of()),
                        Optional.ofNullable(programsByEpisode.get(episode.id())),
                        new OutcomeHistory(taken.getOrDefault(episode.id(), List.of()))))
                .sorted(OPEN_FIRST_THEN_NEWEST)
                .toList();
        return new CareRecord(patient, overviews, patientFlags);
    }
}
