package org.backboard.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backboard.core.care.CareResults.rejectedFields;
import static org.backboard.core.care.CareResults.saved;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.apiclient.InMemoryApiClients;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.outcome.PainChangeCategory;
import org.backboard.core.outcome.ReviewPrompt;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.InMemoryPatients;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.patientapp.InMemoryPatientApp;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.redflag.Tier;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.CheckInSource;
import org.junit.jupiter.api.Test;

/** The care use cases with in-memory ports: access, validation, flags, conflicts and the audit trail. */
class CareServicesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(15, 0).atZone(ZONE).toInstant(), ZONE);

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final InMemoryPatients patients = new InMemoryPatients();
    private final InMemoryCare.InMemoryEpisodes episodeStore = new InMemoryCare.InMemoryEpisodes();
    private final InMemoryCare.InMemoryCheckIns checkInStore = new InMemoryCare.InMemoryCheckIns();
    private final InMemoryCare.InMemoryFlags flagStore = new InMemoryCare.InMemoryFlags();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    private final InMemoryApiClients apiClients =
            new InMemoryApiClients();
    private final CareAccess access = new CareAccess(patients, episodeStore, clinicians,
            new InMemoryPatientApp.Accounts(), apiClients, audit, CLOCK);

    private final EpisodeService episodes = new EpisodeService(episodeStore, checkInStore, flagStore, access, CLOCK);
    private final CheckInService checkIns = new CheckInService(checkInStore, flagStore, access, CLOCK);
    private final RedFlagService flags = new RedFlagService(flagStore, access, CLOCK);
    private final ProgramService programs = new ProgramService(new InMemoryPrograms.InMemoryProgramStore(),
            new InMemoryPrograms.InMemorySessions(), new InMemoryPrograms.InMemoryExercises(), access, CLOCK);
    private final CareRecordService care = new CareRecordService(episodeStore, checkInStore, flagStore, programs,
            new InMemoryProgress.InMemoryOutcomes(), access, id -> Optional.empty(), CLOCK);

    private final Actor lead = clinicians.enrol("lena.lead", "Lena Lead", Role.LEAD);
    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);
    private final Actor theo = clinicians.enrol("theo", "Theo Therapist", Role.THERAPIST);
    private final Patient tessPatient = patient("AB-100", tess);

    private Patient patient(String mrn, Actor therapist) {
        PatientDetails details = new PatientDetails(Mrn.of(mrn), new PersonName("Ada", "Lovelace"),
                LocalDate.of(1980, 1, 1), Sex.FEMALE, ContactDetails.of("", ""));
        return patients.save(Patient.register(details, therapist.id(), CLOCK.instant()));
    }

    private static EpisodeDraft draft(LocalDate onset, LocalDate start) {
        return new EpisodeDraft(BodyRegion.LUMBAR, onset, OnsetPrecision.DAY, start, WorkingDiagnosis.SCIATICA,
                PainType.NEUROPATHIC, Set.of());
    }

    private Episode opened(LocalDate onset, Set<RedFlag> intake) {
        return saved(episodes.open(tess, tessPatient.id(), draft(onset, onset.plusDays(3)), intake));
    }

    private static CheckInDraft checkIn(LocalDateTime at, int pain, Set<RedFlag> redFlags) {
        return new CheckInDraft(at, CheckInSource.CLINIC_VISIT, pain, 4, Set.of(), redFlags, "");
    }


    // --- API clients -------------------------------------------------------------------------

    private ApiClientActor apiClient(ApiClientScope scope,
                                                                  boolean revoked) {
        ApiClient client = new ApiClient(
                ApiClientId.newId(), "EHR", scope, "hash", lead.id(),
                CLOCK.instant().minusSeconds(60), CLOCK.instant().plusSeconds(3600),
                revoked ? Optional.of(CLOCK.instant()) : Optional.empty(), 0);
        apiClients.add(client);
        return new ApiClientActor(client.id());
    }

    @Test
    void anApiClientReadsWithinItsScopeAsItselfInTheAuditTrail() {
        var client = apiClient(new ApiClientScope.WholeClinic(), false);

        assertThat(care.read(client, tessPatient.id(), "$everything")).isPresent();

        AuditEvent event = audit.events().getLast();
        assertThat(event.action()).isEqualTo(AuditAction.API_RECORD_READ);
        assertThat(event.apiClientActor()).contains(client.id().value());
        assertThat(event.actor()).isEmpty();
        assertThat(event.patient()).contains(tessPatient.id().value());
        assertThat(event.changedFields()).containsExactly("$everything");
    }

    @Test
    void anotherCaseloadLooksLikeNoPatientToAScopedClientAndTheLookIsAudited() {
        var client = apiClient(new ApiClientScope.Caseload(theo.id()), false);

        assertThat(care.read(client, tessPatient.id(), "Patient")).isEmpty();
        assertThat(care.read(client, PatientId.newId(), "Patient")).isEmpty();

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.PATIENT_ACCESS_DENIED);
            assertThat(event.apiClientActor()).contains(client.id().value());
        });
    }

    @Test
    void aRevokedClientIsRefusedAtOnce() {
        var client = apiClient(new ApiClientScope.WholeClinic(), true);

        assertThatThrownBy(() -> care.read(client, tessPatient.id(), "Patient"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(audit.events()).isEmpty();
    }

    // --- episodes ---------------------------------------------------------------------------

    @Test
    void anEpisodeOpensOnThePatientsTherapistAndIsAudited() {
        Episode episode = opened(TODAY.minusDays(10), Set.of());

        assertThat(episode.therapist()).isEqualTo(tess.id());
        assertThat(episode.status()).isEqualTo(EpisodeStatus.ACTIVE);
        assertThat(episodeStore.find(episode.id())).contains(episode);
        AuditEvent event = audit.events().getLast();
        assertThat(event.action()).isEqualTo(AuditAction.EPISODE_OPENED);
        assertThat(event.patient()).contains(tessPatient.id().value());
        assertThat(event.changedFields()).contains("region", "onset", "startDate").doesNotContain("riskFactors");
    }

    @Test
    void aFutureOnsetIsRefusedAndNothingSaved() {
        Result<Episode> result = episodes.open(tess, tessPatient.id(), draft(TODAY.plusDays(1), TODAY), Set.of());

        assertThat(rejectedFields(result)).contains("onsetDate");
        assertThat(episodeStore.forPatient(tessPatient.id())).isEmpty();
    }

    @Test
    void anotherTherapistsPatientIsNotFoundAndTheAttemptAudited() {
        Result<Episode> result = episodes.open(theo, tessPatient.id(), draft(TODAY.minusDays(5), TODAY), Set.of());

        assertThat(result).isInstanceOf(Result.NotFound.class);
        assertThat(audit.actions()).endsWith(AuditAction.PATIENT_ACCESS_DENIED);
        assertThat(care.read(theo, tessPatient.id())).isEmpty();
        assertThat(care.read(lead, tessPatient.id())).isPresent();
    }

    @Test
    void anArchivedPatientGetsNoNewCare() {
        patients.save(patients.find(tessPatient.id()).orElseThrow().archive(CLOCK.instant()));

        assertThat(rejectedFields(episodes.open(tess, tessPatient.id(), draft(TODAY.minusDays(5), TODAY), Set.of())))
                .containsExactly("patient");
    }

    @Test
    void aStaleEditIsAConflictAndTheFirstChangeIsKept() {
        Episode episode = opened(TODAY.minusDays(10), Set.of());
        Episode held = saved(episodes.putOnHold(tess, episode.id(), episode.version()));

        Result<Episode> stale = episodes.edit(lead, episode.id(), episode.version(),
                draft(TODAY.minusDays(12), TODAY.minusDays(9)));

        assertThat(stale).isInstanceOf(Result.Conflict.class);
        assertThat(episodeStore.find(episode.id())).contains(held);
        Episode resumed = saved(episodes.resume(tess, episode.id(), held.version()));
        assertThat(resumed.status()).isEqualTo(EpisodeStatus.ACTIVE);
        assertThat(audit.actions()).contains(AuditAction.EPISODE_PUT_ON_HOLD, AuditAction.EPISODE_RESUMED);
    }

    @Test
    void dischargeBeforeTheStartOrTheLatestCheckInOrWithoutAReasonIsRefused() {
        Episode episode = opened(TODAY.minusDays(30), Set.of());
        saved(checkIns.record(tess, episode.id(), checkIn(TODAY.minusDays(5).atTime(10, 0), 5, Set.of())));

        assertThat(rejectedFields(episodes.discharge(tess, episode.id(), episode.version(), TODAY.minusDays(28),
                "Goals met"))).containsExactly("dischargeDate");
        assertThat(rejectedFields(episodes.discharge(tess, episode.id(), episode.version(), TODAY.minusDays(6),
                "Goals met"))).containsExactly("dischargeDate");
        assertThat(rejectedFields(episodes.discharge(tess, episode.id(), episode.version(), TODAY.plusDays(1),
                "Goals met"))).containsExactly("dischargeDate");
        assertThat(rejectedFields(episodes.discharge(tess, episode.id(), episode.version(), TODAY, " ")))
                .containsExactly("dischargeReason");

        Episode discharged = saved(episodes.discharge(tess, episode.id(), episode.version(), TODAY.minusDays(5),
                "Goals met"));
        assertThat(discharged.status()).isEqualTo(EpisodeStatus.DISCHARGED);
        assertThat(rejectedFields(episodes.putOnHold(tess, episode.id(), discharged.version())))
                .containsExactly("status");
    }

    @Test
    void anEditMayNotMoveTheOnsetPastACheckInNorTheStartPastTheDischarge() {
        Episode episode = opened(TODAY.minusDays(30), Set.of());
        saved(checkIns.record(tess, episode.id(), checkIn(TODAY.minusDays(20).atTime(10, 0), 5, Set.of())));

        assertThat(rejectedFields(episodes.edit(tess, episode.id(), episode.version(),
                draft(TODAY.minusDays(19), TODAY.minusDays(19))))).containsExactly("onsetDate");

        Episode discharged = saved(episodes.discharge(tess, episode.id(), episode.version(), TODAY.minusDays(10),
                "Moved away"));
        assertThat(rejectedFields(episodes.edit(tess, episode.id(), discharged.version(),
                draft(TODAY.minusDays(30), TODAY.minusDays(9))))).containsExactly("startDate");
    }

    // --- check-ins and red flags -------------------------------------------------------------

    @Test
    void aCheckInBeforeOnsetInTheFutureOrAfterDischargeIsRefused() {
        Episode episode = opened(TODAY.minusDays(30), Set.of());

        assertThat(rejectedFields(checkIns.record(tess, episode.id(),
                checkIn(TODAY.minusDays(31).atTime(23, 59), 5, Set.of())))).containsExactly("takenAt");
        assertThat(rejectedFields(checkIns.record(tess, episode.id(), checkIn(TODAY.atTime(15, 1), 5, Set.of()))))
                .containsExactly("takenAt");
        assertThat(rejectedFields(checkIns.record(tess, episode.id(),
                new CheckInDraft(null, null, null, 11, Set.of(), Set.of(), "x".repeat(2001)))))
                .containsExactly("takenAt", "source", "stiffness", "note");
        saved(checkIns.record(tess, episode.id(), checkIn(TODAY.minusDays(30).atStartOfDay(), 5, Set.of())));

        Episode discharged = saved(episodes.discharge(tess, episode.id(), episode.version(), TODAY.minusDays(2),
                "Goals met"));
        assertThat(rejectedFields(checkIns.record(tess, discharged.id(),
                checkIn(TODAY.minusDays(1).atTime(9, 0), 5, Set.of())))).containsExactly("takenAt");
        assertThat(checkInStore.timeline(episode.id())).hasSize(1);
    }

    @Test
    void yesAnswersRaiseFlagsOnceUntilAcknowledgedAndEveryStepIsAudited() {
        Episode episode = opened(TODAY.minusDays(10), Set.of(RedFlag.TRAUMA));
        assertThat(flagStore.all()).extracting(RaisedFlag::sign).containsExactly(RedFlag.TRAUMA);
        assertThat(flagStore.all().getFirst().checkIn()).as("raised at intake").isEmpty();

        CheckInService.Recorded first = saved(checkIns.record(tess, episode.id(),
                checkIn(TODAY.atTime(9, 0), 8, Set.of(RedFlag.SADDLE_NUMBNESS, RedFlag.TRAUMA))));
        assertThat(first.raised()).extracting(RaisedFlag::sign).containsExactly(RedFlag.SADDLE_NUMBNESS);
        assertThat(first.raised().getFirst().checkIn()).contains(first.checkIn().id());
        assertThat(audit.actions()).containsSubsequence(AuditAction.CHECK_IN_RECORDED, AuditAction.RED_FLAG_RAISED);

        CareRecord record = care.read(tess, tessPatient.id()).orElseThrow();
        assertThat(record.openFlags()).extracting(RaisedFlag::tier).containsExactly(Tier.EMERGENCY, Tier.URGENT);

        RaisedFlag emergency = record.openFlags().getFirst();
        assertThat(rejectedFields(flags.acknowledge(tess, emergency.id(), emergency.version(), null, " ")))
                .containsExactly("action", "note");
        RaisedFlag acknowledged = saved(flags.acknowledge(tess, emergency.id(), emergency.version(),
                AcknowledgementAction.REFERRED_TO_EMERGENCY_CARE, "Sent to A&E by ambulance"));
        assertThat(acknowledged.acknowledgement().orElseThrow().by()).isEqualTo(tess.id());
        assertThat(acknowledged.acknowledgement().orElseThrow().at()).isEqualTo(CLOCK.instant());
        assertThat(audit.actions()).endsWith(AuditAction.RED_FLAG_ACKNOWLEDGED);
        assertThat(flags.acknowledge(lead, emergency.id(), emergency.version(),
                AcknowledgementAction.REVIEWED_NOT_A_CONCERN, "late")).isInstanceOf(Result.Conflict.class);

        CheckInService.Recorded again = saved(checkIns.record(tess, episode.id(),
                checkIn(TODAY.atTime(10, 0), 8, Set.of(RedFlag.SADDLE_NUMBNESS))));
        assertThat(again.raised()).as("acknowledged, then answered yes again: a new flag").hasSize(1);
    }

    @Test
    void anArchivedPatientsOpenFlagCanStillBeAcknowledgedButTheyGetNoNewCheckIn() {
        Episode episode = opened(TODAY.minusDays(10), Set.of(RedFlag.FEVER));
        RaisedFlag flag = flagStore.all().getFirst();
        patients.save(patients.find(tessPatient.id()).orElseThrow().archive(CLOCK.instant()));

        assertThat(rejectedFields(checkIns.record(tess, episode.id(),
                checkIn(TODAY.atTime(9, 0), 3, Set.of())))).containsExactly("patient");
        RaisedFlag acknowledged = saved(flags.acknowledge(tess, flag.id(), flag.version(),
                AcknowledgementAction.REFERRED_TO_PHYSICIAN, "Called: seen by GP, no infection"));
        assertThat(acknowledged.isOpen()).isFalse();
    }

    @Test
    void anotherTherapistCannotAcknowledgeAFlagOnTheirColleaguesPatient() {
        opened(TODAY.minusDays(10), Set.of(RedFlag.FEVER));
        RaisedFlag flag = flagStore.all().getFirst();

        assertThat(flags.acknowledge(theo, flag.id(), flag.version(), AcknowledgementAction.REFERRED_TO_PHYSICIAN,
                "GP")).isInstanceOf(Result.NotFound.class);
        assertThat(flagStore.find(flag.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aPhoneCallRecordingOnlyARedFlagAnswerIsSavedButAnEmptyCheckInIsNot() {
        Episode episode = opened(TODAY.minusDays(10), Set.of());
        LocalDateTime call = TODAY.atTime(9, 0);

        CheckInService.Recorded recorded = saved(checkIns.record(tess, episode.id(), new CheckInDraft(call,
                CheckInSource.PHONE, null, null, Set.of(), Set.of(RedFlag.SADDLE_NUMBNESS), "")));
        assertThat(recorded.checkIn().pain()).isEmpty();
        assertThat(recorded.checkIn().stiffness()).isEmpty();
        assertThat(recorded.raised()).extracting(RaisedFlag::sign).containsExactly(RedFlag.SADDLE_NUMBNESS);
        assertThat(rejectedFields(checkIns.record(tess, episode.id(),
                new CheckInDraft(call, CheckInSource.PHONE, null, null, Set.of(), Set.of(), " ")))).containsExactly("checkIn");
    }

    @Test
    void painChangeReadsOnlyTheCheckInsThatScoredPain() {
        Episode episode = opened(TODAY.minusDays(40), Set.of());
        saved(checkIns.record(tess, episode.id(), checkIn(TODAY.minusDays(35).atTime(9, 0), 6, Set.of())));
        saved(checkIns.record(tess, episode.id(), checkIn(TODAY.minusDays(3).atTime(9, 0), 3, Set.of())));
        saved(checkIns.record(tess, episode.id(), new CheckInDraft(TODAY.minusDays(1).atTime(9, 0),
                CheckInSource.PHONE, null, 4, Set.of(), Set.of(), "Stiff this morning")));

        EpisodeOverview overview = care.read(tess, tessPatient.id()).orElseThrow().episodes().getFirst();
        assertThat(overview.pain().orElseThrow().current().value()).isEqualTo(3);
        assertThat(overview.pain().orElseThrow().category()).isEqualTo(PainChangeCategory.IMPROVED);
    }

    @Test
    void theCareRecordShowsTheClockPainChangeAndPromptForToday() {
        Episode episode = opened(TODAY.minusDays(40), Set.of());
        saved(checkIns.record(tess, episode.id(), checkIn(TODAY.minusDays(35).atTime(9, 0), 6, Set.of())));
        saved(checkIns.record(tess, episode.id(), checkIn(TODAY.minusDays(1).atTime(9, 0), 5, Set.of())));

        EpisodeOverview overview = care.read(tess, tessPatient.id()).orElseThrow().episodes().getFirst();

        assertThat(overview.chronicity().days()).isEqualTo(40);
        assertThat(overview.chronicity().week()).isEqualTo(6);
        assertThat(overview.pain().orElseThrow().category()).isEqualTo(PainChangeCategory.NO_IMPORTANT_CHANGE);
        assertThat(overview.prompt()).contains(ReviewPrompt.NOT_IMPROVING);
        assertThat(overview.timeline()).hasSize(2);
        assertThat(audit.actions()).endsWith(AuditAction.CARE_RECORD_VIEWED);
    }

    @Test
    void aDeactivatedTherapistCanNoLongerRecordCare() {
        Episode episode = opened(TODAY.minusDays(10), Set.of());
        clinicians.update(clinicians.findById(tess.id()).orElseThrow().deactivated());

        assertThatThrownBy(() -> checkIns.record(tess, episode.id(), checkIn(TODAY.atTime(9, 0), 3, Set.of())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(Optional.of(checkInStore.timeline(episode.id()))).contains(List.of());
    }
}
