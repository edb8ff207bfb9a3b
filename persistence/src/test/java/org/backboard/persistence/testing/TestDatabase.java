package org.backboard.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Points every test context at a real PostgreSQL, never an in-memory stand-in:
 * <ol>
 *   <li>the server named by BACKBOARD_TEST_DB_URL (with _USER and _PASSWORD), if set;</li>
 *   <li>otherwise a Testcontainers PostgreSQL when a Docker engine is available;</li>
 *   <li>otherwise the local server at 127.0.0.1:5432, database backboard_test (created if missing).</li>
 * </ol>
 */
public class TestDatabase implements EnvironmentPostProcessor {

    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String LOCAL_DATABASE = "backboard_test";

    private static Map<String, Object> connection;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("backboardTestDatabase", connection()));
    }

    /** The same database for every context in this JVM. */
    public static synchronized Map<String, Object> connection() {
        if (connection == null) {
            connection = resolve();
        }
        return connection;
    }

    private static Map<String, Object> resolve() {
        String url = System.getenv("BACKBOARD_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return properties(url, env("BACKBOARD_TEST_DB_USER", "postgres"), env("BACKBOARD_TEST_DB_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return properties(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        createLocalDatabaseIfMissing();
        return properties(LOCAL_SERVER + LOCAL_DATABASE, "postgres", "");
    }

    private static void createLocalDatabaseIfMissing() {
        try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "");
             var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, LOCAL_DATABASE);
            if (!exists.executeQuery().next()) {
                admin.createStatement().execute("create database " + LOCAL_DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need PostgreSQL: set BACKBOARD_TEST_DB_URL, start Docker, "
                    + "or run a local server on 127.0.0.1:5432 (user postgres, trust authentication)", e);
        }
    }

    private static Map<String, Object> properties(String url, String user, String password) {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
