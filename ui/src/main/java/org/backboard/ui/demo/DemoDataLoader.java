package org.backboard.ui.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;
import org.backboard.core.patient.PatientId;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.Episodes;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.ProgramTemplates;
import org.backboard.core.program.Programs;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckIns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo clinic (profile "demo" only): one lead, three therapists and
 * {@code backboard.demo.patients} patients with their episodes, check-ins and red flags. Safe to
 * run on every start: what exists is kept.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String LEAD_PASSWORD = "demo-lead";
    static final String THERAPIST_PASSWORD = "demo-therapist";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH = 1_000;

    private final Clinicians clinicians;
    private final Patients patients;
    private final Episodes episodes;
    private final CheckIns checkIns;
    private final RaisedFlags flags;
    private final Programs programs;
    private final ExerciseSessions sessions;
    private final OutcomeMeasures outcomes;
    private final ProgramTemplates templateStore;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final int size;

    DemoDataLoader(Clinicians clinicians, Patients patients, Episodes episodes, CheckIns checkIns, RaisedFlags flags,
                   Programs programs, ExerciseSessions sessions, OutcomeMeasures outcomes, ProgramTemplates templates,
                   PasswordHasher hasher, Clock clock, @Value("${backboard.demo.patients:200}") int size) {
        this.clinicians = clinicians;
        this.patients = patients;
        this.episodes = episodes;
        this.checkIns = checkIns;
        this.flags = flags;
        this.programs = programs;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.templateStore = templates;
        this.hasher = hasher;
        this.clock = clock;
        this.size = size;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureClinician("lead", "Lena Lead", LEAD_PASSWORD, Role.LEAD);
        List<ClinicianId> therapists = List.of(
                ensureClinician("therapist1", "Tara Quinn", THERAPIST_PASSWORD, Role.THERAPIST),
                ensureClinician("therapist2", "Sam Okoye", THERAPIST_PASSWORD, Role.THERAPIST),
                ensureClinician("therapist3", "Jon Berg", THERAPIST_PASSWORD, Role.THERAPIST));
        loadPatients(therapists);
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

    private ClinicianId ensureClinician(String username, String displayName, String password, Role role) {
        Username name = new Username(username);
        return clinicians.findByUsername(name).map(Clinician::id).orElseGet(() -> {
            Clinician clinician = Clinician.create(name, displayName, hasher.hash(password), role);
            clinicians.add(clinician);
            return clinician.id();
        });
    }

    private void loadPatients(List<ClinicianId> therapists) {
        LocalDate today = LocalDate.now(clock);
        List<ProgramTemplate> templates = templateStore.all().stream().filter(t -> !t.retired()).toList();
        long started = System.nanoTime();
        int added = 0;
        int withCare = 0;
        for (int from = 1; from <= size; from += BATCH) {
            int to = Math.min(size, from + BATCH - 1);
            List<Patient> batch = IntStream.rangeClosed(from, to)
                    .mapToObj(number -> DemoClinic.patient(number, therapists, today)).toList();
            Set<Mrn> existing = patients.existingMrns(batch.stream().map(p -> p.details().mrn()).toList());
            List<Patient> missing = batch.stream().filter(p -> !existing.contains(p.details().mrn())).toList();
            patients.insertAll(missing);
            added += missing.size();
            withCare += loadCare(from, batch, templates, today, missing.stream().map(Patient::id).collect(Collectors.toSet()));
            if (to % 10_000 == 0) {
                LOG.info("Demo clinic: {} of {} patients checked", to, size);
            }
        }
        if (added > 0) {
            patients.refreshStatistics();
        }
        if (withCare > 0) {
            episodes.refreshStatistics();
        }
        LOG.info("Demo clinic ready: {} patients ({} added, care records seeded for {}, in {} ms)", size, added,
                withCare, (System.nanoTime() - started) / 1_000_000);
    }
}
