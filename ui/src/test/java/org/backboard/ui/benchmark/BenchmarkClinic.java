package org.backboard.ui.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.backboard.ui.BackboardApplication;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmarks' one application context: the real application on a random port, over the demo
 * clinic at {@code backboard.bench.patients} (default 100,000) in a database of its own (see
 * {@code ./backboard.sh bench}), with the SQL recorder on its DataSource. Tagged out of the tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(classes = BackboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"backboard.demo.patients=${backboard.bench.patients:100000}",
                // the bulk export benchmark runs its job on the test thread, where it is timed
                "backboard.export.poll=1h"})
@ActiveProfiles("demo")
@Import(BenchmarkClinic.Recording.class)
@interface BenchmarkClinic {

    @TestConfiguration
    class Recording {
        @Bean
        static SqlRecorder sqlRecorder() {
            return new SqlRecorder();
        }
    }
}
