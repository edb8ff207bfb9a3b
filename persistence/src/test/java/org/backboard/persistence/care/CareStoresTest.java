package org.backboard.persistence.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.symptom.CheckIns;
import org.backboard.core.symptom.CheckInSeeding;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.symptom.Symptom;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Episodes, check-ins and red flags on PostgreSQL: round trips, optimistic locking and the schema's own checks. */
@PersistenceTest
class CareStoresTest {

    private static final LocalDate ONSET = LocalDate.of(2026, 9, 1);

    @Autowired
    Episodes episodes;
    @Autowired
    CheckIns checkIns;
    @Autowired
    CheckInSeeding checkInSeeding;
    @Autowired
    RaisedFlags flags;
    @Autowired
    Patients patients;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;

    Clinician therapist;
    Patient patient;
    Episode episode;

    @BeforeEach
    void aPatientWithAnEpisode() {
        therapist = Fixtures.therapist();
        clinicians.add(therapist);
        patient = patients.save(Fixtures.patient(therapist, "Nakamura", LocalDate.of(1970, 1, 1)));
        episode = episodes.save(Fixtures.lumbarEpisode(patient, ONSET));
    }

    @Test
    void thePatientsCareBeganAtTheEarliestOnsetOfTheirEpisodes() {
        Patient newcomer = patients.save(Fixtures.patient(therapist, "Okafor", LocalDate.of(1980, 1, 1)));
        assertThat(patients.earliestCareDate(newcomer.id())).isEmpty();

        assertThat(patients.earliestCareDate(patient.id())).contains(ONSET);
        episodes.save(Fixtures.lumbarEpisode(patient, ONSET.minusDays(40)));
        assertThat(patients.earliestCareDate(patient.id())).contains(ONSET.minusDays(40));
    }

    @Test
    void anEpisodeRoundTripsWithEveryFieldAndItsDischarge() {
        assertThat(episodes.find(episode.id())).contains(episode);

        Episode discharged = episodes.save(episode.discharge(new Discharge(ONSET.plusDays(60), "Goals met"),
                ONSET.plusDays(61)));

        Episode found = episodes.find(episode.id()).orElseThrow();
        assertThat(found).isEqualTo(discharged);
        assertThat(found.status()).isEqualTo(EpisodeStatus.DISCHARGED);
        assertThat(episodes.forPatient(patient.id())).containsExactly(found);
    }

    @Test
    void aBulkLoadKeepsTextThatCopyWouldOtherwiseReadAsSyntax() {
        // insertAll writes with COPY: tabs, line breaks, backslashes, quotes and an empty note survive
        String awkward = "Tab\there, line\nbreak, back\\slash \\N, \"quoted\", {braces}, 'apostrophe'";
        CheckIn noted = checkIn(Instant.parse("2026-09-02T08:00:00Z"), 6, Set.of());
        CheckIn bulk = new CheckIn(noted.id(), noted.episode(), noted.takenAt(), noted.source(), noted.pain(),
                noted.stiffness(), noted.symptoms(), Set.of(RedFlag.FEVER, RedFlag.TRAUMA), Optional.of(awkward),
                noted.recordedBy());
        CheckIn blank = checkIn(Instant.parse("2026-09-03T08:00:00Z"), 5, Set.of());
        CheckIn empty = new CheckIn(blank.id(), blank.episode(), blank.takenAt(), blank.source(), blank.pain(),
                blank.stiffness(), Set.of(), Set.of(), Optional.empty(), blank.recordedBy());

        checkInSeeding.insertAll(List.of(bulk, empty));

        assertThat(checkIns.timeline(episode.id())).containsExactly(bulk, empty);
    }

    @Test
    void aStaleEpisodeSaveIsRefusedAndTheFirstChangeKept() {
        Episode held = episodes.save(episode.putOnHold());

        assertThatThrownBy(() -> episodes.save(episode.discharge(new Discharge(ONSET.plusDays(5), "x"),
                ONSET.plusDays(5)))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(episodes.find(episode.id())).contains(held);
    }

    @Test
    void theSchemaRefusesADischargeWithoutAReasonWrittenBehindTheDomainsBack() {
        assertThatThrownBy(() -> jdbc.update(
                "update episode set status = 'DISCHARGED', discharge_date = start_date where id = ?",
                episode.id().value())).hasMessageContaining("episode_discharge_complete");
    }

    @Test
    void checkInsRoundTripAndComeBackInTimeOrder() {
        CheckIn later = checkIn(Instant.parse("2026-09-10T10:00:00Z"), 4, Set.of(RedFlag.FEVER));
        CheckIn earlier = checkIn(Instant.parse("2026-09-03T08:30:00Z"), 7, Set.of());
        checkIns.add(later);
        checkIns.add(earlier);

        assertThat(checkIns.timeline(episode.id())).containsExactly(earlier, later);
        assertThat(checkIns.timelines(List.of(episode.id()))).containsEntry(episode.id(), List.of(earlier, later));
        assertThatThrownBy(() -> jdbc.update("update check_in set pain = 11 where id = ?", later.id()))
                .hasMessageContaining("check_in_pain_range");
    }

    @Test
    void aFlagIsAcknowledgedOnceAndAtMostOneFlagPerSignIsOpen() {
        RaisedFlag flag = raise(RedFlag.BLADDER_BOWEL);
        assertThat(flags.openSigns(episode.id())).containsExactly(RedFlag.BLADDER_BOWEL);
        assertThatThrownBy(() -> raise(RedFlag.BLADDER_BOWEL)).isInstanceOf(ConcurrentChangeException.class);

        RaisedFlag acknowledged = flags.save(flag.acknowledge(new Acknowledgement(
                AcknowledgementAction.REFERRED_TO_EMERGENCY_CARE, "Sent to A&E", therapist.id(), Fixtures.NOW)));

        assertThat(flags.find(flag.id())).contains(acknowledged);
        assertThat(flags.openSigns(episode.id())).isEmpty();
        assertThatThrownBy(() -> flags.save(flag.acknowledge(new Acknowledgement(
                AcknowledgementAction.REVIEWED_NOT_A_CONCERN, "Second try", therapist.id(), Fixtures.NOW))))
                .isInstanceOf(ConcurrentChangeException.class);
        RaisedFlag again = raise(RedFlag.BLADDER_BOWEL);
        assertThat(flags.forPatient(patient.id())).extracting(RaisedFlag::id).containsExactly(again.id(), flag.id());
    }

    private RaisedFlag raise(RedFlag sign) {
        RaisedFlag flag = RaisedFlag.raise(episode.id(), patient.id(), sign, Fixtures.NOW, therapist.id(),
                Optional.empty());
        flags.add(flag);
        return flag;
    }

    private CheckIn checkIn(Instant at, int pain, Set<RedFlag> redFlags) {
        return new CheckIn(UUID.randomUUID(), episode.id(), at, CheckInSource.PHONE, Optional.of(new PainScore(pain)),
                Optional.of(new PainScore(3)), Set.of(Symptom.MORNING_STIFFNESS, Symptom.DULL_ACHE), redFlags,
                Optional.of("Walked 2 km"), therapist.id());
    }
}
