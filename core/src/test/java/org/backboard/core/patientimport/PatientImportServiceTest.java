package org.backboard.core.patientimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backboard.core.patientimport.ImportRulesTest.episode;
import static org.backboard.core.patientimport.ImportRulesTest.row;
import static org.backboard.core.patientimport.ImportRulesTest.with;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeSeeding;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientSeeding;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.junit.jupiter.api.Test;

class PatientImportServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    /** The bulk store as the service sees it: the MRNs it holds, and what each insert was given. */
    private static final class StoredPatients implements PatientSeeding {
        final List<Patient> inserted = new ArrayList<>();
        final Set<Mrn> held = new java.util.HashSet<>(Set.of(Mrn.of("BB-0001")));
        int questions;

        @Override
        public Set<Mrn> existingMrns(Collection<Mrn> mrns) {
            questions++;
            return mrns.stream().filter(held::contains).collect(Collectors.toSet());
        }

        @Override
        public void insertAll(List<Patient> patients) {
            inserted.addAll(patients);
        }

        @Override
        public void refreshStatistics() {
        }
    }

    private static final class StoredEpisodes implements EpisodeSeeding {
        final List<Episode> inserted = new ArrayList<>();

        @Override
        public Set<PatientId> withEpisodes(Collection<PatientId> patients) {
            return Set.of();
        }

        @Override
        public void insertAll(List<Episode> episodes) {
            inserted.addAll(episodes);
        }

        @Override
        public void refreshStatistics() {
        }
    }

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final StoredPatients patients = new StoredPatients();
    private final StoredEpisodes episodes = new StoredEpisodes();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PatientImportService service = new PatientImportService(patients, episodes, clinicians, audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Actor lead = clinicians.enrol("lena.lead", "Lena Lead", Role.LEAD);
    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);

    private final List<ImportRow> file = List.of(
            row(2),
            episode(with(row(3), ImportColumn.MRN, "BB-1002"), "2026-10", "lumbar", "mechanical"),
            with(row(4), ImportColumn.MRN, "BB-0001"),
            with(with(row(5), ImportColumn.MRN, "BB-1005"), ImportColumn.DATE_OF_BIRTH, "1984-02-30"));

    @Test
    void thePreviewChecksEveryRowAsksForTheMrnsOnceAndSavesNothing() {
        ImportPreview preview = service.preview(lead, file, ImportProgress.none());

        assertThat(preview.ready()).isEqualTo(2);
        assertThat(preview.refused()).isEqualTo(2);
        assertThat(preview.rows().get(2).problems()).containsExactly(
                new FieldProblem("mrn", "Another patient already has this MRN"));
        assertThat(patients.questions).isOne();
        assertThat(patients.inserted).isEmpty();
        assertThat(episodes.inserted).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void aConfirmedImportSavesTheValidRowsAuditsEachAndReportsTheRest() {
        Result<ImportReport> result = service.confirm(lead, file, ImportProgress.none());

        ImportReport report = ((Result.Saved<ImportReport>) result).value();
        assertThat(report.patients()).isEqualTo(2);
        assertThat(report.episodes()).isOne();
        assertThat(report.refused()).extracting(row -> row.source().line()).containsExactly(4L, 5L);
        assertThat(patients.inserted).extracting(p -> p.details().mrn().value()).containsExactly("BB-1001", "BB-1002");
        assertThat(patients.inserted).allSatisfy(p -> assertThat(p.therapist()).isEqualTo(tess.id()));
        assertThat(episodes.inserted.getFirst().patient()).isEqualTo(patients.inserted.get(1).id());
        assertThat(audit.actions()).containsExactly(AuditAction.PATIENT_REGISTERED, AuditAction.PATIENT_REGISTERED,
                AuditAction.EPISODE_OPENED, AuditAction.PATIENTS_IMPORTED);
        AuditEvent registered = audit.events().getFirst();
        assertThat(registered.actor()).contains(lead.id());
        assertThat(registered.patient()).contains(patients.inserted.getFirst().id().value());
        assertThat(registered.changedFields()).containsExactly("mrn", "givenName", "familyName", "dateOfBirth", "sex",
                "phone", "therapist");
        assertThat(audit.events().getLast().entityId()).isEqualTo("2 of 4 rows");
    }

    @Test
    void theConfirmationChecksAgainForWhatChangedSinceThePreview() {
        ImportPreview preview = service.preview(lead, file, ImportProgress.none());
        patients.held.add(Mrn.of("BB-1001"));

        ImportReport report = ((Result.Saved<ImportReport>) service.confirm(lead, file, ImportProgress.none())).value();

        assertThat(preview.ready()).isEqualTo(2);
        assertThat(report.patients()).isOne();
        assertThat(report.refused()).extracting(row -> row.source().line()).containsExactly(2L, 4L, 5L);
    }

    @Test
    void aFileWithoutAValidRowSavesNothingAndSaysSo() {
        Result<ImportReport> result = service.confirm(lead, List.of(file.get(2), file.get(3)), ImportProgress.none());

        assertThat(result).isEqualTo(Result.rejected("file", PatientImportService.NOTHING_TO_IMPORT));
        assertThat(patients.inserted).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void savingReportsProgressBatchByBatch() {
        List<ImportRow> many = java.util.stream.IntStream.range(0, 2_500)
                .mapToObj(i -> with(row(i + 2), ImportColumn.MRN, "BB-" + (10_000 + i))).toList();
        List<String> reached = new ArrayList<>();

        service.confirm(lead, many, (stage, done, total) -> {
            if (stage == ImportProgress.Stage.SAVING) {
                reached.add(done + "/" + total);
            }
        });

        assertThat(reached).containsExactly("1000/2500", "2000/2500", "2500/2500");
        assertThat(patients.inserted).hasSize(2_500);
    }

    @Test
    void therapistsNeitherPreviewNorImport() {
        assertThatThrownBy(() -> service.preview(tess, file, ImportProgress.none()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.confirm(tess, file, ImportProgress.none()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(patients.inserted).isEmpty();
    }

    @Test
    void aDeactivatedTherapistIsNoLongerOneToAssignTo() {
        clinicians.update(clinicians.findById(tess.id()).orElseThrow().deactivated());

        ImportPreview preview = service.preview(lead, List.of(row(2)), ImportProgress.none());

        assertThat(preview.rows().getFirst().problemOn(ImportColumn.THERAPIST))
                .contains("No active therapist has this user name");
    }

    @Test
    void moreRowsThanAFileMayHaveAreRefused() {
        List<ImportRow> tooMany = java.util.Collections.nCopies(PatientImportService.MAX_ROWS + 1, row(2));

        assertThatThrownBy(() -> service.preview(lead, tooMany, ImportProgress.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
