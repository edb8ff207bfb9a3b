package org.backboard.ui.error;

import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value that Vaadin's components could not read from the browser's message, such as a date
 * "2026-02-30" or "garbage": the date pickers only ever send real ISO dates, so such a value was
 * forged or corrupted on the way. Nothing was changed; it is refused without an incident, and
 * logged as one line without the value.
 */
final class ForgedValue {

    private static final Logger LOG = LoggerFactory.getLogger(ForgedValue.class);

    private ForgedValue() {
    }

    /** Looks along the whole chain of causes: the parser's own cause carries no trace of Vaadin. */
    static boolean isForged(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof DateTimeParseException && Arrays.stream(current.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith("com.vaadin.flow.component."))) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    static void refuse() {
        LOG.warn("Refused a value the browser could not have sent (unreadable date)");
    }
}
