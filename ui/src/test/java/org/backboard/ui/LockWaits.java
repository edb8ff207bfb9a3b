package org.backboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/** For tests of races at a unique index: waits until some statement of this database waits on a lock. */
public final class LockWaits {

    private LockWaits() {
    }

    /** The second writer of a key is inside its insert, waiting for the first to commit or roll back. */
    public static void awaitAStatementWaitingOnALock(JdbcTemplate jdbc, String waiting) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                 where datname = current_database() and wait_event_type = 'Lock'""", Integer.class) == 0) {
            assertThat(Instant.now()).as(waiting).isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
