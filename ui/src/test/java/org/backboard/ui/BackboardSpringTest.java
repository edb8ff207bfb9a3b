package org.backboard.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context every ui test shares: the real application on a random port, with
 * the demo clinic seeded into the test PostgreSQL (see TestDatabase in the persistence tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = BackboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // the shortest idle timeout Tomcat allows, so the automatic logoff can be tested in minutes
                "server.servlet.session.timeout=1m",
                // bulk export: the tests run jobs themselves (the node's worker waits an hour), in batches of
                // 50 so that the demo clinic takes several
                "backboard.export.poll=1h", "backboard.export.batch=50"})
@ActiveProfiles("demo")
public @interface BackboardSpringTest {
}
