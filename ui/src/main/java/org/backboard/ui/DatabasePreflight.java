package org.backboard.ui;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, checks that PostgreSQL answers. If it does not, the application
 * stops with one line that says where it tried and how to get a database, instead of a page of
 * stack traces.
 */
class DatabasePreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final int TIMEOUT_SECONDS = 5;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url", "");
        String user = environment.getProperty("spring.datasource.username", "");
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (Connection ignored = DriverManager.getConnection(url, user,
                environment.getProperty("spring.datasource.password", ""))) {
            // reachable
        } catch (SQLException e) {
            System.err.println("Backboard cannot reach PostgreSQL at " + url + " as user '" + user + "' ("
                    + firstLine(e.getMessage()) + "). Start one with 'docker compose up -d db', or run a local "
                    + "PostgreSQL and set BACKBOARD_DB_URL, BACKBOARD_DB_USER and BACKBOARD_DB_PASSWORD.");
            System.exit(1);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no answer" : message.lines().findFirst().orElse(message);
    }
}
