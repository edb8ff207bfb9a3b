package org.backboard.ui.fhirapi;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/** What the API supports, exactly: {@code GET /fhir/metadata}, public as FHIR requires. */
final class Capabilities {

    private static final String SEARCH_PARAMETERS = "http://hl7.org/fhir/SearchParameter/";
    private static final String BULK_DATA = "http://hl7.org/fhir/uv/bulkdata/";

    private Capabilities() {
    }

    static CapabilityStatement statement(String serverBase, Date published) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(published);
        statement.setPublisher("Backboard");
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.getSoftware().setName("Backboard");
        statement.getImplementation().setDescription("Backboard's read-only FHIR API").setUrl(serverBase);
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Read-only. Every call but this one needs a bearer token from the token endpoint "
                + "(OAuth 2 client credentials); a client reads only the patients of its scope. Unknown search "
                + "parameters are refused, not ignored.");
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("OAuth 2 client credentials at /oauth2/token (client_secret_basic or client_secret_post)");
        for (FhirResourceType type : FhirResourceType.values()) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type.fhirName());
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            resource.addSearchParam().setName("_lastUpdated").setType(SearchParamType.DATE)
                    .setDefinition(SEARCH_PARAMETERS + "Resource-lastUpdated")
                    .setDocumentation("prefixes ge, gt, le, lt");
            for (String parameter : type.patientParameters().stream().sorted().toList()) {
                resource.addSearchParam().setName(parameter).setType(SearchParamType.REFERENCE)
                        .setDefinition(SEARCH_PARAMETERS + "clinical-" + parameter)
                        .setDocumentation("required: Patient/{id} or {id}");
            }
            if (type == FhirResourceType.PATIENT) {
                resource.addSearchParam().setName("_count").setType(SearchParamType.NUMBER)
                        .setDocumentation("page size, 1-500 (default 50); the bundle's next link pages on");
                resource.addOperation().setName("everything")
                        .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
            }
        }
        bulkExport(statement, rest);
        return statement;
    }

    /** FHIR Bulk Data export: the whole clinic, and a Group (a therapist's caseload, by clinician id). */
    private static void bulkExport(CapabilityStatement statement, CapabilityStatementRestComponent rest) {
        statement.addInstantiates(BULK_DATA + "CapabilityStatement/bulk-data");
        rest.addOperation().setName("export").setDefinition(BULK_DATA + "OperationDefinition/export")
                .setDocumentation("the whole clinic, for whole-clinic clients; asynchronous (Prefer: respond-async)");
        rest.addResource().setType("Group").addOperation().setName("export")
                .setDefinition(BULK_DATA + "OperationDefinition/group-export")
                .setDocumentation("a therapist's caseload: the Group id is the therapist's clinician id");
    }
}
