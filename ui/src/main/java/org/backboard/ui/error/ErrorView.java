package org.backboard.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        H2 title = new H2("This page could not be opened");
        title.setId("error-title");
        add(title, new Paragraph(Incidents.record(parameter.getCaughtException())), new Anchor("", "Back to patients"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
