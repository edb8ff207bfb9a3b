package org.backboard.persistence.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.Patients;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bulk export's reads: a caseload in keyset batches, and a batch's episodes and flags in one query each. */
@PersistenceTest
class BulkCareReadsTest {

    @Autowired
    Patients patients;
    @Autowired
    Episodes episodes;
    @Autowired
    RaisedFlags flags;
    @Autowired
    Clinicians clinicians;

    @Test
    void aCaseloadIsReadInBatchesInIdOrderEachPatientOnceAndNoOneElses() {
        Clinician therapist = Fixtures.therapist();
        Clinician colleague = Fixtures.therapist();
        clinicians.add(therapist);
        clinicians.add(colleague);
        List<Patient> own = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            own.add(patients.save(Fixtures.patient(therapist, "Keyset" + i, LocalDate.of(1970, 1, 1 + i))));
        }
        Patient elsewhere = patients.save(Fixtures.patient(colleague, "Elsewhere", LocalDate.of(1971, 1, 1)));

        List<PatientId> read = new ArrayList<>();
        Optional<PatientId> after = Optional.empty();
        List<Patient> batch;
        do {
            batch = patients.batchAfter(Optional.of(therapist.id()), after, 3);
            assertThat(batch.size()).isLessThanOrEqualTo(3);
            batch.forEach(patient -> read.add(patient.id()));
            after = batch.isEmpty() ? after : Optional.of(batch.getLast().id());
        } while (!batch.isEmpty());

        // PostgreSQL orders uuids by their bytes, unsigned: as their text, not as Java's UUID.compareTo
        assertThat(read).containsExactlyElementsOf(own.stream().map(Patient::id)
                .sorted(Comparator.comparing(id -> id.value().toString())).toList());
        Patient first = patients.batchAfter(Optional.of(therapist.id()), Optional.empty(), 1).getFirst();
        assertThat(first).usingRecursiveComparison().isEqualTo(patients.find(first.id()).orElseThrow());
        // the whole clinic, walked the same way, holds every patient once: both caseloads
        List<PatientId> clinic = new ArrayList<>();
        Optional<PatientId> last = Optional.empty();
        do {
            batch = patients.batchAfter(Optional.empty(), last, 1000);
            batch.forEach(patient -> clinic.add(patient.id()));
            last = batch.isEmpty() ? last : Optional.of(batch.getLast().id());
        } while (!batch.isEmpty());
        assertThat(clinic).doesNotHaveDuplicates().containsAll(read).contains(elsewhere.id());
    }

    @Test
    void aBatchsEpisodesAndFlagsComeInOneReadEach() {
        Clinician therapist = Fixtures.therapist();
        clinicians.add(therapist);
        Patient one = patients.save(Fixtures.patient(therapist, "Batch", LocalDate.of(1980, 2, 2)));
        Patient two = patients.save(Fixtures.patient(therapist, "Batch", LocalDate.of(1981, 3, 3)));
        Patient outside = patients.save(Fixtures.patient(therapist, "Outside", LocalDate.of(1982, 4, 4)));
        Episode first = episodes.save(Fixtures.lumbarEpisode(one, LocalDate.of(2026, 9, 1)));
        Episode second = episodes.save(Fixtures.lumbarEpisode(two, LocalDate.of(2026, 10, 1)));
        episodes.save(Fixtures.lumbarEpisode(outside, LocalDate.of(2026, 10, 1)));
        RaisedFlag flag = RaisedFlag.raise(second.id(), two.id(), RedFlag.BLADDER_BOWEL, Fixtures.NOW, therapist.id(),
                Optional.empty());
        flags.add(flag);

        assertThat(episodes.forPatients(List.of(one.id(), two.id()))).extracting(Episode::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(flags.forPatients(Set.of(one.id(), two.id()))).extracting(RaisedFlag::id).containsExactly(flag.id());
        assertThat(flags.forPatients(Set.of(one.id()))).isEmpty();
        assertThat(episodes.forPatients(List.of())).isEmpty();
    }
}
