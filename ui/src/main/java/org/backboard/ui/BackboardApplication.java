package org.backboard.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.backboard.persistence.PersistenceConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Backboard: the clinician dashboard. Stylesheets load at runtime, so the pre-compiled bundle serves. */
@SpringBootApplication
@Import(PersistenceConfiguration.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class BackboardApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BackboardApplication.class);
        application.addListeners(new TimeZonePreflight(), new DatabasePreflight());
        application.run(args);
    }
}
