package org.backboard.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.shared.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place unexpected errors end up. The user sees a clear message with an incident id;
 * the log gets the id, the exception type and where it happened, never the message (which may
 * carry patient data) nor the stack trace.
 */
@Component
class IncidentErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = rootOf(event.getThrowable());
        String message = switch (error) {
            case ConcurrentChangeException conflict -> conflict.getMessage();
            case NotPermittedException denied -> "You are not allowed to do this.";
            default -> {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Incident {}: {} at {}", incident, error.getClass().getName(), where(error));
                yield "Something went wrong (incident " + incident + "). Your last change may not have been saved: "
                        + "reload the page and check.";
            }
        };
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notification.show(message, 10_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR));
        }
    }

    private static Throwable rootOf(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof ConcurrentChangeException || current instanceof NotPermittedException)) {
            current = current.getCause();
        }
        return current;
    }

    private static String where(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return trace.length == 0 ? "unknown" : trace[0].toString();
    }
}
