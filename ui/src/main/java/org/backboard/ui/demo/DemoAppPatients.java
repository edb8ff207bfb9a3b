package org.backboard.ui.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backboard.core.care.HomeService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.Username;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.PatientAccount;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.patientapp.SignInName;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Programs;
import org.backboard.core.program.SessionDraft;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterRow;
import org.backboard.core.roster.RosterService;
import org.backboard.core.roster.RosterSort;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.Symptom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives three of therapist1's patients (with an open episode and a program) the patient app, as
 * patient1 to patient3 with the demo password, and lets each report a session and a check-in
 * through their own app, so the clinicians' screens show patient-reported entries. Runs after the
 * demo clinic is loaded; an existing account is left as it is.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAppPatients implements ApplicationRunner {

    static final String PASSWORD = "demo-patient";
    static final int COUNT = 3;
    private static final Logger LOG = LoggerFactory.getLogger(DemoAppPatients.class);

    private final Clinicians clinicians;
    private final RosterService roster;
    private final Episodes episodes;
    private final Programs programs;
    private final PatientAccounts accounts;
    private final HomeService home;
    private final PasswordHasher hasher;
    private final Clock clock;

    DemoAppPatients(Clinicians clinicians, RosterService roster, Episodes episodes, Programs programs,
                    PatientAccounts accounts, HomeService home, PasswordHasher hasher, Clock clock) {
        this.clinicians = clinicians;
        this.roster = roster;
        this.episodes = episodes;
        this.programs = programs;
        this.accounts = accounts;
        this.home = home;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Clinician> therapist = clinicians.findByUsername(new Username("therapist1"));
        List<SignInName> missing = new ArrayList<>();
        for (int i = 1; i <= COUNT; i++) {
            SignInName name = new SignInName("patient" + i);
            if (accounts.byName(name).isEmpty()) {
                missing.add(name);
            }
        }
        if (therapist.isEmpty() || missing.isEmpty()) {
            return;
        }
        Actor actor = new Actor(therapist.get().id(), therapist.get().role());
        String hash = hasher.hash(PASSWORD);
        // from the end of the alphabet, so the first patients on the roster show the not-invited state
        List<PatientId> candidates = roster.roster(actor, RosterQuery.everyone(),
                        List.of(new RosterSort(RosterSort.Column.NAME, false)), 0, 100)
                .stream().map(RosterRow::id).filter(this::inCareWithAProgram)
                .filter(id -> accounts.forPatient(id).isEmpty()).limit(missing.size()).toList();
        for (int i = 0; i < candidates.size(); i++) {
            PatientId patient = candidates.get(i);
            accounts.save(PatientAccount.open(patient, missing.get(i), hash, clock.instant()));
            reportFromTheApp(new PatientActor(patient));
        }
        LOG.info("Demo patient app: {} patients can sign in at /app/login", candidates.size());
    }

    private boolean inCareWithAProgram(PatientId patient) {
        List<Episode> open = episodes.forPatient(patient).stream().filter(e -> !e.isDischarged()).toList();
        return !open.isEmpty() && !programs.forEpisodes(open.stream().map(Episode::id).toList()).isEmpty();
    }

    /** What a patient would have told the app today: a session of every exercise, and how they feel. */
    private void reportFromTheApp(PatientActor patient) {
        if (home.today(patient) instanceof Result.Saved<HomeService.Home> today) {
            today.value().program().flatMap(program -> program.program().inForceOn(today.value().today()))
                    .ifPresent(version -> home.recordSession(patient, new SessionDraft(today.value().today(),
                            version.prescriptions().stream().map(Prescription::exercise).collect(Collectors.toSet()),
                            3, 2, false, "", null)));
        }
        home.checkIn(patient, new CheckInDraft(LocalDateTime.now(clock), null, 4, 3,
                Set.of(Symptom.MORNING_STIFFNESS), Set.of(), "Better after the walk"));
    }
}
