package org.backboard.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.backboard.persistence.PersistenceConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Backboard: the clinician dashboard. Stylesheets load at runtime, so the pre-compiled bundle serves.
 * Server push brings a red flag raised anywhere to the open screens at once (ui.alert); its default
 * transport pushes over a WebSocket and keeps the browser's own requests plain HTTP, so the security
 * filters (changed accounts, idle sign-out) see every click and heartbeat as before.
 */
@SpringBootApplication
@Import(PersistenceConfiguration.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Push
public class BackboardApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BackboardApplication.class);
        application.addListeners(new TimeZonePreflight(), new DatabasePreflight());
        application.run(args);
    }
}
