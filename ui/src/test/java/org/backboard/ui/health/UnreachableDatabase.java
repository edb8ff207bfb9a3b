package org.backboard.ui.health;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL out of reach, for real: a pool with the application's own settings and the real driver,
 * pointed at a port on 127.0.0.1 where nothing listens. The shared test server is never stopped.
 */
final class UnreachableDatabase {

    private UnreachableDatabase() {
    }

    static HikariDataSource poolLike(DataSource applicationPool) throws SQLException, IOException {
        int port = closedPort();
        HikariConfig config = new HikariConfig();
        applicationPool.unwrap(HikariDataSource.class).copyStateTo(config);
        config.setPoolName("unreachable-" + port);
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/backboard");
        config.setInitializationFailTimeout(-1); // start without a database, like a running app that lost it
        return new HikariDataSource(config);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort(); // closed again on return: nothing listens there
        }
    }
}
