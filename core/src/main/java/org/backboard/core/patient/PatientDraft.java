package org.backboard.core.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.FieldProblem;

/**
 * What a clinician typed into the patient form, before it is checked. Field names in problems
 * match the record components, so a form can show each message on its field.
 */
public record PatientDraft(
        String mrn,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Sex sex,
        String phone,
        String email,
        Optional<ClinicianId> therapist) {

    public List<FieldProblem> problems(LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        Mrn.problem(mrn).ifPresent(m -> problems.add(new FieldProblem("mrn", m)));
        PersonName.problem(givenName, "Given name").ifPresent(m -> problems.add(new FieldProblem("givenName", m)));
        PersonName.problem(familyName, "Family name").ifPresent(m -> problems.add(new FieldProblem("familyName", m)));
        BirthDate.problem(dateOfBirth, asOf).ifPresent(m -> problems.add(new FieldProblem("dateOfBirth", m)));
        if (sex == null) {
            problems.add(new FieldProblem("sex", "Sex is required (choose Unknown if not recorded)"));
        }
        ContactDetails.phoneProblem(phone).ifPresent(m -> problems.add(new FieldProblem("phone", m)));
        ContactDetails.emailProblem(email).ifPresent(m -> problems.add(new FieldProblem("email", m)));
        return problems;
    }

    /** The checked parts; only call when {@link #problems(LocalDate)} is empty. */
    public PatientDetails toDetails() {
        return new PatientDetails(Mrn.of(mrn), new PersonName(givenName, familyName), dateOfBirth, sex,
                ContactDetails.of(phone, email));
    }
}
