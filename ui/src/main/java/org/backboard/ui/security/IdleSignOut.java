package org.backboard.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Automatic logoff. Vaadin closes a session that has seen no user action for the session timeout
 * (heartbeats don't count, see vaadin.closeIdleSessions), but the sign-in lives in the HTTP
 * session, which those very heartbeats keep alive. Ending that too sends the open page back to
 * the login view (see the heartbeat rule in SecurityConfiguration); SignInAuditor records it.
 */
@Component
class IdleSignOut implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession http = destroyed.getSession().getSession();
            if (http != null) {
                try {
                    http.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // a logout or the container ended it first
                }
            }
        });
    }
}
