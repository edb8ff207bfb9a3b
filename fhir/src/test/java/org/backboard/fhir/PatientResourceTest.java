package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.backboard.core.patient.Patient;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.junit.jupiter.api.Test;

class PatientResourceTest {

    private final Patient patient = SampleRecord.patient();

    @Test
    void keepsTheDomainIdAndTheLastChange() {
        org.hl7.fhir.r4.model.Patient resource = PatientResource.of(patient);

        assertThat(resource.getIdElement().getIdPart()).isEqualTo(patient.id().value().toString());
        assertThat(resource.getMeta().getLastUpdated()).isEqualTo(Date.from(patient.updatedAt()));
    }

    @Test
    void theMrnIsAMedicalRecordNumberInBackboardsSystem() {
        var identifier = PatientResource.of(patient).getIdentifierFirstRep();

        assertThat(identifier.getSystem()).isEqualTo("urn:backboard:mrn");
        assertThat(identifier.getValue()).isEqualTo("BB-0042");
        assertThat(identifier.getType().getCodingFirstRep().getCode()).isEqualTo("MR");
        assertThat(identifier.getType().getCodingFirstRep().getSystem())
                .isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0203");
    }

    @Test
    void nameBirthDateGenderAndContact() {
        org.hl7.fhir.r4.model.Patient resource = PatientResource.of(patient);

        assertThat(resource.getNameFirstRep().getFamily()).isEqualTo("Okafor");
        assertThat(resource.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Robin");
        assertThat(resource.getBirthDateElement().getValueAsString()).isEqualTo("1979-04-02");
        assertThat(resource.getGender()).isEqualTo(AdministrativeGender.FEMALE);
        assertThat(resource.getTelecom()).extracting(ContactPoint::getSystem, ContactPoint::getValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ContactPoint.ContactPointSystem.PHONE, "+44 20 7946 0000"),
                org.assertj.core.groups.Tuple.tuple(ContactPoint.ContactPointSystem.EMAIL, "robin@example.org"));
        assertThat(resource.getActive()).isTrue();
    }

    @Test
    void anArchivedPatientIsNotActive() {
        assertThat(PatientResource.of(patient.archive(SampleRecord.NOW)).getActive()).isFalse();
    }

    @Test
    void everySexHasAnAdministrativeGender() {
        for (var sex : org.backboard.core.patient.Sex.values()) {
            assertThat(PatientResource.gender(sex).toCode()).isEqualTo(sex.name().toLowerCase());
        }
    }
}
