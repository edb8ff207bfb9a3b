package org.backboard.ui.home;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.backboard.core.care.CareLinks;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.AppLinks;
import org.backboard.ui.patient.PatientView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses in links on screen and in mail, the patient app's and the patient page's: under
 * BACKBOARD_PUBLIC_URL when it is set (behind a proxy, and for mail sent by a scheduled job, which
 * has no browser to go by), otherwise as the browser of the request at hand reached this server,
 * or localhost.
 */
@Component
class PublicLinks implements AppLinks, CareLinks {

    private final String configured;
    private final int port;

    PublicLinks(@Value("${backboard.public-url:}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = configured.strip().replaceAll("/+$", "");
        this.port = port;
    }

    @Override
    public String join(String token) {
        return base() + "/app/join?" + JoinView.TOKEN + "=" + token;
    }

    @Override
    public String home() {
        return base() + "/app";
    }

    @Override
    public String stopReminders(String token) {
        return base() + "/app/reminders/stop?" + StopRemindersView.TOKEN + "=" + token;
    }

    @Override
    public String patientPage(PatientId patient) {
        return base() + "/" + PatientView.location(patient);
    }

    private String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
        }
        return "http://localhost:" + port;
    }
}
