package org.backboard.ui.fhirapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.ApiClients;
import org.backboard.core.apiclient.RegisteredApiClient;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.patient.Patient;
import org.backboard.core.shared.Result;
import org.backboard.fhir.R4Validation;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.ClinicFixture;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The FHIR API over HTTP: a client's whole life, scopes, refusals as OperationOutcomes, and valid R4. */
@BackboardSpringTest
class FhirApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiClientService clients;
    @Autowired
    ApiClients store;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private ApiCalls api;
    private ClinicFixture fixture;
    private Actor lead;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(port);
        fixture = new ClinicFixture(context);
        lead = ClinicFixture.actor(fixture.lead());
    }

    @Test
    void aClientsWholeLifeRegisterTokenReadRevokeRefusedAtOnce() throws Exception {
        Patient patient = fixture.patientOf(fixture.therapist());
        RegisteredApiClient client = ApiCalls.register(clients, lead, Optional.empty());

        HttpResponse<String> tokenResponse = api.tokenResponse(client.client().id().value().toString(), client.secret());
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        assertThat(tokenResponse.body()).contains("\"token_type\":\"Bearer\"").containsPattern("\"expires_in\":\\s*(29\\d|300)");
        String token = api.token(client);

        HttpResponse<String> read = api.get("/fhir/Patient/" + patient.id().value(), token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/fhir+json"));
        assertThat(ApiCalls.parse(org.hl7.fhir.r4.model.Patient.class, read).getIdElement().getIdPart())
                .isEqualTo(patient.id().value().toString());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where api_client_actor_id = ? and patient_id = ?
                   and action = 'API_RECORD_READ' and actor_id is null""", Integer.class,
                client.client().id().value(), patient.id().value())).isEqualTo(1);

        assertThat(clients.revoke(lead, client.client().id(), client.client().version()))
                .isInstanceOf(Result.Saved.class);

        HttpResponse<String> afterRevoke = api.get("/fhir/Patient/" + patient.id().value(), token);
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
        assertOperationOutcome(afterRevoke);
        assertThat(api.tokenResponse(client.client().id().value().toString(), client.secret()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWrongSecretGetsNoToken() throws Exception {
        RegisteredApiClient client = ApiCalls.register(clients, lead, Optional.empty());

        HttpResponse<String> refused = api.tokenResponse(client.client().id().value().toString(), client.secret() + "x");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("invalid_client").doesNotContain("<html");
        assertThat(api.tokenResponse(UUID.randomUUID().toString(), client.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void aClientThatExpiresIsRefusedAtOnceWhateverTokenItHolds() throws Exception {
        String secret = "expiring-" + UUID.randomUUID();
        Instant now = Instant.now();
        ApiClient expiring = new ApiClient(ApiClientId.newId(), "Expiring EHR", new ApiClientScope.WholeClinic(),
                hasher.hash(secret), lead.id(), now.minusSeconds(60), now.plusSeconds(4), Optional.empty(), 0);
        transaction.executeWithoutResult(status -> store.add(expiring));
        RegisteredApiClient client = new RegisteredApiClient(expiring, secret);
        String token = api.token(client);
        assertThat(api.get("/fhir/Patient?_count=1", token).statusCode()).isEqualTo(200);

        Thread.sleep(Duration.between(Instant.now(), now.plusSeconds(5)).toMillis());

        HttpResponse<String> refused = api.get("/fhir/Patient?_count=1", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertOperationOutcome(refused);
        assertThat(api.tokenResponse(expiring.id().value().toString(), secret).statusCode()).isEqualTo(401);
    }

    @Test
    void aCaseloadClientCannotTellAnotherCaseloadsPatientFromNoPatientAndSearchesOnlyItsOwn() throws Exception {
        Clinician own = fixture.therapist();
        Clinician other = fixture.therapist();
        Patient mine = fixture.patientOf(own);
        fixture.openEpisode(mine);
        Patient theirs = fixture.patientOf(other);
        fixture.openEpisode(theirs);
        RegisteredApiClient client = ApiCalls.register(clients, lead, Optional.of(own.id()));
        String token = api.token(client);

        HttpResponse<String> ownRead = api.get("/fhir/Patient/" + mine.id().value(), token);
        HttpResponse<String> otherRead = api.get("/fhir/Patient/" + theirs.id().value(), token);
        UUID nobody = UUID.randomUUID();
        HttpResponse<String> nobodyRead = api.get("/fhir/Patient/" + nobody, token);

        assertThat(ownRead.statusCode()).isEqualTo(200);
        assertThat(otherRead.statusCode()).isEqualTo(404);
        assertThat(otherRead.body().replace(theirs.id().value().toString(), "ID"))
                .isEqualTo(nobodyRead.body().replace(nobody.toString(), "ID"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where api_client_actor_id = ? and patient_id = ?
                   and action = 'PATIENT_ACCESS_DENIED'""", Integer.class,
                client.client().id().value(), theirs.id().value())).isEqualTo(1);

        Bundle ownEpisodes = ApiCalls.parse(Bundle.class, api.get("/fhir/EpisodeOfCare?patient=Patient/"
                + mine.id().value(), token));
        Bundle otherEpisodes = ApiCalls.parse(Bundle.class, api.get("/fhir/EpisodeOfCare?patient="
                + theirs.id().value(), token));
        assertThat(ownEpisodes.getEntry()).hasSize(1);
        assertThat(otherEpisodes.getEntry()).isEmpty();
        String episodeId = ownEpisodes.getEntryFirstRep().getResource().getIdElement().getIdPart();
        String otherEpisode = jdbc.queryForObject("select id::text from episode where patient_id = ?", String.class,
                theirs.id().value());
        assertThat(api.get("/fhir/EpisodeOfCare/" + episodeId, token).statusCode()).isEqualTo(200);
        assertThat(api.get("/fhir/EpisodeOfCare/" + otherEpisode, token).statusCode()).isEqualTo(404);
        assertThat(api.get("/fhir/Condition/condition-" + otherEpisode, token).statusCode()).isEqualTo(404);

        Bundle changed = ApiCalls.parse(Bundle.class, api.get("/fhir/Patient?_count=500&_lastUpdated=ge"
                + Instant.now().minusSeconds(3600), token));
        List<String> ids = changed.getEntry().stream().map(entry -> entry.getResource().getIdElement().getIdPart()).toList();
        assertThat(ids).contains(mine.id().value().toString()).doesNotContain(theirs.id().value().toString());
        for (String id : ids) {
            assertThat(jdbc.queryForObject("select therapist_id from patient where id = ?::uuid", UUID.class, id))
                    .isEqualTo(own.id().value());
        }
    }

    @Test
    void refusalsAndErrorsAreOperationOutcomesNeverHtml() throws Exception {
        RegisteredApiClient client = ApiCalls.register(clients, lead, Optional.empty());
        String token = api.token(client);
        String patient = UUID.randomUUID().toString();

        for (HttpResponse<String> response : List.of(
                api.get("/fhir/Patient/" + patient, null),
                api.get("/fhir/Patient/" + patient, "not-a-token"),
                api.get("/fhir/Observation?patient=" + patient, null),
                api.get("/fhir/Patient/" + patient + "/$everything", null),
                api.send("POST", "/fhir/Patient", null))) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                    assertThat(value).startsWith("Bearer"));
            assertOperationOutcome(response);
        }
        String checkIn = jdbc.queryForObject("select id::text from check_in limit 1", String.class);
        String episode = jdbc.queryForObject("select id::text from episode limit 1", String.class);
        for (HttpResponse<String> response : List.of(
                api.get("/fhir/Patient/" + patient, token),
                // an id not of its type's form opens no record (and audits no read)
                api.get("/fhir/Patient/pain-" + checkIn, token),
                api.get("/fhir/Observation/" + checkIn, token),
                api.get("/fhir/EpisodeOfCare/condition-" + episode, token),
                api.get("/fhir/Condition/" + episode, token),
                api.get("/fhir/Basic/" + patient, token),
                api.get("/fhir/Observation/pain-" + patient, token),
                api.get("/fhir/nothing/here/at/all", token))) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
            assertOperationOutcome(response);
        }
        for (HttpResponse<String> response : List.of(
                api.get("/fhir/Observation?patient=" + patient + "&_lastUpdated=eq2026-01-01", token),
                api.get("/fhir/Observation?patient=" + patient + "&_lastUpdated=ge2026-13-01", token),
                api.get("/fhir/Observation", token),
                api.get("/fhir/Observation?patient=" + patient + "&code=72514-3", token),
                api.get("/fhir/Patient?_count=0", token))) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
            assertOperationOutcome(response);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where api_client_actor_id = ?",
                Integer.class, client.client().id().value())).isZero();
    }

    /** The README's curl examples use the demo clinic's client and its published secret. */
    @Test
    void theDemoClientOfTheReadmeGetsATokenAndReads() throws Exception {
        HttpResponse<String> token = api.tokenResponse("d3e0c11e-0000-4000-8000-000000000001",
                "demo-api-secret-for-the-readme-only");
        assertThat(token.statusCode()).isEqualTo(200);
        String value = token.body().replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        assertThat(api.get("/fhir/Patient?_count=1", value).statusCode()).isEqualTo(200);
    }

    @Test
    void theCapabilityStatementIsPublicAndNamesWhatIsServed() throws Exception {
        HttpResponse<String> response = api.get("/fhir/metadata", null);

        assertThat(response.statusCode()).isEqualTo(200);
        CapabilityStatement statement = ApiCalls.parse(CapabilityStatement.class, response);
        assertThat(statement.getRestFirstRep().getResource()).extracting(resource -> resource.getType())
                .containsExactlyInAnyOrder("Patient", "EpisodeOfCare", "Condition", "Observation",
                        "QuestionnaireResponse", "RiskAssessment", "Flag", "CarePlan", "Group");
        assertThat(statement.getRestFirstRep().getOperation()).extracting(operation -> operation.getName())
                .containsExactly("export");
        assertThat(new R4Validation().errorsIn(statement)).isEmpty();
    }

    /**
     * A demo patient with a full record, as $everything, every resource read again by its id, each
     * type searched by patient: all of it valid R4, and each read equal to its $everything entry.
     */
    @Test
    void whatTheApiReturnsValidatesAsR4() throws Exception {
        RegisteredApiClient client = ApiCalls.register(clients, lead, Optional.empty());
        String token = api.token(client);
        UUID patient = jdbc.queryForObject("""
                select p.id from patient p where p.mrn like 'BB-%'
                   and exists (select 1 from program g where g.patient_id = p.id)
                   and exists (select 1 from outcome_measure o where o.patient_id = p.id and o.instrument = 'ODI')
                   and exists (select 1 from outcome_measure o where o.patient_id = p.id and o.instrument = 'START_BACK')
                   and exists (select 1 from red_flag f where f.patient_id = p.id)
                 order by p.mrn limit 1""", UUID.class);
        R4Validation validation = new R4Validation();

        HttpResponse<String> everythingResponse = api.get("/fhir/Patient/" + patient + "/$everything", token);
        assertThat(everythingResponse.statusCode()).isEqualTo(200);
        Bundle everything = ApiCalls.parse(Bundle.class, everythingResponse);
        assertThat(validation.errorsIn(everything)).isEmpty();
        assertThat(everything.getEntry().stream().map(entry -> entry.getResource().fhirType()).distinct())
                .containsExactlyInAnyOrder("Patient", "EpisodeOfCare", "Condition", "Observation",
                        "QuestionnaireResponse", "RiskAssessment", "Flag", "CarePlan");

        for (Bundle.BundleEntryComponent entry : everything.getEntry()) {
            Resource resource = entry.getResource();
            HttpResponse<String> read = api.get("/fhir/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart(),
                    token);
            assertThat(read.statusCode()).as(resource.fhirType() + "/" + resource.getIdPart()).isEqualTo(200);
            Resource again = (Resource) ApiCalls.FHIR.newJsonParser().parseResource(read.body());
            // parsed from a bundle, an id carries the entry's full URL; compare the resources themselves
            Resource expected = resource.copy();
            expected.setId(resource.getIdElement().getIdPart());
            again.setId(again.getIdElement().getIdPart());
            assertThat(again.equalsDeep(expected)).as(resource.fhirType() + "/" + resource.getIdPart()).isTrue();
            assertThat(validation.errorsIn(again)).as(resource.fhirType()).isEmpty();
        }
        for (FhirResourceType type : FhirResourceType.values()) {
            if (type == FhirResourceType.PATIENT) {
                continue;
            }
            Bundle found = ApiCalls.parse(Bundle.class, api.get("/fhir/" + type.fhirName() + "?patient=" + patient,
                    token));
            assertThat(found.getEntry()).as(type.fhirName()).isNotEmpty();
            assertThat(validation.errorsIn(found)).as(type.fhirName()).isEmpty();
        }
        Bundle recent = ApiCalls.parse(Bundle.class, api.get("/fhir/Patient?_count=20&_lastUpdated=ge2000-01-01", token));
        assertThat(recent.getEntry()).hasSize(20);
        assertThat(recent.getLink("next")).isNotNull();
        assertThat(validation.errorsIn(recent)).isEmpty();
        assertThat(validation.errorsIn(ApiCalls.parse(OperationOutcome.class, api.get("/fhir/Patient/x", token))))
                .isEmpty();
    }

    @Test
    void lastUpdatedNarrowsAPatientsSearch() throws Exception {
        RegisteredApiClient client = ApiCalls.register(clients, lead, Optional.empty());
        String token = api.token(client);
        Patient patient = fixture.patientOf(fixture.therapist());
        fixture.openEpisode(patient);
        String id = patient.id().value().toString();

        Bundle all = ApiCalls.parse(Bundle.class, api.get("/fhir/Patient?_lastUpdated=ge"
                + patient.updatedAt().minusSeconds(1) + "&_lastUpdated=le" + patient.updatedAt().plusSeconds(1)
                + "&_count=500", token));
        Bundle later = ApiCalls.parse(Bundle.class, api.get("/fhir/Patient?_lastUpdated=gt"
                + patient.updatedAt().plusSeconds(1) + "&_count=500", token));
        Bundle episodes = ApiCalls.parse(Bundle.class, api.get("/fhir/EpisodeOfCare?patient=" + id
                + "&_lastUpdated=ge2000-01-01", token));

        assertThat(all.getEntry()).extracting(entry -> entry.getResource().getIdElement().getIdPart()).contains(id);
        assertThat(later.getEntry()).extracting(entry -> entry.getResource().getIdElement().getIdPart())
                .doesNotContain(id);
        // episodes keep no change time: no _lastUpdated filter matches them
        assertThat(episodes.getEntry()).isEmpty();
    }

    private static void assertOperationOutcome(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(response.body()).as(response.uri().toString()).contains("\"resourceType\":\"OperationOutcome\"")
                .doesNotContainIgnoringCase("<html");
    }
}
