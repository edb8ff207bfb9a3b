package org.backboard.persistence;

import java.util.Set;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.RiskFactor;
import org.backboard.core.episode.SymptomOnset;
import org.backboard.core.episode.WorkingDiagnosis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;

/** Test data with unique keys, so tests sharing one database never collide. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public static Clinician therapist() {
        String username = unique("t").toLowerCase();
        return Clinician.create(new Username(username), "Therapist " + username, "{noop}irrelevant", Role.THERAPIST);
    }

    public static Patient patient(Clinician therapist, String familyName, LocalDate dateOfBirth) {
        PatientDetails details = new PatientDetails(Mrn.of(unique("M")), new PersonName("Alex", familyName),
                dateOfBirth, Sex.FEMALE, ContactDetails.of("+44 20 7946 0000", "alex@example.org"));
        return Patient.register(details, therapist.id(), NOW);
    }

    public static Episode lumbarEpisode(Patient patient, LocalDate onset) {
        EpisodeDetails details = new EpisodeDetails(BodyRegion.LUMBAR, SymptomOnset.onDay(onset), onset.plusDays(2),
                WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of(RiskFactor.SEDENTARY, RiskFactor.STRESS));
        return Episode.open(patient.id(), details, patient.therapist());
    }
}
