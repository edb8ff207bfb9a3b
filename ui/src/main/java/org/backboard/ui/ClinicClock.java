package org.backboard.ui;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
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

    /**
     * Database sessions count days in the clinic's zone too: a trigger that turns a date into a
     * moment (the pain marks at weeks 4, 8 and 12) must draw midnight where the code does.
     */
    @Bean
    static BeanPostProcessor clinicZoneInDatabaseSessions(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && pool.getConnectionInitSql() == null) {
                    pool.setConnectionInitSql(setTimeZone(zone(environment.getProperty(PROPERTY, ""))));
                }
                return bean;
            }
        };
    }

    /** PostgreSQL reads a bare offset the POSIX way (east negative), so offsets go as an interval. */
    static String setTimeZone(ZoneId zone) {
        return zone instanceof ZoneOffset offset
                ? "set time zone interval '" + offset.getId().replace("Z", "+00:00") + "' hour to minute"
                : "set time zone '" + zone.getId() + "'";
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
