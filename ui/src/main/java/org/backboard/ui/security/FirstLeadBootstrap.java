package org.backboard.ui.security;

import org.backboard.core.clinician.FirstLeadSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode there is no default password: the first lead comes from environment
 * variables on first start, or the log and the login page explain how to create one.
 */
@Component
@Order(100)
class FirstLeadBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstLeadBootstrap.class);

    private final FirstLeadSetup setup;
    private final String username;
    private final String password;
    private final String displayName;

    FirstLeadBootstrap(FirstLeadSetup setup,
                       @Value("${backboard.first-lead.username:}") String username,
                       @Value("${backboard.first-lead.password:}") String password,
                       @Value("${backboard.first-lead.display-name:}") String displayName) {
        this.setup = setup;
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!setup.isNeeded()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            LOG.warn("No clinic lead exists yet. Set BACKBOARD_FIRST_LEAD_USERNAME and BACKBOARD_FIRST_LEAD_PASSWORD "
                    + "(at least 12 characters) and restart to create the first lead account.");
            return;
        }
        switch (setup.createIfNeeded(username, displayName, password)) {
            case FirstLeadSetup.Outcome.Created created ->
                    LOG.info("Created the first clinic lead account '{}'", created.username().value());
            case FirstLeadSetup.Outcome.Rejected rejected ->
                    LOG.warn("The first lead account was not created: {}", rejected.reason());
            case FirstLeadSetup.Outcome.NotNeeded notNeeded -> { }
        }
    }
}
