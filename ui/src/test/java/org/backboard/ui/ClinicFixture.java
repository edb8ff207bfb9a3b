package org.backboard.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.care.EpisodeService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.Result;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * A test's own corner of the clinic, made through the core services as the app would make it:
 * clinicians, patients, episodes and check-ins with unique names, so a test depends neither on the
 * demo clinic nor on what other tests left behind.
 */
public final class ClinicFixture {

    public static final String PASSWORD = "Granite-Kettle-Moss-41";

    private final Clinicians clinicians;
    private final PasswordHasher hasher;
    private final PatientService patients;
    private final EpisodeService episodes;
    private final UserDetailsService users;
    private Clinician registrar;

    /** Not a bean: a component among the test classes would join the one shared application context. */
    public ClinicFixture(ApplicationContext context) {
        clinicians = context.getBean(Clinicians.class);
        hasher = context.getBean(PasswordHasher.class);
        patients = context.getBean(PatientService.class);
        episodes = context.getBean(EpisodeService.class);
        users = context.getBean(UserDetailsService.class);
    }

    public Clinician therapist() {
        return clinician(Role.THERAPIST);
    }

    public Clinician lead() {
        return clinician(Role.LEAD);
    }

    /** An account whose display name is as unique as its user name, so a roster row names only them. */
    public Clinician clinician(Role role) {
        String suffix = unique();
        Clinician clinician = Clinician.create(new Username(role.name().toLowerCase() + "-" + suffix),
                role.label() + " " + suffix, hasher.hash(PASSWORD), role);
        clinicians.add(clinician);
        return clinician;
    }

    /** Registered by a lead (only a lead may name the therapist), with an MRN and a family name no one else has. */
    public Patient patientOf(Clinician therapist) {
        String suffix = unique();
        PatientDraft draft = new PatientDraft("FX-" + suffix.toUpperCase(), "Robin", "Fixture" + suffix,
                LocalDate.of(1980, 5, 17), Sex.FEMALE, "", "", Optional.of(therapist.id()));
        return saved(patients.register(actor(registrar()), draft));
    }

    /** A low-back episode whose symptoms began ten days ago, opened yesterday by the patient's therapist. */
    public Episode openEpisode(Patient patient) {
        LocalDate today = patients.today();
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, today.minusDays(10), OnsetPrecision.DAY,
                today.minusDays(1), WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of());
        return saved(episodes.open(therapistOf(patient), patient.id(), draft, Set.of()));
    }

    /**
     * Signs the clinician in for the current test, as {@code @WithUserDetails} would with a name that
     * must exist before the test class is read: their details come from the app's own
     * UserDetailsService. Spring Security's test listener clears the context after the test.
     */
    public void signIn(Clinician clinician) {
        UserDetails user = users.loadUserByUsername(clinician.username().value());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(),
                user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
    }

    public static Actor actor(Clinician clinician) {
        return new Actor(clinician.id(), clinician.role());
    }

    private Actor therapistOf(Patient patient) {
        return new Actor(patient.therapist(), Role.THERAPIST);
    }

    private Clinician registrar() {
        if (registrar == null) {
            registrar = lead();
        }
        return registrar;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T saved(Result<T> result) {
        if (result instanceof Result.Saved<T>(T value)) {
            return value;
        }
        throw new IllegalStateException("the fixture's data was refused: " + result);
    }
}
