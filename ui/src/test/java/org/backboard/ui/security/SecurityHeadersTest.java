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
    void pagesAreNeverCachedWhileTheVersionedStaticFilesAre() throws Exception {
        for (String page : List.of("/login", "/app/login", "/actuator/health")) {
            HttpResponse<String> response = get(page);
            assertThat(response.headers().firstValue("Cache-Control")).as(page)
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(response.headers().firstValue("Pragma")).as(page).contains("no-cache");
        }
        String chartJs = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
        String flowClient = "/VAADIN/build/" + flowClientFile();
        for (String file : List.of(chartJs, flowClient)) {
            HttpResponse<String> response = get(file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            // Chromium revalidates anything with "Pragma: no-cache", whatever its max-age
            assertThat(response.headers().firstValue("Pragma")).as(file).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control")).as(file)
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age=").doesNotContain("no-store", "no-cache"));
        }
        assertThat(get(chartJs).headers().firstValue("Cache-Control")).hasValueSatisfying(v ->
                assertThat(v).contains("immutable"));
    }

    /** The name of Vaadin's client script in this build (it carries a content hash). */
    private String flowClientFile() throws Exception {
        String index = get("/login").body();
        String bundle = index.replaceAll("(?s).*src=\"(?:\\./)?VAADIN/build/(indexhtml-[^\"]+\\.js)\".*", "$1");
        String script = get("/VAADIN/build/" + bundle).body();
        return script.replaceAll("(?s).*(FlowClient-[\\w-]+\\.js).*", "$1");
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
