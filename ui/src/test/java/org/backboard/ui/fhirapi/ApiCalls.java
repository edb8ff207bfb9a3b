package org.backboard.ui.fhirapi;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientDraft;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.RegisteredApiClient;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.Result;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** The API over real HTTP, as a client system calls it: token endpoint, then bearer calls. */
final class ApiCalls {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiCalls(int port) {
        this.port = port;
    }

    /** A client registered by the lead: whole clinic, or one therapist's caseload. */
    static RegisteredApiClient register(ApiClientService clients, Actor lead, Optional<ClinicianId> caseload) {
        Result<RegisteredApiClient> result = clients.register(lead, new ApiClientDraft("Test EHR " + System.nanoTime(),
                caseload, LocalDate.now().plusDays(30)));
        if (result instanceof Result.Saved<RegisteredApiClient>(RegisteredApiClient registered)) {
            return registered;
        }
        throw new IllegalStateException("registration refused: " + result);
    }

    /** POST /oauth2/token with client_secret_basic and the client credentials grant. */
    HttpResponse<String> tokenResponse(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String token(RegisteredApiClient client) throws Exception {
        HttpResponse<String> response = tokenResponse(client.client().id().value().toString(), client.secret());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token refused: " + response.statusCode() + " " + response.body());
        }
        return response.body().replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/fhir+json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/fhir+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static <T extends IBaseResource> T parse(Class<T> type, HttpResponse<String> response) {
        return FHIR.newJsonParser().parseResource(type, response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
