package org.backboard.ui.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientSeeding;
import org.backboard.core.patient.Patients;
import org.backboard.core.patient.PatientId;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeSeeding;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.ProgramTemplates;
import org.backboard.core.program.ProgramSeeding;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeSeeding;
import org.backboard.core.program.SessionSeeding;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RedFlagSeeding;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo clinic (profile "demo" only): one lead, three therapists for every 1,200
 * patients (about 300 open episodes each) and {@code backboard.demo.patients} patients with their
 * episodes, check-ins, red flags, programs, sessions and questionnaires. Safe to run on every
 * start: what exists is kept, and a larger size extends a smaller clinic. Batches of 1,000
 * patients are written with COPY, each in one transaction, two at a time (one per core here).
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String LEAD_PASSWORD = "demo-lead";
    static final String THERAPIST_PASSWORD = "demo-therapist";
    /** Reserved for examples (RFC 2606): the demo's addresses can never reach a real inbox. */
    static final String MAIL_DOMAIN = "clinic.example";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH = 1_000;
    private static final int WRITERS = 2;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final Clinicians clinicians;
    private final Patients patients;
    private final PatientSeeding patientSeeding;
    private final EpisodeSeeding episodes;
    private final CheckInSeeding checkIns;
    private final RedFlagSeeding flags;
    private final ProgramSeeding programs;
    private final SessionSeeding sessions;
    private final OutcomeSeeding outcomes;
    private final ProgramTemplates templateStore;
    private final PasswordHasher hasher;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int size;

    DemoDataLoader(Clinicians clinicians, Patients patients, PatientSeeding patientSeeding, EpisodeSeeding episodes,
                   CheckInSeeding checkIns, RedFlagSeeding flags, ProgramSeeding programs, SessionSeeding sessions,
                   OutcomeSeeding outcomes, ProgramTemplates templates,
                   PasswordHasher hasher, PlatformTransactionManager transactions, Clock clock,
                   @Value("${backboard.demo.patients:200}") int size) {
        if (size < 0 || size > DemoClinic.MAX_PATIENTS) {
            throw new IllegalArgumentException("backboard.demo.patients must be between 0 and "
                    + DemoClinic.MAX_PATIENTS + ", not " + size);
        }
        this.clinicians = clinicians;
        this.patients = patients;
        this.patientSeeding = patientSeeding;
        this.episodes = episodes;
        this.checkIns = checkIns;
        this.flags = flags;
        this.programs = programs;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.templateStore = templates;
        this.hasher = hasher;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.size = size;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureClinician("lead", "Lena Lead", hasher.hash(LEAD_PASSWORD), Role.LEAD);
        loadPatients(ensureTherapists());
    }

    /** therapist1 to therapistN, all with the demo password (hashed once: hashing is slow by design). */
    private List<ClinicianId> ensureTherapists() {
        String hash = hasher.hash(THERAPIST_PASSWORD);
        List<ClinicianId> therapists = new ArrayList<>();
        for (int index = 0; index < DemoClinic.therapistsFor(size); index++) {
            therapists.add(ensureClinician("therapist" + (index + 1), DemoClinic.therapistName(index), hash,
                    Role.THERAPIST));
        }
        return therapists;
    }

    /**
     * Each demo clinician has an example address (therapist1@clinic.example), so the red-flag mail is
     * there to see. A demo account without one gets it back at start (from a demo database older than
     * addresses, or removed by hand): the demo starts as described.
     */
    private ClinicianId ensureClinician(String username, String displayName, String passwordHash, Role role) {
        Username name = new Username(username);
        Optional<MailAddress> email = Optional.of(new MailAddress(username + "@" + MAIL_DOMAIN));
        return clinicians.findByUsername(name).map(stored -> {
            if (stored.email().isEmpty()) {
                clinicians.update(stored.withEmail(email));
            }
            return stored.id();
        }).orElseGet(() -> {
            Clinician clinician = Clinician.create(name, displayName, passwordHash, role, email);
            clinicians.add(clinician);
            return clinician.id();
        });
    }

    private void loadPatients(List<ClinicianId> therapists) {
        LocalDate today = LocalDate.now(clock);
        List<ProgramTemplate> templates = templateStore.all().stream().filter(t -> !t.retired()).toList();
        long started = System.nanoTime();
        List<Future<Loaded>> batches = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int from = 1; from <= size; from += BATCH) {
                int first = from;
                int last = Math.min(size, from + BATCH - 1);
                batches.add(writers.submit(() -> transaction.execute(
                        status -> loadBatch(first, last, therapists, templates, today))));
            }
            Loaded total = new Loaded(0, 0);
            long reported = started;
            for (int i = 0; i < batches.size(); i++) {
                total = total.plus(batches.get(i).get());
                long now = System.nanoTime();
                if (now - reported >= PROGRESS_EVERY_NANOS || i == batches.size() - 1) {
                    reported = now;
                    int checked = Math.min(size, (i + 1) * BATCH);
                    LOG.info("Demo clinic: {} of {} patients ({} %), {} s", String.format(Locale.ROOT, "%,d", checked),
                            String.format(Locale.ROOT, "%,d", size), checked * 100L / size, (now - started) / 1_000_000_000L);
                }
            }
            if (total.patients() > 0) {
                patientSeeding.refreshStatistics();
            }
            if (total.withCare() > 0) {
                episodes.refreshStatistics();
            }
            LOG.info("Demo clinic ready: {} patients ({} added, care records seeded for {}, in {} ms)", size,
                    total.patients(), total.withCare(), (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo clinic loading was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("demo clinic loading failed", e.getCause());
        } finally {
            writers.shutdownNow();
        }
    }

    /** How many patients a batch added, and for how many it seeded care records. */
    private record Loaded(int patients, int withCare) {
        Loaded plus(Loaded other) {
            return new Loaded(patients + other.patients, withCare + other.withCare);
        }
    }

    private Loaded loadBatch(int first, int last, List<ClinicianId> therapists, List<ProgramTemplate> templates,
                             LocalDate today) {
        List<Patient> batch = IntStream.rangeClosed(first, last)
                .mapToObj(number -> DemoClinic.patient(number, therapists, today)).toList();
        Set<Mrn> existing = patientSeeding.existingMrns(batch.stream().map(p -> p.details().mrn()).toList());
        List<Patient> missing = batch.stream().filter(p -> !existing.contains(p.details().mrn())).toList();
        patientSeeding.insertAll(missing);
        int withCare = loadCare(first, batch, templates, today,
                missing.stream().map(Patient::id).collect(Collectors.toSet()));
        return new Loaded(missing.size(), withCare);
    }

    /**
     * Seeds episodes, check-ins and flags for the patients of this batch that have no episode yet
     * (new ones, and those seeded before care records existed). Returns how many were seeded.
     */
    private int loadCare(int from, List<Patient> batch, List<ProgramTemplate> templates, LocalDate today,
                         Set<PatientId> justAdded) {
        Set<PatientId> seeded = episodes.withEpisodes(batch.stream().map(Patient::id).toList());
        List<Episode> newEpisodes = new ArrayList<>();
        List<CheckIn> newCheckIns = new ArrayList<>();
        List<RaisedFlag> newFlags = new ArrayList<>();
        List<Program> newPrograms = new ArrayList<>();
        List<ExerciseSession> newSessions = new ArrayList<>();
        List<OutcomeAdministration> newOutcomes = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < batch.size(); i++) {
            Patient patient = batch.get(i);
            int number = from + i;
            if (seeded.contains(patient.id())) {
                continue;
            }
            // an older patient may since have been reassigned or archived: care follows the stored record
            Patient stored = justAdded.contains(patient.id()) ? patient : patients.find(patient.id()).orElse(patient);
            DemoCare.Seed seed = DemoCare.forPatient(number, stored, templates, today, clock.getZone());
            newEpisodes.addAll(seed.episodes());
            newCheckIns.addAll(seed.checkIns());
            newFlags.addAll(seed.flags());
            newPrograms.addAll(seed.programs());
            newSessions.addAll(seed.sessions());
            newOutcomes.addAll(seed.outcomes());
            // a patient the demo gives no episode is generated again on each start, and adds nothing
            count += seed.episodes().isEmpty() ? 0 : 1;
        }
        episodes.insertAll(newEpisodes);
        checkIns.insertAll(newCheckIns);
        flags.insertAll(newFlags);
        programs.insertAll(newPrograms);
        sessions.insertAll(newSessions);
        outcomes.insertAll(newOutcomes);
        return count;
    }
}
