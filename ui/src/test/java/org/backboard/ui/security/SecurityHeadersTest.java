package org.backboard.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackboardSpringTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void everyResponseCarriesAContentSecurityPolicyAndAPermissionsPolicy() throws Exception {
        for (String path : List.of("/login", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/actuator/health",
                "/patients")) {
            HttpResponse<String> response = get(path);

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp.split(";\\s*")).contains("default-src 'self'", "object-src 'none'",
                            "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'",
                            "img-src 'self' data:", "connect-src 'self'"));
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()",
                            "usb=()"));
        }
    }

    @Test
    void scriptsComeOnlyFromTheAppItself() throws Exception {
        String csp = get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(csp).contains("script-src 'self'").doesNotContain("http:", "https:", "*");
    }

    @Test
    void theSessionCookieIsSentOnlyWithinTheSiteAndNeverToScripts() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void patientPagesNeedASignIn() throws Exception {
        HttpResponse<String> patient = get("/patients/00000000-0000-0000-0000-000000000000");

        assertThat(patient.statusCode()).isEqualTo(302);
        assertThat(patient.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
