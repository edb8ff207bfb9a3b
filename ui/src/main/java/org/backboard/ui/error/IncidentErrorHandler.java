package org.backboard.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.shared.NotPermittedException;
import org.springframework.stereotype.Component;

/**
 * Where unexpected errors in event handlers end up (errors while opening a page go to
 * {@link ErrorView}). The user sees a clear message with an incident id; a value no browser of
 * ours sends is refused without one.
 */
@Component
class IncidentErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (ForgedValue.isForged(event.getThrowable())) {
            ForgedValue.refuse();
            return;
        }
        Throwable error = rootOf(event.getThrowable());
        String message = switch (error) {
            case ConcurrentChangeException conflict -> conflict.getMessage();
            case NotPermittedException denied -> "You are not allowed to do this.";
            default -> Incidents.record(error);
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
}
