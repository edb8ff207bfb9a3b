package org.backboard.ui.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;

/**
 * A deterministic, invented clinic. Patient number n always gets the same id, name and
 * therapist, whatever size is asked for, so a larger load extends a smaller one: patients come in
 * teams of 1,200 shared by three therapists (about 400 patients, 300 open episodes each). Ages and
 * registration dates are relative to the day of seeding, so the clinic never grows old.
 */
final class DemoClinic {

    static final String MRN_PREFIX = "BB-";
    static final int MAX_PATIENTS = 1_000_000;

    private static final int TEAM_PATIENTS = 1_200;
    private static final int TEAM_THERAPISTS = 3;
    private static final List<String> FIRST_THERAPISTS = List.of("Tara Quinn", "Sam Okoye", "Jon Berg");

    private static final List<String> FEMALE = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sofia",
            "Lily", "Freya", "Emily", "Aisha", "Chloe", "Hannah", "Priya", "Mei", "Zara", "Leah", "Nora", "Ruth",
            "Elena", "Fatima", "Ingrid", "Maya", "Rosa", "Yuki", "Ana", "Clara", "Ines", "Julia", "Sara");
    private static final List<String> MALE = List.of("Oliver", "George", "Noah", "Arthur", "Leo", "Oscar", "Harry",
            "Jack", "Thomas", "Samuel", "Omar", "Ravi", "Daniel", "Lucas", "Mateo", "Kenji", "Ivan", "Joseph",
            "David", "Tomas", "Ahmed", "Erik", "Felix", "Hugo", "Karim", "Luis", "Marco", "Nikhil", "Paul", "Victor");
    private static final List<String> FAMILY = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Lewis", "Hughes", "Edwards", "Garcia", "Nguyen",
            "Kowalski", "Okafor", "Haddad", "Silva", "Novak", "Larsen", "Moreau", "Rossi", "Schmidt", "Tanaka",
            "Kim", "Chen", "Singh", "Murphy", "O'Brien", "Fischer", "Dubois", "Costa", "Ibrahim", "Mensah", "Jensen");

    private DemoClinic() {
    }

    /** How many therapists a clinic of this many patients has: three per team of 1,200. */
    static int therapistsFor(int patients) {
        return TEAM_THERAPISTS * Math.max(1, (patients + TEAM_PATIENTS - 1) / TEAM_PATIENTS);
    }

    /** Therapist index (from 0): the first three keep their familiar names, the rest get invented ones. */
    static String therapistName(int index) {
        if (index < FIRST_THERAPISTS.size()) {
            return FIRST_THERAPISTS.get(index);
        }
        Random random = new Random(7919L * index + 3);
        return pick(random, random.nextBoolean() ? FEMALE : MALE) + " " + pick(random, FAMILY);
    }

    static Mrn mrn(int number) {
        return Mrn.of(MRN_PREFIX + String.format(Locale.ROOT, "%06d", number));
    }

    /** Patient number n (from 1), on the caseload of one of its team's three therapists. */
    static Patient patient(int number, List<ClinicianId> therapists, LocalDate today) {
        Random random = new Random(31L * number + 7);
        boolean female = random.nextBoolean();
        String given = pick(random, female ? FEMALE : MALE);
        String family = pick(random, FAMILY);
        Sex sex = random.nextInt(100) < 2 ? Sex.OTHER : female ? Sex.FEMALE : Sex.MALE;
        // back pain clinics see mostly adults of working age and older
        LocalDate born = today.minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365));
        String phone = random.nextInt(10) < 8 ? String.format(Locale.ROOT, "+44 7700 %06d", random.nextInt(1_000_000)) : null;
        String email = random.nextInt(10) < 6 ? (given + "." + family).toLowerCase(Locale.ROOT).replace("'", "")
                + number + "@example.org" : null;
        PatientDetails details = new PatientDetails(mrn(number), new PersonName(given, family), born, sex,
                ContactDetails.of(phone, email));
        Instant registered = today.minusDays(random.nextInt(720)).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                .plus(8 + random.nextInt(9), ChronoUnit.HOURS);
        // a name-based id: patient n has the same id in every demo database
        PatientId id = new PatientId(UUID.nameUUIDFromBytes(("backboard-demo-patient-" + number).getBytes()));
        Patient patient = new Patient(id, details, therapists.get(teamOf(number) * TEAM_THERAPISTS + random.nextInt(TEAM_THERAPISTS)),
                PatientStatus.ACTIVE, registered, registered, Patient.INITIAL_VERSION);
        return random.nextInt(100) < 4 ? patient.archive(registered) : patient;
    }

    private static int teamOf(int number) {
        return (number - 1) / TEAM_PATIENTS;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
