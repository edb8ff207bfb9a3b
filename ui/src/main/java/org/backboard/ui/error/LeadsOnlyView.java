package org.backboard.ui.error;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.backboard.core.audit.AuditService;
import org.backboard.ui.layout.MainLayout;
import org.backboard.ui.security.CurrentClinician;

/**
 * A signed-in clinician at a page their role does not open. Only the lead's pages are closed to
 * anyone signed in, so that is what it says, inside the usual frame, and the attempt is audited
 * like a refused patient.
 */
@ParentLayout(MainLayout.class)
@RolesAllowed({"THERAPIST", "LEAD"})
public class LeadsOnlyView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    private final AuditService audit;
    private final CurrentClinician current;

    LeadsOnlyView(AuditService audit, CurrentClinician current) {
        this.audit = audit;
        this.current = current;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.pageRefused(current.actor(), event.getLocation().getPath());
        show("leads-only", "This page is for clinic leads",
                "Your account does not open it. If you need what it shows, ask a clinic lead.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
