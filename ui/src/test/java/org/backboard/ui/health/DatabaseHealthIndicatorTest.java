package org.backboard.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A load balancer asks /actuator/health every few seconds; during an outage it must hear DOWN in time. */
@BackboardSpringTest
class DatabaseHealthIndicatorTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    DatabaseHealthIndicator databaseHealth;
    @LocalServerPort
    int port;

    @Test
    void anUnreachableDatabaseIsReportedDownQuicklyWithOneShortLogLine() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try (HikariDataSource unreachable = UnreachableDatabase.poolLike(dataSource);
             DatabaseHealthIndicator health = new DatabaseHealthIndicator(unreachable)) {
            for (int probe = 0; probe < 3; probe++) { // a load balancer keeps asking
                long start = System.nanoTime();
                Health answer = health.health();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DatabaseHealthIndicator.ANSWER_WITHIN.plusMillis(500));
                assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
                assertThat(answer.getDetails()).isEmpty();
            }
        } finally {
            root.detachAppender(log);
        }

        List<ILoggingEvent> events = List.copyOf(log.list);
        assertThat(events).as("stack traces logged").noneMatch(event -> event.getThrowableProxy() != null);
        assertThat(events).filteredOn(event -> event.getLoggerName().equals(DatabaseHealthIndicator.class.getName()))
                .singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                        .startsWith("Database unreachable").doesNotContain("\n"));
    }

    @Test
    void theDatabaseIsUpWhenPostgresqlAnswers() throws Exception {
        assertThat(databaseHealth.health().getStatus()).isEqualTo(Status.UP);

        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"UP\"");
        }
    }
}
