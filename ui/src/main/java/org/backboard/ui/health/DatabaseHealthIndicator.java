package org.backboard.ui.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, within {@link #ANSWER_WITHIN} whatever the pool's timeouts: a load
 * balancer probing /actuator/health must hear DOWN in time. One check at a time runs against the
 * pool; probes that arrive meanwhile wait for that same check, so a hanging database never piles
 * up threads. An outage logs one WARN line when it is first seen and one INFO line when it ends,
 * not a line (or a stack trace) per probe; the line names the exception type only.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator, AutoCloseable {

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);
    private static final int VALIDITY_TIMEOUT_SECONDS = 1;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealthIndicator.class);

    private final DataSource dataSource;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("database-health").factory());
    private CompletableFuture<Void> current = CompletableFuture.completedFuture(null);
    private boolean down;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try {
            currentCheck().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            return up();
        } catch (TimeoutException e) {
            return down("no answer within " + ANSWER_WITHIN.toSeconds() + " s");
        } catch (ExecutionException e) {
            return down(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private synchronized CompletableFuture<Void> currentCheck() {
        if (current.isDone()) {
            current = CompletableFuture.runAsync(this::check, checks);
        }
        return current;
    }

    private void check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDITY_TIMEOUT_SECONDS)) {
                throw new SQLException("connection not valid");
            }
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }

    private synchronized Health up() {
        if (down) {
            down = false;
            LOG.info("Database reachable again");
        }
        return Health.up().build();
    }

    private synchronized Health down(String reason) {
        if (!down) {
            down = true;
            LOG.warn("Database unreachable, health DOWN until it answers again ({})", reason);
        }
        return Health.down().build();
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
