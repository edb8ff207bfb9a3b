package org.backboard.ui.fhirapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.RegisteredApiClient;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.ui.BackboardSpringTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access matrix of the FHIR API, over HTTP: every operation (the CapabilityStatement, a read of
 * each resource type, a search of each, $everything) for every kind of caller: none, a whole-clinic
 * client, a client of the patient's therapist's caseload, a client of another caseload, a revoked
 * client. The sibling of AccessMatrixTest, which holds the service operations.
 */
@BackboardSpringTest
class ApiAccessMatrixTest {

    enum Caller { NONE, WHOLE_CLINIC, OWN_CASELOAD, OTHER_CASELOAD, REVOKED }

    /** What a caller gets: the answer, and for a search whether the patient's resources are in it. */
    enum Outcome { OK, OK_EMPTY, NOT_FOUND, UNAUTHORIZED }

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyApiOperationForEveryKindOfCaller() throws Exception {
        ApiCalls api = new ApiCalls(port);
        Actor lead = actor("lead");
        ClinicianId therapist1 = actor("therapist1").id();
        ClinicianId therapist2 = actor("therapist2").id();
        UUID patient = jdbc.queryForObject("""
                select p.id from patient p where p.therapist_id = ? and p.mrn like 'BB-%'
                   and exists (select 1 from program g where g.patient_id = p.id)
                   and exists (select 1 from outcome_measure o where o.patient_id = p.id and o.instrument = 'ODI')
                   and exists (select 1 from outcome_measure o where o.patient_id = p.id and o.instrument = 'START_BACK')
                   and exists (select 1 from red_flag f where f.patient_id = p.id)
                 order by p.mrn limit 1""", UUID.class, therapist1.value());
        matrixPatient = patient.toString();
        Instant changed = jdbc.queryForObject("select updated_at from patient where id = ?",
                java.sql.Timestamp.class, patient).toInstant();
        Map<Caller, String> tokens = new LinkedHashMap<>();
        tokens.put(Caller.NONE, null);
        tokens.put(Caller.WHOLE_CLINIC, api.token(ApiCalls.register(clients, lead, Optional.empty())));
        tokens.put(Caller.OWN_CASELOAD, api.token(ApiCalls.register(clients, lead, Optional.of(therapist1))));
        tokens.put(Caller.OTHER_CASELOAD, api.token(ApiCalls.register(clients, lead, Optional.of(therapist2))));
        RegisteredApiClient revoked = ApiCalls.register(clients, lead, Optional.empty());
        tokens.put(Caller.REVOKED, api.token(revoked));
        clients.revoke(lead, revoked.client().id(), revoked.client().version());

        Bundle everything = ApiCalls.parse(Bundle.class, api.get("/fhir/Patient/" + patient + "/$everything",
                tokens.get(Caller.WHOLE_CLINIC)));
        Map<String, String> oneOfEach = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent entry : everything.getEntry()) {
            Resource resource = entry.getResource();
            oneOfEach.putIfAbsent(resource.fhirType(), resource.getIdElement().getIdPart());
        }
        assertThat(oneOfEach.keySet()).hasSize(FhirResourceType.values().length);

        List<String> failures = new ArrayList<>();
        for (Map.Entry<Caller, String> caller : tokens.entrySet()) {
            check(failures, api, caller, "GET /fhir/metadata", "/fhir/metadata", Outcome.OK);
            Outcome read = switch (caller.getKey()) {
                case NONE, REVOKED -> Outcome.UNAUTHORIZED;
                case WHOLE_CLINIC, OWN_CASELOAD -> Outcome.OK;
                case OTHER_CASELOAD -> Outcome.NOT_FOUND;
            };
            Outcome search = read == Outcome.NOT_FOUND ? Outcome.OK_EMPTY : read;
            for (FhirResourceType type : FhirResourceType.values()) {
                String name = type.fhirName();
                check(failures, api, caller, "read " + name, "/fhir/" + name + "/" + oneOfEach.get(name), read);
                String searchPath = type == FhirResourceType.PATIENT
                        ? "/fhir/Patient?_count=500&_lastUpdated=ge" + changed.minusSeconds(1) + "&_lastUpdated=le"
                                + changed.plusSeconds(1)
                        : "/fhir/" + name + "?patient=Patient/" + patient;
                check(failures, api, caller, "search " + name, searchPath, search);
            }
            check(failures, api, caller, "Patient/$everything", "/fhir/Patient/" + patient + "/$everything", read);
        }
        assertThat(failures).isEmpty();
    }

    private void check(List<String> failures, ApiCalls api, Map.Entry<Caller, String> caller, String operation,
                       String path, Outcome expected) throws Exception {
        HttpResponse<String> response = api.get(path, caller.getValue());
        // a Patient search holds the patient among others; a search by the patient holds anything at all
        boolean holdsThePatient = true;
        if (response.statusCode() == 200 && response.body().contains("\"resourceType\":\"Bundle\"")) {
            List<Bundle.BundleEntryComponent> entries = ApiCalls.parse(Bundle.class, response).getEntry();
            holdsThePatient = path.startsWith("/fhir/Patient?")
                    ? entries.stream().anyMatch(entry -> entry.getResource().getIdElement().getIdPart()
                            .equals(matrixPatient))
                    : !entries.isEmpty();
        }
        Outcome actual = switch (response.statusCode()) {
            case 200 -> holdsThePatient ? Outcome.OK : Outcome.OK_EMPTY;
            case 404 -> Outcome.NOT_FOUND;
            case 401 -> Outcome.UNAUTHORIZED;
            default -> null;
        };
        if (actual != expected) {
            failures.add(caller.getKey() + " x " + operation + ": expected " + expected + ", got "
                    + response.statusCode() + " " + actual);
        }
        if (response.statusCode() != 200 && !response.body().contains("\"resourceType\":\"OperationOutcome\"")) {
            failures.add(caller.getKey() + " x " + operation + ": not an OperationOutcome");
        }
    }

    /** The patient the matrix is about: a demo patient of therapist1 with every kind of record. */
    private String matrixPatient = "";

    private Actor actor(String username) {
        var clinician = clinicians.findByUsername(new Username(username)).orElseThrow();
        return new Actor(clinician.id(), clinician.role());
    }
}
