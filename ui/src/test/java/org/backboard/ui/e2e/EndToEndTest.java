package org.backboard.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The running application, one headless Chromium per test class, and SQL to check what was stored. */
@BackboardSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    /** A policy that blocks part of Vaadin or Chart.js breaks the app in ways a test might not see. */
    @AfterEach
    void nothingWasBlockedByTheContentSecurityPolicy() {
        assertThat(browser.policyViolations()).as("Content-Security-Policy violations").isEmpty();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
