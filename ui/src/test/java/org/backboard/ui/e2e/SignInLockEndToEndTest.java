package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.e2e.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Five wrong passwords lock the name: even the right one is then refused, with the same message. */
@BackboardSpringTest
class SignInLockEndToEndTest {

    private static final String PASSWORD = "the-right-password";

    @LocalServerPort
    int port;
    @Autowired
    Clinicians clinicians;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repeatedFailuresLockTheAccountAndEveryAttemptIsAudited() {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        clinicians.add(Clinician.create(new Username(username), "Lock Test", hasher.hash(PASSWORD), Role.THERAPIST));

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            for (int i = 0; i < 5; i++) {
                SignInPage.open(page).attempt(username, "wrong-password-" + i);
            }
            SignInPage signIn = SignInPage.open(page);
            signIn.attempt(username, PASSWORD);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
            assertThat(signIn.refusal()).isVisible();
        }

        assertThat(audited(username, "SIGN_IN_FAILED")).isEqualTo(6);
        assertThat(audited(username, "SIGN_IN_LOCKED")).isEqualTo(1);
        assertThat(audited(username, "SIGN_IN")).isZero();
    }

    private int audited(String username, String action) {
        Integer count = jdbc.queryForObject("""
                select count(*) from audit_event e join clinician c on c.id = e.actor_id
                 where c.username = ? and e.action = ?""", Integer.class, username, action);
        return count == null ? 0 : count;
    }
}
