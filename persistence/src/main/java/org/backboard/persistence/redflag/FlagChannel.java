package org.backboard.persistence.redflag;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.redflag.FlagRaised;
import org.backboard.core.redflag.Tier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A PostgreSQL session of its own that LISTENs for the raised flags V15's trigger announces. Not
 * taken from the pool: it is held for as long as the application runs, and the pool would count
 * it as in use (or recycle it) all that time.
 */
final class FlagChannel implements AutoCloseable {

    static final String NAME = "backboard_flag_raised";
    private static final int CHECK_SECONDS = 3;

    private final Connection connection;
    private final PGConnection notifications;

    private FlagChannel(Connection connection) throws SQLException {
        this.connection = connection;
        this.notifications = connection.unwrap(PGConnection.class);
    }

    /** Where to connect: the application's database, or a direct address when the pool goes through PgBouncer. */
    record Address(String url, String user, String password) { }

    static FlagChannel open(Address address) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("password", address.password());
        properties.setProperty("connectTimeout", String.valueOf(CHECK_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "backboard flag alerts");
        Connection connection = DriverManager.getConnection(address.url(), properties);
        try (Statement listen = connection.createStatement()) {
            listen.execute("listen " + NAME);
            return new FlagChannel(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Waits at most this long for news, and returns as soon as some arrives. */
    List<FlagRaised> await(Duration timeout) throws SQLException {
        PGNotification[] received = notifications.getNotifications(Math.toIntExact(timeout.toMillis()));
        List<FlagRaised> flags = new ArrayList<>();
        if (received != null) {
            for (PGNotification notification : received) {
                if (NAME.equals(notification.getName())) {
                    parse(notification.getParameter()).ifPresent(flags::add);
                }
            }
        }
        return flags;
    }

    /** A connection dropped without a word (a cable, a firewall) fails no wait: it has to be asked. */
    boolean isAlive() throws SQLException {
        return connection.isValid(CHECK_SECONDS);
    }

    /** The open flags raised since then, as the trigger would have announced them: what a lost session missed. */
    List<FlagRaised> raisedSince(Instant since) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select distinct patient_id, episode_id, tier from red_flag
                 where acknowledged_at is null and raised_at >= ?""")) {
            query.setTimestamp(1, Timestamp.from(since));
            List<FlagRaised> flags = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    flags.add(new FlagRaised(new PatientId(rows.getObject(1, UUID.class)),
                            new EpisodeId(rows.getObject(2, UUID.class)), Tier.valueOf(rows.getString(3))));
                }
            }
            return flags;
        }
    }

    /** "patient-id episode-id TIER", as V15 writes it; anything else is no news of ours. */
    static Optional<FlagRaised> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FlagRaised(new PatientId(UUID.fromString(parts[0])),
                    new EpisodeId(UUID.fromString(parts[1])), Tier.valueOf(parts[2])));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException alreadyGone) {
            // a lost connection is closed already
        }
    }
}
