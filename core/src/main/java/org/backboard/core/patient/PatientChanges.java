package org.backboard.core.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields of a patient differ: names for the audit trail, never values. */
public final class PatientChanges {

    private PatientChanges() {
    }

    /** The fields a newly registered patient was given. */
    public static List<String> present(Patient patient) {
        List<String> fields = new ArrayList<>(List.of("mrn", "givenName", "familyName", "dateOfBirth", "sex"));
        patient.details().contact().phone().ifPresent(phone -> fields.add("phone"));
        patient.details().contact().email().ifPresent(email -> fields.add("email"));
        fields.add("therapist");
        return fields;
    }

    static List<String> between(Patient before, Patient after) {
        PatientDetails b = before.details();
        PatientDetails a = after.details();
        List<String> fields = new ArrayList<>();
        addIf(fields, "mrn", b.mrn(), a.mrn());
        addIf(fields, "givenName", b.name().given(), a.name().given());
        addIf(fields, "familyName", b.name().family(), a.name().family());
        addIf(fields, "dateOfBirth", b.dateOfBirth(), a.dateOfBirth());
        addIf(fields, "sex", b.sex(), a.sex());
        addIf(fields, "phone", b.contact().phone(), a.contact().phone());
        addIf(fields, "email", b.contact().email(), a.contact().email());
        addIf(fields, "therapist", before.therapist(), after.therapist());
        addIf(fields, "status", before.status(), after.status());
        return fields;
    }

    private static void addIf(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
