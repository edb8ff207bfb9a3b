package org.backboard.ui.error;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an unexpected error under a short incident id. The log gets the id, the exception
 * type and where it happened, never the message (which may carry patient data) nor the trace.
 */
final class Incidents {

    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {
    }

    /** Logs the error and returns what the user is told. */
    static String record(Throwable error) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        StackTraceElement[] trace = error.getStackTrace();
        LOG.error("Incident {}: {} at {}", incident, error.getClass().getName(),
                trace.length == 0 ? "unknown" : trace[0]);
        return "Something went wrong (incident " + incident + "). Your last change may not have been saved: "
                + "reload the page and check.";
    }
}
