package org.backboard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.backboard.persistence.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every migration applies, in order, to a brand-new empty database. */
class MigrationsTest {

    private static final String DATABASE = "backboard_migration_check";

    private String serverUrl;
    private String user;
    private String password;

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        var connection = TestDatabase.connection();
        String url = (String) connection.get("spring.datasource.url");
        serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        user = (String) connection.get("spring.datasource.username");
        password = (String) connection.get("spring.datasource.password");
        admin("drop database if exists " + DATABASE);
        admin("create database " + DATABASE);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        admin("drop database if exists " + DATABASE + " with (force)");
    }

    @Test
    void allMigrationsApplyToAnEmptyDatabase() {
        Flyway flyway = Flyway.configure()
                .dataSource(serverUrl + DATABASE, user, password)
                .locations("classpath:db/migration")
                .load();

        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length).isGreaterThanOrEqualTo(2);
        assertThat(flyway.info().pending()).isEmpty();
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password)) {
            c.createStatement().execute(sql);
        }
    }
}
