package org.backboard.ui;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every date rule reads: "today" is the clinic's day, in the zone set by
 * BACKBOARD_TIME_ZONE (an IANA id such as Europe/Berlin), not the server's, which in a container is
 * often UTC. Unset, it is the server's zone.
 */
@Configuration(proxyBeanMethods = false)
class ClinicClock {

    static final String PROPERTY = "backboard.time-zone";

    @Bean
    Clock clock(@Value("${" + PROPERTY + ":}") String zone) {
        return Clock.system(zone(zone));
    }

    /** The configured zone, or the server's when none is set; an unknown id is refused. */
    static ZoneId zone(String configured) {
        if (configured.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("BACKBOARD_TIME_ZONE '" + configured + "' is not a time zone: set an "
                    + "IANA zone id such as Europe/Berlin, or leave it unset for the server's zone ("
                    + ZoneId.systemDefault() + ").", e);
        }
    }
}
