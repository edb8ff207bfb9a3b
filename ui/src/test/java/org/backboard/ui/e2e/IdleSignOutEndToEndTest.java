package org.backboard.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Automatic logoff: a page left alone past the session timeout (1 minute in tests) returns to the
 * login page by itself, although its heartbeats keep reaching the server.
 */
@BackboardSpringTest
class IdleSignOutEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIdlePageReturnsToTheLoginPageAfterTheTimeout() {
        int signOutsBefore = signOuts();
        try (Browser browser = new Browser(port)) {
            Page page = browser.signIn("therapist3", "demo-therapist");
            Instant signedIn = Instant.now();

            page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(180_000));

            Duration idle = Duration.between(signedIn, Instant.now());
            assertThat(idle).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
            page.navigate(browser.url("/"));
            page.waitForURL(url -> url.contains("/login"));
        }
        assertThat(signOuts()).as("the automatic sign-out is audited").isEqualTo(signOutsBefore + 1);
    }

    private int signOuts() {
        return jdbc.queryForObject("""
                select count(*) from audit_event e join clinician c on c.id = e.actor_id
                 where c.username = 'therapist3' and e.action = 'SIGN_OUT'""", Integer.class);
    }
}
