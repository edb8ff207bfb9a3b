package org.backboard.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientDraft;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.RegisteredApiClient;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.Result;
import org.backboard.fhir.PatientEverything;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /fhir/Patient/{id}/$everything} at clinic scale (goal: 100 ms p95 at 100,000 patients):
 * over HTTP as a client calls it (bearer check, access check and audit, the care record's queries,
 * the mapping, HAPI's JSON), and the server's part alone (service, mapping, JSON) beside it. One of
 * 50 patients with care each run. Writes {@code target/benchmark/fhir.md}.
 */
@BenchmarkClinic
class FhirEverythingBenchmarkTest {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    CareRecordService care;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void everythingForOnePatient() throws Exception {
        Clinician lead = clinicians.findByUsername(new Username("lead")).orElseThrow();
        Result<RegisteredApiClient> result = clients.register(new Actor(lead.id(), lead.role()),
                new ApiClientDraft("Benchmark " + UUID.randomUUID(), Optional.empty(), LocalDate.now(clock).plusDays(1)));
        RegisteredApiClient client = ((Result.Saved<RegisteredApiClient>) result).value();
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http, client);
        List<UUID> patients = jdbc.queryForList("""
                select id from patient where open_onset is not null order by id limit 50""", UUID.class);
        assertThat(patients).hasSize(50);
        int clinic = jdbc.queryForObject("select count(*) from patient", Integer.class);

        Timing.Percentiles overHttp = Timing.measure(WARMUP, RUNS, run -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/fhir/Patient/" + patients.get(run % 50) + "/$everything"))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                return response.body().length();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ApiClientActor actor = new ApiClientActor(client.client().id());
        PatientEverything everything = new PatientEverything("http://localhost/fhir");
        FhirContext fhir = FhirContext.forR4Cached();
        Timing.Percentiles server = Timing.measure(WARMUP, RUNS, run -> fhir.newJsonParser().encodeResourceToString(
                everything.bundle(care.read(actor, new PatientId(patients.get(run % 50)), "$everything").orElseThrow(),
                        LocalDate.now(clock))).length());

        String report = "# FHIR API benchmark\n\n" + clinic + " patients. " + RUNS + " runs after " + WARMUP
                + " warm-up runs, one of 50 patients with care each run; times in ms. Goal: 100 ms p95 at 100,000.\n\n"
                + "| operation | p50 | p95 | p99 |\n|---|---:|---:|---:|\n"
                + row("GET /fhir/Patient/{id}/$everything over HTTP (bearer token, whole clinic)", overHttp) + "\n"
                + row("the same, server's part: CareRecordService.read + PatientEverything + JSON", server) + "\n";
        Path out = Path.of("target", "benchmark", "fhir.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private String token(HttpClient http, RegisteredApiClient client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client.client().id().value() + ":" + client.secret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String row(String operation, Timing.Percentiles timing) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", operation, timing.p50(), timing.p95(),
                timing.p99());
    }
}
