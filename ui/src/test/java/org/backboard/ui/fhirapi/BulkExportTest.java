package org.backboard.ui.fhirapi;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.backboard.core.bulkexport.ClaimedExport;
import org.backboard.core.bulkexport.ExportBatch;
import org.backboard.core.bulkexport.ExportJobId;
import org.backboard.core.bulkexport.ExportJobs;
import org.backboard.core.bulkexport.ExportRunner;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.mail.Lease;
import org.backboard.fhir.R4Validation;
import org.backboard.ui.BackboardSpringTest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * FHIR Bulk Data export over HTTP, as an API client uses it, on the demo clinic in PostgreSQL. The
 * node's own worker is idle in the tests (its poll is an hour); each test runs the jobs itself with
 * the runner the worker would call, in batches of 50 patients (BackboardSpringTest), so the demo
 * clinic's export takes several batches.
 */
@BackboardSpringTest
class BulkExportTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ExportRunner runner;
    @Autowired
    ExportJobs jobs;
    @Autowired
    ExportBatch batch;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;

    ExportClients clients;
    ClinicianId therapist1;
    ClinicianId therapist2;

    @BeforeEach
    void clients() {
        clients = new ExportClients(context, port);
        therapist1 = clinician("therapist1");
        therapist2 = clinician("therapist2");
    }

    @Test
    void aGroupExportIsKickedOffPolledAndItsFilesAreValidNdjsonOfTheCaseload() {
        ExportClients.Client client = clients.caseloadOf(therapist1);

        HttpResponse<String> kickOff = clients.kickOff(client, "/fhir/Group/" + therapist1.value() + "/$export");
        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        String status = kickOff.headers().firstValue("Content-Location").orElseThrow();
        assertThat(status).startsWith("http://localhost:" + port + "/fhir/$export-status/");

        HttpResponse<String> waiting = clients.get(client, status);
        assertThat(waiting.statusCode()).isEqualTo(202);
        assertThat(waiting.headers().firstValue("X-Progress")).isPresent();
        assertThat(waiting.headers().firstValue("Retry-After")).contains("10");

        JsonNode manifest = runUntilDone(client, status);
        assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
        assertThat(manifest.get("request").asString()).endsWith("/fhir/Group/" + therapist1.value() + "/$export");
        assertThat(manifest.get("error")).isEmpty();
        Instant.parse(manifest.get("transactionTime").asString());

        Set<String> caseload = Set.copyOf(jdbc.queryForList("select id::text from patient where therapist_id = ?",
                String.class, therapist1.value()));
        FhirContext r4 = FhirContext.forR4Cached();
        R4Validation validation = new R4Validation();
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode output : manifest.get("output")) {
            String type = output.get("type").asString();
            HttpResponse<String> file = clients.get(client, output.get("url").asString());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/fhir+ndjson");
            List<String> lines = file.body().lines().toList();
            assertThat((long) lines.size()).as(type).isEqualTo(output.get("count").asLong());
            for (String line : lines) {
                IBaseResource resource = r4.newJsonParser().parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(type);
                validation.validate(resource);
                if (type.equals("Patient")) {
                    assertThat(caseload).contains(resource.getIdElement().getIdPart());
                }
            }
            counts.put(type, (long) lines.size());
        }
        assertThat(counts.get("Patient")).isEqualTo(caseload.size());
        assertThat(counts.keySet()).contains("Patient", "EpisodeOfCare", "Condition", "Observation",
                "QuestionnaireResponse", "CarePlan");
        assertThat(validation.errors()).isEmpty();
        // every patient exported is audited once for this job, with the client as the actor
        String job = status.substring(status.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("""
                select count(distinct patient_id) from audit_event
                 where action = 'RECORD_BULK_EXPORTED' and entity_id = ? and api_client_actor_id = ?""",
                Integer.class, job, client.id())).isEqualTo(caseload.size());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'BULK_EXPORT_DOWNLOADED' and entity_id = ?""",
                Integer.class, job)).isEqualTo(counts.size());
    }

    @Test
    void theWholeClinicExportHasEveryPatientOnceAndOnlyTheTypesAsked() {
        ExportClients.Client client = clients.wholeClinic();

        HttpResponse<String> kickOff = clients.kickOff(client, "/fhir/$export?_type=Patient,Flag");
        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        JsonNode manifest = runUntilDone(client, kickOff.headers().firstValue("Content-Location").orElseThrow());

        Map<String, String> urls = new HashMap<>();
        manifest.get("output").forEach(output -> urls.put(output.get("type").asString(), output.get("url").asString()));
        assertThat(urls.keySet()).containsExactlyInAnyOrder("Patient", "Flag");
        List<String> ids = clients.get(client, urls.get("Patient")).body().lines()
                .map(line -> ExportClients.JSON.readTree(line).get("id").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.size()).isEqualTo(jdbc.queryForObject("select count(*) from patient", Integer.class));
        assertThat(clients.get(client, urls.get("Flag")).body().lines().count())
                .isEqualTo(jdbc.queryForObject("select count(*) from red_flag", Long.class));
    }

    @Test
    void aCaseloadClientExportsNeitherTheClinicNorAnotherGroupNorSeesAnotherClientsJob() {
        ExportClients.Client own = clients.caseloadOf(therapist1);
        ExportClients.Client other = clients.wholeClinic();

        assertThat(clients.kickOff(own, "/fhir/$export").statusCode()).isEqualTo(403);
        HttpResponse<String> anotherGroup = clients.kickOff(own, "/fhir/Group/" + therapist2.value() + "/$export");
        assertThat(anotherGroup.statusCode()).isEqualTo(404);
        assertThat(anotherGroup.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/fhir+json");
        assertThat(ExportClients.json(anotherGroup).get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(clients.kickOff(own, "/fhir/Group/" + UUID.randomUUID() + "/$export").statusCode()).isEqualTo(404);

        // the whole-clinic client may export any therapist's group; its job is its own
        HttpResponse<String> kickOff = clients.kickOff(other, "/fhir/Group/" + therapist2.value() + "/$export");
        assertThat(kickOff.statusCode()).isEqualTo(202);
        String status = kickOff.headers().firstValue("Content-Location").orElseThrow();
        JsonNode manifest = runUntilDone(other, status);
        String file = manifest.get("output").get(0).get("url").asString();

        assertThat(clients.get(own, status).statusCode()).isEqualTo(404);
        assertThat(clients.get(own, file).statusCode()).isEqualTo(404);
        for (String anyone : List.of("/fhir/$export", "/fhir/Group/" + therapist1.value() + "/$export", status, file)) {
            HttpResponse<String> anonymous = clients.anonymous(anyone);
            assertThat(anonymous.statusCode()).as(anyone).isEqualTo(401);
            assertThat(anonymous.body()).contains("OperationOutcome");
        }
        assertThat(clients.delete(own, status).statusCode()).isEqualTo(404);
        assertThat(clients.get(other, file).statusCode()).isEqualTo(200);
    }

    @Test
    void aKickOffNeedsRespondAsyncAndKnownParameters() {
        ExportClients.Client client = clients.wholeClinic();

        assertThat(clients.get(client, "/fhir/$export").statusCode()).isEqualTo(400);
        HttpResponse<String> unknownType = clients.kickOff(client, "/fhir/$export?_type=Encounter");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("Encounter");
        assertThat(clients.kickOff(client, "/fhir/$export?_since=yesterday").statusCode()).isEqualTo(400);
        assertThat(clients.kickOff(client, "/fhir/$export?_typeFilter=Patient%3Factive%3Dtrue").statusCode())
                .isEqualTo(400);
        assertThat(clients.get(client, "/fhir/$export").statusCode()).isEqualTo(400);
        HttpResponse<String> longUrl = clients.kickOff(client, "/fhir/$export?_type=Patient&note=" + "a".repeat(2100));
        assertThat(longUrl.statusCode()).isEqualTo(400);
        assertThat(longUrl.body()).contains("longer than 2000");
    }

    @Test
    void aClientHasAtMostThreeExportsRunningAtOnce() {
        ExportClients.Client client = clients.caseloadOf(therapist1);
        String group = "/fhir/Group/" + therapist1.value() + "/$export?_type=Patient";
        for (int i = 0; i < 3; i++) {
            assertThat(clients.kickOff(client, group).statusCode()).isEqualTo(202);
        }

        HttpResponse<String> fourth = clients.kickOff(client, group);

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(ExportClients.json(fourth).get("resourceType").asString()).isEqualTo("OperationOutcome");
    }

    @Test
    void cancellingDeletesTheJobAndItsFiles() {
        ExportClients.Client client = clients.caseloadOf(therapist1);
        String status = clients.kickOff(client, "/fhir/Group/" + therapist1.value() + "/$export")
                .headers().firstValue("Content-Location").orElseThrow();
        String job = status.substring(status.lastIndexOf('/') + 1);
        runUntilDone(client, status);
        assertThat(parts(job)).isPositive();

        assertThat(clients.delete(client, status).statusCode()).isEqualTo(202);

        assertThat(clients.get(client, status).statusCode()).isEqualTo(404);
        assertThat(parts(job)).isZero();
        assertThat(clients.delete(client, status).statusCode()).isEqualTo(404);
    }

    @Test
    void finishedExportsExpireAndAreDeletedWithTheirFiles() {
        ExportClients.Client client = clients.caseloadOf(therapist1);
        String status = clients.kickOff(client, "/fhir/Group/" + therapist1.value() + "/$export")
                .headers().firstValue("Content-Location").orElseThrow();
        String job = status.substring(status.lastIndexOf('/') + 1);
        JsonNode manifest = runUntilDone(client, status);
        HttpResponse<String> done = clients.get(client, status);
        assertThat(done.headers().firstValue("Expires")).isPresent();

        // as if the retention (24 h by default) had passed
        jdbc.update("update bulk_export_job set expires_at = now() - interval '1 second' where id = ?::uuid", job);
        runner.runDue();

        assertThat(clients.get(client, status).statusCode()).isEqualTo(404);
        assertThat(clients.get(client, manifest.get("output").get(0).get("url").asString()).statusCode()).isEqualTo(404);
        assertThat(parts(job)).isZero();
    }

    @Test
    void aJobInterruptedMidWayIsResumedAfterItsLastBatchWithEveryPatientOnce() {
        ExportClients.Client client = clients.wholeClinic();
        String status = clients.kickOff(client, "/fhir/$export?_type=Patient")
                .headers().firstValue("Content-Location").orElseThrow();
        ExportJobId job = ExportJobId.parse(status.substring(status.lastIndexOf('/') + 1)).orElseThrow();
        // finish whatever other tests left queued, so the next claim is this job
        ClaimedExport claim = claimOnly(job);

        // a node writes one batch, then stops: its lease is left to run out
        ExportBatch.Outcome first = batch.next(claim);
        assertThat(first).isInstanceOf(ExportBatch.Outcome.Recorded.class);
        ClaimedExport stale = ((ExportBatch.Outcome.Recorded) first).claim();
        assertThat(parts(job.toString())).isEqualTo(1);
        assertThat(clients.get(client, status).headers().firstValue("X-Progress")).contains("50 patients exported");
        jdbc.update("update bulk_export_job set claimed_until = now() - interval '1 second' where id = ?", job.value());

        JsonNode manifest = runUntilDone(client, status);

        // the stopped node, were it to wake up, writes nothing: its lease is gone
        int partsBefore = parts(job.toString());
        assertThat(batch.next(stale)).isInstanceOf(ExportBatch.Outcome.LeaseLost.class);
        assertThat(parts(job.toString())).isEqualTo(partsBefore);
        List<String> ids = clients.get(client, manifest.get("output").get(0).get("url").asString()).body().lines()
                .map(line -> ExportClients.JSON.readTree(line).get("id").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(Set.copyOf(jdbc.queryForList("select id::text from patient",
                String.class)));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'RECORD_BULK_EXPORTED' and entity_id = ?""",
                Integer.class, job.toString())).isEqualTo(ids.size());
    }

    @Test
    void aRevokedClientIsRefusedAtOnceOnItsJob() {
        ExportClients.Client client = clients.wholeClinic();
        String status = clients.kickOff(client, "/fhir/Group/" + therapist1.value() + "/$export")
                .headers().firstValue("Content-Location").orElseThrow();

        clients.revoke(client);

        HttpResponse<String> refused = clients.get(client, status);
        assertThat(refused.statusCode()).isIn(401, 403);
        assertThat(refused.body()).contains("OperationOutcome");
    }

    /** Runs jobs as a worker would until the status URL answers 200, and returns its manifest. */
    private JsonNode runUntilDone(ExportClients.Client client, String status) {
        for (int run = 0; run < 50; run++) {
            HttpResponse<String> response = clients.get(client, status);
            if (response.statusCode() == 200) {
                assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
                return ExportClients.json(response);
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            runner.runDue();
        }
        throw new AssertionError("the export did not finish");
    }

    /** Claims this job as a runner would, after finishing any other job queued before it. */
    private ClaimedExport claimOnly(ExportJobId job) {
        for (int tries = 0; tries < 20; tries++) {
            Optional<ClaimedExport> claim = jobs.claimNext(Instant.now(), Lease.startingAt(Instant.now(), ExportBatch.LEASE));
            if (claim.isEmpty()) {
                break;
            }
            if (claim.get().job().id().equals(job)) {
                return claim.get();
            }
            jobs.release(claim.get());
            runner.runDue();
        }
        throw new AssertionError("the job was not claimed");
    }

    private int parts(String job) {
        return jdbc.queryForObject("select count(*) from bulk_export_part where job_id = ?::uuid", Integer.class, job);
    }

    private ClinicianId clinician(String username) {
        Clinician clinician = clinicians.findByUsername(new Username(username)).orElseThrow();
        return clinician.id();
    }
}
