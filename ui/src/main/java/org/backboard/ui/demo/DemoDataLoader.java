package org.backboard.ui.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * {@code backboard.demo.patients} patients. Safe to run on every start: what exists is kept.
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
    private final PasswordHasher hasher;
    private final Clock clock;
    private final int size;

    DemoDataLoader(Clinicians clinicians, Patients patients, PasswordHasher hasher, Clock clock,
                   @Value("${backboard.demo.patients:200}") int size) {
        this.clinicians = clinicians;
        this.patients = patients;
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
        long started = System.nanoTime();
        int added = 0;
        for (int from = 1; from <= size; from += BATCH) {
            int to = Math.min(size, from + BATCH - 1);
            List<Mrn> mrns = IntStream.rangeClosed(from, to).mapToObj(DemoClinic::mrn).toList();
            Set<Mrn> existing = patients.existingMrns(mrns);
            List<Patient> missing = new ArrayList<>();
            for (int number = from; number <= to; number++) {
                if (!existing.contains(DemoClinic.mrn(number))) {
                    missing.add(DemoClinic.patient(number, therapists, today));
                }
            }
            patients.insertAll(missing);
            added += missing.size();
            if (to % 10_000 == 0) {
                LOG.info("Demo clinic: {} of {} patients checked", to, size);
            }
        }
        if (added > 0) {
            patients.refreshStatistics();
        }
        LOG.info("Demo clinic ready: {} patients ({} added in {} ms)", size, added,
                (System.nanoTime() - started) / 1_000_000);
    }
}
