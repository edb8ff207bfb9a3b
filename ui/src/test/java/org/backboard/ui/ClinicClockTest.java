package org.backboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The clock bean alone, in a small context of its own (not the shared application context). */
class ClinicClockTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(ClinicClock.class);

    @Test
    void theClockRunsInTheConfiguredClinicZone() {
        context.withPropertyValues("backboard.time-zone=Pacific/Auckland").run(started ->
                assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Pacific/Auckland")));
    }

    @Test
    void withoutAZoneTheClockRunsInTheServersZone() {
        context.withPropertyValues("backboard.time-zone=").run(started ->
                assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.systemDefault()));
    }

    @Test
    void databaseSessionsCountDaysInTheClinicZone() {
        context.withPropertyValues("backboard.time-zone=Pacific/Auckland")
                .withBean(HikariDataSource.class, ClinicClockTest::testDatabase)
                .run(started -> {
                    try (HikariDataSource pool = started.getBean(HikariDataSource.class);
                         Connection connection = pool.getConnection();
                         ResultSet zone = connection.createStatement().executeQuery("show timezone")) {
                        zone.next();
                        assertThat(zone.getString(1)).isEqualTo("Pacific/Auckland");
                    }
                });
    }

    @Test
    void aZoneGivenAsAnOffsetReachesTheDatabaseWithItsSign() {
        assertThat(ClinicClock.setTimeZone(ZoneOffset.ofHours(2)))
                .isEqualTo("set time zone interval '+02:00' hour to minute");
        assertThat(ClinicClock.setTimeZone(ZoneOffset.UTC)).isEqualTo("set time zone interval '+00:00' hour to minute");
    }

    private static HikariDataSource testDatabase() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(System.getenv().getOrDefault("BACKBOARD_TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/backboard_test"));
        pool.setUsername(System.getenv().getOrDefault("BACKBOARD_TEST_DB_USER", "backboard"));
        pool.setPassword(System.getenv().getOrDefault("BACKBOARD_TEST_DB_PASSWORD", "backboard"));
        pool.setMaximumPoolSize(1);
        return pool;
    }

    @Test
    void anUnknownZoneStopsTheStartNamingTheVariable() {
        context.withPropertyValues("backboard.time-zone=Europe/Atlantis").run(started ->
                assertThat(started).getFailure().hasStackTraceContaining(
                        "BACKBOARD_TIME_ZONE 'Europe/Atlantis' is not a time zone"));
    }
}
