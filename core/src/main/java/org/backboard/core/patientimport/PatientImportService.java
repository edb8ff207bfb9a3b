package org.backboard.core.patientimport;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.care.EpisodeChanges;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.EpisodeSeeding;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientChanges;
import org.backboard.core.patient.PatientSeeding;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;

/**
 * Clinic leads bring a patient list into Backboard. A preview checks every row and saves nothing; a
 * confirmed import checks them all again (the clinic may have changed meanwhile) and saves every valid
 * row in one transaction, through the bulk path: all of them or, when the database refuses one,
 * none. Each patient and episode saved is audited as registering them one by one would be, and the
 * import once more with its counts.
 * <p>
 * A patient registered elsewhere with one of the file's MRNs between the check and the save makes the
 * unique index refuse the whole batch ({@code DuplicateMrnException}, nothing saved): the caller runs
 * the import again, and its check then refuses that row.
 */
public class PatientImportService {

    /** Rows in one file at most; a larger list is imported in parts. */
    public static final int MAX_ROWS = 10_000;
    private static final int BATCH = 1_000;
    static final String NOTHING_TO_IMPORT = "No row of this file can be imported: every row has a problem";

    private final PatientSeeding patients;
    private final EpisodeSeeding episodes;
    private final Clinicians clinicians;
    private final AuditTrail audit;
    private final Clock clock;

    public PatientImportService(PatientSeeding patients, EpisodeSeeding episodes, Clinicians clinicians,
                                AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.episodes = episodes;
        this.clinicians = clinicians;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every row with its problems; nothing is saved. */
    public ImportPreview preview(Actor claimed, List<ImportRow> rows, ImportProgress progress) {
        requireLead(claimed);
        return new ImportPreview(check(rows, progress));
    }

    /** Saves every row without problems, all in this one transaction, and reports the others. */
    @Transactional
    public Result<ImportReport> confirm(Actor claimed, List<ImportRow> rows, ImportProgress progress) {
        Actor actor = requireLead(claimed);
        List<CheckedRow> checked = check(rows, progress);
        List<CheckedRow> ready = checked.stream().filter(CheckedRow::ready).toList();
        if (ready.isEmpty()) {
            return Result.rejected("file", NOTHING_TO_IMPORT);
        }
        Instant now = clock.instant();
        int savedEpisodes = 0;
        for (int from = 0; from < ready.size(); from += BATCH) {
            savedEpisodes += save(actor, ready.subList(from, Math.min(ready.size(), from + BATCH)), now);
            progress.reached(ImportProgress.Stage.SAVING, Math.min(ready.size(), from + BATCH), ready.size());
        }
        audit.record(AuditEvent.onClinic(now, actor.id(), AuditAction.PATIENTS_IMPORTED, "patient_import",
                ready.size() + " of " + rows.size() + " rows", List.of()));
        return new Result.Saved<>(new ImportReport(ready.size(), savedEpisodes,
                checked.stream().filter(row -> !row.ready()).toList()));
    }

    /** One batch: its patients, their episodes and their audit events, each in one bulk write. */
    private int save(Actor actor, List<CheckedRow> batch, Instant now) {
        List<Patient> newPatients = new ArrayList<>(batch.size());
        List<Episode> newEpisodes = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>(batch.size() * 2);
        for (CheckedRow row : batch) {
            ClinicianId therapist = row.patient().therapist().orElseThrow();
            Patient patient = Patient.register(row.patient().toDetails(), therapist, now);
            newPatients.add(patient);
            events.add(AuditEvent.onPatient(now, actor.id(), AuditAction.PATIENT_REGISTERED, patient.id().value(),
                    PatientChanges.present(patient)));
            row.episode().map(EpisodeDraft::toDetails).ifPresent(details -> {
                Episode episode = Episode.open(patient.id(), details, therapist);
                newEpisodes.add(episode);
                events.add(AuditEvent.onPatientRecord(now, actor.id(), AuditAction.EPISODE_OPENED,
                        patient.id().value(), "episode", episode.id().value(), EpisodeChanges.present(details)));
            });
        }
        patients.insertAll(newPatients);
        episodes.insertAll(newEpisodes);
        audit.recordAll(events);
        return newEpisodes.size();
    }

    private List<CheckedRow> check(List<ImportRow> rows, ImportProgress progress) {
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("at most " + MAX_ROWS + " rows are imported at once");
        }
        ImportRules rules = new ImportRules(LocalDate.now(clock), activeTherapists());
        return rules.check(rows, patients.existingMrns(ImportRules.mrnsOf(rows)), progress);
    }

    /** The clinicians a patient can be assigned to, by user name: one read of the (small) staff list. */
    private Map<Username, ClinicianId> activeTherapists() {
        return clinicians.all().stream().filter(c -> c.active() && c.role() == Role.THERAPIST)
                .collect(Collectors.toMap(Clinician::username, Clinician::id));
    }

    private Actor requireLead(Actor claimed) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        if (!actor.isLead()) {
            throw new NotPermittedException("only clinic leads import patients");
        }
        return actor;
    }
}
