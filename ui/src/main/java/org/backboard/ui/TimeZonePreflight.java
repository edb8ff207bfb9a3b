package org.backboard.ui;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/** Before anything else starts, checks the clinic's time zone, and stops with one line if it is unknown. */
class TimeZonePreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        try {
            ClinicClock.zone(event.getEnvironment().getProperty(ClinicClock.PROPERTY, ""));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
