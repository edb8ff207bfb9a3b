package org.backboard.ui.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.apiclient.ApiClients;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo clinic's API client, with a secret printed in the README so its curl examples work after
 * {@code ./backboard.sh demo}. Demo profile only: a real clinic's clients are registered by a lead
 * and their secrets are random. Registered once, by the demo lead, for the whole clinic.
 */
@Component
@Profile("demo")
@Order(20)
class DemoApiClient implements ApplicationRunner {

    static final ApiClientId ID = new ApiClientId(UUID.fromString("d3e0c11e-0000-4000-8000-000000000001"));
    static final String SECRET = "demo-api-secret-for-the-readme-only";
    private static final Logger LOG = LoggerFactory.getLogger(DemoApiClient.class);

    private final ApiClients clients;
    private final Clinicians clinicians;
    private final PasswordHasher hasher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoApiClient(ApiClients clients, Clinicians clinicians, PasswordHasher hasher, TransactionTemplate transaction,
                  Clock clock) {
        this.clients = clients;
        this.clinicians = clinicians;
        this.hasher = hasher;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Clinician> lead = clinicians.findByUsername(new Username("lead"));
        if (lead.isEmpty() || clients.find(ID).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> clients.add(new ApiClient(ID, "Demo EHR",
                new ApiClientScope.WholeClinic(), hasher.hash(SECRET), lead.get().id(), now,
                now.plus(Duration.ofDays(365)), Optional.empty(), 0)));
        LOG.info("Demo API client registered: see the README's Integrations section");
    }
}
