package org.backboard.ui.fhirapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.apiclient.ApiClientDraft;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.RegisteredApiClient;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.shared.Result;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API clients for the bulk export tests, registered by the demo lead through the core service, and
 * HTTP calls to the running application with their bearer tokens (from the token endpoint).
 */
final class ExportClients {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClientService clients;
    private final Actor lead;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ExportClients(ApplicationContext context, int port) {
        clients = context.getBean(ApiClientService.class);
        Clinician account = context.getBean(Clinicians.class).findByUsername(new Username("lead")).orElseThrow();
        lead = new Actor(account.id(), account.role());
        base = "http://localhost:" + port;
    }

    /** A client's registration and a bearer token for it. */
    record Client(RegisteredApiClient registered, String token) {
        UUID id() {
            return registered.client().id().value();
        }
    }

    Client wholeClinic() {
        return client(Optional.empty());
    }

    Client caseloadOf(ClinicianId therapist) {
        return client(Optional.of(therapist));
    }

    private Client client(Optional<ClinicianId> caseload) {
        Result<RegisteredApiClient> result = clients.register(lead, new ApiClientDraft(
                "Bulk test " + UUID.randomUUID().toString().substring(0, 8), caseload, LocalDate.now().plusDays(30)));
        assertThat(result).isInstanceOf(Result.Saved.class);
        RegisteredApiClient registered = ((Result.Saved<RegisteredApiClient>) result).value();
        return new Client(registered, token(registered));
    }

    void revoke(Client client) {
        assertThat(clients.revoke(lead, client.registered().client().id(), client.registered().client().version()))
                .isInstanceOf(Result.Saved.class);
    }

    private String token(RegisteredApiClient registered) {
        String basic = Base64.getEncoder().encodeToString((registered.client().id().value() + ":" + registered.secret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    HttpResponse<String> get(Client client, String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Authorization", "Bearer " + client.token());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /** A call with no token at all. */
    HttpResponse<String> anonymous(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Prefer", "respond-async").GET().build());
    }

    HttpResponse<String> delete(Client client, String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Authorization", "Bearer " + client.token())
                .DELETE().build());
    }

    /** A kick-off as the IG asks for it. */
    HttpResponse<String> kickOff(Client client, String path) {
        return get(client, path, "Accept", "application/fhir+json", "Prefer", "respond-async");
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
