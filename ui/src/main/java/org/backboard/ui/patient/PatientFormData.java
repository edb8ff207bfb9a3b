package org.backboard.ui.patient;

import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.Sex;

/** The mutable bean the patient form binds to; never the aggregate itself. */
public class PatientFormData {

    private String mrn = "";
    private String givenName = "";
    private String familyName = "";
    private LocalDate dateOfBirth;
    private Sex sex;
    private String phone = "";
    private String email = "";
    private ClinicianSummary therapist;

    static PatientFormData of(Patient patient) {
        PatientDetails details = patient.details();
        PatientFormData data = new PatientFormData();
        data.mrn = details.mrn().value();
        data.givenName = details.name().given();
        data.familyName = details.name().family();
        data.dateOfBirth = details.dateOfBirth();
        data.sex = details.sex();
        data.phone = details.contact().phone().orElse("");
        data.email = details.contact().email().orElse("");
        return data;
    }

    PatientDraft toDraft() {
        return new PatientDraft(mrn, givenName, familyName, dateOfBirth, sex, phone, email,
                Optional.ofNullable(therapist).map(ClinicianSummary::id));
    }

    public String getMrn() { return mrn; }
    public void setMrn(String mrn) { this.mrn = mrn; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public ClinicianSummary getTherapist() { return therapist; }
    public void setTherapist(ClinicianSummary therapist) { this.therapist = therapist; }
}
