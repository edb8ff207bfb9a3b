package org.backboard.ui.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.backboard.core.care.ReminderService;

/** The link in a reminder mail: one click stops the daily reminders, signed in or not. */
@Route(value = "app/reminders/stop", autoLayout = false)
@PageTitle("Reminders | Backboard")
@AnonymousAllowed
public class StopRemindersView extends VerticalLayout implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final ReminderService reminders;
    private final Paragraph outcome = new Paragraph();

    StopRemindersView(ReminderService reminders) {
        this.reminders = reminders;
        addClassName("bb-home-login");
        outcome.setId("reminders-stopped");
        add(new H1("Daily reminders"), outcome);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter(TOKEN).orElse(null);
        outcome.setText(reminders.stopByLink(token)
                ? "Your daily reminders are stopped. You can turn them on again in your app."
                : "These reminders are already stopped, or this link is from an older reminder.");
    }
}
