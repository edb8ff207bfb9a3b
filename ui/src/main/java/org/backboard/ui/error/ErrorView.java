package org.backboard.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when opening a page fails unexpectedly. Replaces Vaadin's default error page, which
 * would log the stack trace and show the exception's message.
 */
@AnonymousAllowed
public class ErrorView extends MessagePage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        show("error-title", "This page could not be opened", Incidents.record(parameter.getCaughtException()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
