package org.backboard.ui.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A save while PostgreSQL is out of reach fails within seconds, not after half a minute. */
@BackboardSpringTest
class DatabaseTimeoutTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationsPoolWaitsSecondsNotHalfAMinuteForAConnection() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);

        assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
        assertThat(pool.getValidationTimeout()).isLessThan(pool.getConnectionTimeout());
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3");
    }

    @Test
    void aSaveDuringAnOutageFailsWithinTheConnectionTimeout() throws Exception {
        try (HikariDataSource unreachable = UnreachableDatabase.poolLike(dataSource)) {
            long start = System.nanoTime();

            assertThatThrownBy(unreachable::getConnection).isInstanceOf(SQLException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
