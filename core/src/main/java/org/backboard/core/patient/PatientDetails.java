package org.backboard.core.patient;

import java.time.LocalDate;
import java.util.Objects;

/** The demographic part of a patient that a clinician edits. */
public record PatientDetails(Mrn mrn, PersonName name, LocalDate dateOfBirth, Sex sex, ContactDetails contact) {

    public PatientDetails {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(contact, "contact");
    }
}
