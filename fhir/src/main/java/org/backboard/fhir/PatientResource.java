package org.backboard.fhir;

import java.util.Date;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;

/** A patient as FHIR Patient (docs/fhir-mapping.md, "Patient"). */
public final class PatientResource {

    private static final String IDENTIFIER_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0203";

    private PatientResource() {
    }

    public static org.hl7.fhir.r4.model.Patient of(Patient patient) {
        PatientDetails details = patient.details();
        org.hl7.fhir.r4.model.Patient resource = new org.hl7.fhir.r4.model.Patient();
        resource.setId(patient.id().value().toString());
        resource.getMeta().setLastUpdated(Date.from(patient.updatedAt()));
        resource.addIdentifier()
                .setUse(Identifier.IdentifierUse.USUAL)
                .setType(new CodeableConcept(new Coding(IDENTIFIER_TYPES, "MR", "Medical record number")))
                .setSystem(BackboardSystems.MRN)
                .setValue(details.mrn().value());
        // an archived patient left the clinic's care; the record itself stays
        resource.setActive(patient.status() == PatientStatus.ACTIVE);
        resource.addName().setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(details.name().family())
                .addGiven(details.name().given());
        resource.setBirthDateElement(FhirDates.date(details.dateOfBirth()));
        resource.setGender(gender(details.sex()));
        details.contact().phone().ifPresent(phone -> resource.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(phone));
        details.contact().email().ifPresent(email -> resource.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(email));
        return resource;
    }

    static AdministrativeGender gender(org.backboard.core.patient.Sex sex) {
        return switch (sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        };
    }
}
