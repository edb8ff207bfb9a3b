package org.backboard.persistence.redflag;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backboard.core.redflag.FlagAlerts;
import org.backboard.core.redflag.FlagRaised;
import org.backboard.core.redflag.FlagRaisedListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The clinic's raised red flags as PostgreSQL announces them: V15's trigger NOTIFYs each raise when
 * its transaction commits, to every node. One thread per node blocks on a {@link FlagChannel} (no
 * polling loop: the driver waits on the socket), hands each flag to the subscribers, opens a new
 * channel after the database restarts or the connection drops, and then replays what was raised
 * while it was away. It stops with the application.
 */
@Component
class RaisedFlagNotifications implements FlagAlerts, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RaisedFlagNotifications.class);

    /** One wait for news: bounds how long stopping takes, not how soon news arrives (at once). */
    private static final Duration WAIT = Duration.ofSeconds(1);
    /** How often a quiet channel is asked whether it still lives. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    /** A raise commits a little after its raised_at, and the nodes' clocks differ a little. */
    private static final Duration REPLAY_MARGIN = Duration.ofSeconds(10);

    private final FlagChannel.Address address;
    private final Duration retryDelay;
    private final List<FlagRaisedListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread listening;

    /** The application's database and account, unless alerts must bypass a pooler (LISTEN needs a session of its own). */
    @Autowired
    RaisedFlagNotifications(@Value("${backboard.flag-alerts.db-url:${spring.datasource.url}}") String url,
                            @Value("${spring.datasource.username}") String user,
                            @Value("${spring.datasource.password:}") String password) {
        this(new FlagChannel.Address(url, user, password), Duration.ofSeconds(1));
    }

    RaisedFlagNotifications(FlagChannel.Address address, Duration retryDelay) {
        this.address = address;
        this.retryDelay = retryDelay;
    }

    @Override
    public void subscribe(FlagRaisedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void unsubscribe(FlagRaisedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void start() {
        if (!running) {
            running = true;
            listening = Thread.ofPlatform().name("backboard-flag-alerts").daemon().start(this::listen);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listening != null) {
            listening.interrupt(); // ends a pause between attempts at once; a wait ends by itself
            try {
                listening.join(WAIT.plus(retryDelay).multipliedBy(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listening = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Optional<Instant> aliveAt = Optional.empty(); // nothing to replay before the first channel
        boolean lost = false;
        while (running) {
            try (FlagChannel channel = FlagChannel.open(address)) {
                Instant opened = Instant.now();
                if (aliveAt.isPresent()) {
                    deliver(channel.raisedSince(aliveAt.get().minus(REPLAY_MARGIN)));
                }
                if (lost) {
                    log.info("Flag alerts resumed: the connection to PostgreSQL is back");
                    lost = false;
                }
                aliveAt = Optional.of(opened);
                while (running) {
                    deliver(channel.await(WAIT));
                    if (Instant.now().isAfter(aliveAt.get().plus(CHECK_EVERY))) {
                        Instant asked = Instant.now();
                        if (!channel.isAlive()) {
                            throw new SQLException("the flag alert connection stopped answering");
                        }
                        aliveAt = Optional.of(asked);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!lost && running) {
                    log.warn("Flag alerts paused: the connection to PostgreSQL failed ({}); retrying every {} s",
                            e.getClass().getSimpleName(), retryDelay.toSeconds());
                    lost = true;
                }
                pause();
            }
        }
    }

    private void deliver(List<FlagRaised> flags) {
        for (FlagRaised flag : flags) {
            for (FlagRaisedListener listener : listeners) {
                try {
                    listener.flagRaised(flag);
                } catch (RuntimeException e) {
                    // one broken subscriber must not silence the others or the channel
                    log.error("A flag alert subscriber failed ({})", e.getClass().getName());
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryDelay);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
