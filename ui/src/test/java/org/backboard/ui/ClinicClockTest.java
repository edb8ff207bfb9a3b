package org.backboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
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
    void anUnknownZoneStopsTheStartNamingTheVariable() {
        context.withPropertyValues("backboard.time-zone=Europe/Atlantis").run(started ->
                assertThat(started).getFailure().hasStackTraceContaining(
                        "BACKBOARD_TIME_ZONE 'Europe/Atlantis' is not a time zone"));
    }
}
