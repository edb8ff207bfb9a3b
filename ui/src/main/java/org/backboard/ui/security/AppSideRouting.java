package org.backboard.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Keeps a patient's session on the patient app: an address of the clinicians' side (typed, bookmarked
 * or guessed) opens the patient's Today page instead, before any clinician page or layout is built.
 * The role checks on every view and in the core services still decide access; this only spares the
 * patient an error page.
 */
@Component
class AppSideRouting implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    AppSideRouting(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::keepPatientsHome));
    }

    private void keepPatientsHome(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        boolean appSide = path.equals("app") || path.startsWith("app/");
        if (!appSide && CurrentPatient.signedIn(authentication).isPresent()) {
            event.forwardTo("app");
        }
    }
}
