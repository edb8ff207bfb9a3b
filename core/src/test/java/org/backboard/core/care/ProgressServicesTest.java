package org.backboard.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backboard.core.care.CareResults.rejectedFields;
import static org.backboard.core.care.CareResults.saved;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.apiclient.InMemoryApiClients;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.InMemoryPatients;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.patientapp.InMemoryPatientApp;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.worklist.ItemKey;
import org.backboard.core.worklist.ItemKind;
import org.backboard.core.worklist.WorkItem;
import org.backboard.core.worklist.Worklist;
import org.junit.jupiter.api.Test;

/** Outcome measures, the progress on the care record and the worklist, through their services. */
class ProgressServicesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(15, 0).atZone(ZONE).toInstant(), ZONE);

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final InMemoryPatients patients = new InMemoryPatients();
    private final InMemoryCare.InMemoryEpisodes episodeStore = new InMemoryCare.InMemoryEpisodes();
    private final InMemoryCare.InMemoryCheckIns checkInStore = new InMemoryCare.InMemoryCheckIns();
    private final InMemoryCare.InMemoryFlags flagStore = new InMemoryCare.InMemoryFlags();
    private final InMemoryProgress.InMemoryOutcomes outcomeStore = new InMemoryProgress.InMemoryOutcomes();
    private final InMemoryProgress.InMemoryAcknowledgements acknowledgements =
            new InMemoryProgress.InMemoryAcknowledgements();
    private final InMemoryPrograms.InMemoryProgramStore programStore = new InMemoryPrograms.InMemoryProgramStore();
    private final InMemoryPrograms.InMemorySessions sessionStore = new InMemoryPrograms.InMemorySessions();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    private final CareAccess access = new CareAccess(patients, episodeStore, clinicians,
            new InMemoryPatientApp.Accounts(), new InMemoryApiClients(), audit, CLOCK);

    private final EpisodeService episodes = new EpisodeService(episodeStore, checkInStore, flagStore, access, CLOCK);
    private final CheckInService checkIns = new CheckInService(checkInStore, flagStore, access, CLOCK);
    private final OutcomeService outcomes = new OutcomeService(outcomeStore, access, CLOCK);
    private final ProgramService programs = new ProgramService(programStore, sessionStore,
            new InMemoryPrograms.InMemoryExercises(), access, CLOCK);
    private final CareRecordService care = new CareRecordService(episodeStore, checkInStore, flagStore, programs,
            outcomeStore, access, id -> Optional.empty(), CLOCK);
    private final WorklistService worklist = new WorklistService(
            new InMemoryProgress.InMemorySources(patients, episodeStore, checkInStore, flagStore), programStore,
            sessionStore, outcomeStore, acknowledgements, access, audit, CLOCK);

    private final Actor lead = clinicians.enrol("lena.lead", "Lena Lead", Role.LEAD);
    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);
    private final Actor theo = clinicians.enrol("theo", "Theo Therapist", Role.THERAPIST);

    private Patient patient(String mrn, String family, Actor therapist) {
        PatientDetails details = new PatientDetails(Mrn.of(mrn), new PersonName("Ada", family),
                LocalDate.of(1980, 1, 1), Sex.FEMALE, ContactDetails.of("", ""));
        return patients.save(Patient.register(details, therapist.id(), CLOCK.instant()));
    }

    private Episode opened(Actor therapist, Patient patient, int daysSinceOnset, Set<RedFlag> intake) {
        LocalDate onset = TODAY.minusDays(daysSinceOnset);
        return saved(episodes.open(therapist, patient.id(), new EpisodeDraft(BodyRegion.LUMBAR, onset,
                OnsetPrecision.DAY, onset.plusDays(1), WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of()),
                intake));
    }

    private void checkIn(Actor by, Episode episode, int daysAgo, int pain) {
        saved(checkIns.record(by, episode.id(), new CheckInDraft(LocalDateTime.of(TODAY.minusDays(daysAgo),
                LocalTime.NOON), CheckInSource.CLINIC_VISIT, pain, 3, Set.of(), Set.of(), "")));
    }

    private static OdiAnswers odi(int each) {
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        for (OswestrySection section : OswestrySection.values()) {
            answers.put(section, each);
        }
        return new OdiAnswers(answers);
    }

    private static List<ItemKind> kinds(Worklist list) {
        return list.items().stream().map(WorkItem::kind).toList();
    }

    @Test
    void anOswestryIsKeptWithItsClinicianAndReadAsChangeSinceBaseline() {
        Episode episode = opened(tess, patient("AB-1", "Lovelace", tess), 40, Set.of());
        saved(outcomes.record(tess, episode.id(), TODAY.minusDays(38), () -> odi(3)));
        saved(outcomes.record(tess, episode.id(), TODAY, () -> odi(2)));

        EpisodeOverview overview = care.read(tess, episode.patient()).orElseThrow().episodes().getFirst();
        assertThat(overview.outcomes().odi().orElseThrow().baseline()).isEqualTo(60);
        assertThat(overview.outcomes().odi().orElseThrow().change()).isEqualTo(-20);
        assertThat(overview.outcomes().odi().orElseThrow().importantImprovement()).isTrue();
        assertThat(overview.outcomes().administrations().getLast().recordedBy()).contains(tess.id());
        assertThat(audit.actions()).contains(AuditAction.OUTCOME_RECORDED);
    }

    @Test
    void badQuestionnairesAreRefusedOnTheirFieldAndNothingIsKept() {
        Episode episode = opened(tess, patient("AB-1", "Lovelace", tess), 40, Set.of());
        assertThat(rejectedFields(outcomes.record(tess, episode.id(), TODAY, () -> new OdiAnswers(Map.of(
                OswestrySection.LIFTING, 2))))).containsExactly("answers");
        assertThat(rejectedFields(outcomes.record(tess, episode.id(), TODAY.plusDays(1), () -> odi(2))))
                .containsExactly("takenOn");
        assertThat(rejectedFields(outcomes.record(tess, episode.id(), TODAY.minusDays(60), () -> odi(2))))
                .containsExactly("takenOn");
        assertThat(rejectedFields(outcomes.record(tess, episode.id(), TODAY,
                () -> new StartBackAnswers(Set.of(), null)))).containsExactly("answers");
        assertThat(outcomes.record(theo, episode.id(), TODAY, () -> odi(2))).isInstanceOf(Result.NotFound.class);
        assertThat(outcomeStore.forEpisodes(List.of(episode.id()))).isEmpty();
    }

    @Test
    void aTherapistSeesTheirOwnCaseloadAndALeadTheClinicOrOneTherapist() {
        Episode tessEpisode = opened(tess, patient("AB-1", "Lovelace", tess), 10, Set.of());
        Episode theoEpisode = opened(theo, patient("AB-2", "Hopper", theo), 10, Set.of());
        checkIn(tess, tessEpisode, 0, 8);
        checkIn(theo, theoEpisode, 0, 8);

        assertThat(worklist.today(tess, Optional.of(theo.id())).items())
                .allMatch(item -> item.patient().therapist().equals(tess.id())).isNotEmpty();
        assertThat(worklist.today(lead, Optional.empty()).items()).extracting(item -> item.patient().therapist())
                .contains(tess.id(), theo.id());
        assertThat(worklist.today(lead, Optional.of(theo.id())).items())
                .allMatch(item -> item.patient().therapist().equals(theo.id()));
        assertThat(audit.actions()).endsWith(AuditAction.WORKLIST_VIEWED);
    }

    @Test
    void aWholeClinicTooLargeToAssessOnEveryViewListsItsOpenRedFlagsOnly() {
        Patient flagged = patient("AB-1", "Lovelace", tess);
        opened(tess, flagged, 10, Set.of(RedFlag.values()[0]));
        for (int i = 0; i < Worklist.CLINIC_WIDE_LIMIT; i++) {
            Patient other = patients.save(Patient.register(new PatientDetails(Mrn.of("CW-" + i),
                    new PersonName("Bo", "Clinic"), LocalDate.of(1980, 1, 1), Sex.MALE, ContactDetails.of("", "")),
                    theo.id(), CLOCK.instant()));
            episodeStore.save(Episode.open(other.id(), new EpisodeDraft(BodyRegion.LUMBAR, TODAY.minusDays(5),
                    OnsetPrecision.DAY, TODAY.minusDays(5), WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL,
                    Set.of()).toDetails(), theo.id()));
        }

        Worklist clinic = worklist.today(lead, Optional.empty());
        assertThat(clinic.flagsOnly()).isTrue();
        assertThat(clinic.openEpisodes()).isEqualTo(Worklist.CLINIC_WIDE_LIMIT + 1);
        assertThat(kinds(clinic)).containsExactly(ItemKind.RED_FLAG);
        assertThat(worklist.today(lead, Optional.of(tess.id())).flagsOnly()).isFalse();
        assertThat(kinds(worklist.today(lead, Optional.of(tess.id())))).contains(ItemKind.REASSESSMENT_DUE);
    }

    @Test
    void anOswestryAndACheckInChangeTheWorklist() {
        Episode episode = opened(tess, patient("AB-1", "Lovelace", tess), 10, Set.of());
        checkIn(tess, episode, 3, 4);
        assertThat(kinds(worklist.today(tess, Optional.empty()))).containsExactly(ItemKind.REASSESSMENT_DUE);

        saved(outcomes.record(tess, episode.id(), TODAY, () -> odi(2)));
        saved(outcomes.record(tess, episode.id(), TODAY, () -> new StartBackAnswers(Set.of(),
                Bothersomeness.SLIGHTLY)));
        checkIn(tess, episode, 0, 7);
        assertThat(kinds(worklist.today(tess, Optional.empty())))
                .containsExactlyInAnyOrder(ItemKind.HIGH_PAIN, ItemKind.PAIN_WORSENING);
    }

    @Test
    void anAcknowledgedItemLeavesTheListAndIsAudited() {
        Episode episode = opened(tess, patient("AB-1", "Lovelace", tess), 10, Set.of());
        checkIn(tess, episode, 0, 8);
        WorkItem high = worklist.today(tess, Optional.empty()).items().stream()
                .filter(i -> i.kind() == ItemKind.HIGH_PAIN).findFirst().orElseThrow();

        assertThat(worklist.acknowledge(theo, high.key(), "")).isInstanceOf(Result.NotFound.class);
        saved(worklist.acknowledge(tess, high.key(), "Phoned: flare after gardening"));
        assertThat(kinds(worklist.today(tess, Optional.empty()))).doesNotContain(ItemKind.HIGH_PAIN);
        assertThat(acknowledgements.all().getFirst().by()).isEqualTo(tess.id());
        assertThat(audit.actions()).contains(AuditAction.WORK_ITEM_ACKNOWLEDGED);
        assertThat(worklist.acknowledge(lead, high.key(), "")).isEqualTo(new Result.Conflict<>(
                WorklistService.ALREADY));

        checkIn(tess, episode, 0, 9); // a new high score is a new item only if it is on a new day
        assertThat(kinds(worklist.today(tess, Optional.empty()))).doesNotContain(ItemKind.HIGH_PAIN);
    }

    @Test
    void anItemStillOnScreenIsGoneOnceItsPatientWasArchived() {
        Patient archived = patient("AB-2", "Hopper", tess);
        Episode episode = opened(tess, archived, 10, Set.of());
        checkIn(tess, episode, 0, 8);
        WorkItem high = worklist.today(tess, Optional.empty()).items().stream()
                .filter(i -> i.kind() == ItemKind.HIGH_PAIN).findFirst().orElseThrow();
        patients.save(patients.find(archived.id()).orElseThrow().archive(CLOCK.instant()));

        // not refused for the archive: the item has left the list, as anyone reloading would see
        assertThat(worklist.acknowledge(tess, high.key(), "Moved away, GP informed"))
                .isEqualTo(new Result.Conflict<>(WorklistService.GONE));
        assertThat(kinds(worklist.today(tess, Optional.empty()))).doesNotContain(ItemKind.HIGH_PAIN);
    }

    @Test
    void redFlagsAreAcknowledgedOnlyThroughTheRedFlagActionAndStaleItemsAreRefused() {
        Episode episode = opened(tess, patient("AB-1", "Lovelace", tess), 10, Set.of(RedFlag.values()[0]));
        WorkItem flag = worklist.today(tess, Optional.empty()).items().getFirst();
        assertThat(flag.kind()).isEqualTo(ItemKind.RED_FLAG);
        assertThat(rejectedFields(worklist.acknowledge(tess, flag.key(), ""))).containsExactly("item");

        ItemKey notRaised = new ItemKey(episode.id(), ItemKind.HIGH_PAIN, flag.severity(), TODAY);
        assertThat(worklist.acknowledge(tess, notRaised, "")).isInstanceOf(Result.Conflict.class);
    }
}
