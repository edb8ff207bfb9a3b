package org.backboard.ui.alert;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.backboard.core.care.FlagAlert;
import org.backboard.core.care.FlagAlertService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.redflag.FlagRaised;
import org.backboard.core.redflag.FlagRaisedListener;
import org.backboard.core.shared.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Brings red flags raised anywhere in the clinic to the screens open on this node, by server push.
 * A screen follows the alerts while it is attached, and stops when it is detached (navigation, a
 * closed tab, an ended session), so nothing here outlives its UI.
 * <p>
 * The news arrives on the listener's thread and is handed on at once. The patient's therapist is
 * read once per alert, and the caseload rule picks the screens whose clinician may see that patient.
 * Each screen then reacts inside its own UI's lock, on a small pool of threads: a burst of screens
 * refreshing at once waits its turn there instead of emptying the connection pool that requests
 * need. Alerts that arrive while a screen's turn is pending join that turn: one refresh, not many.
 */
@Service
public class FlagAlertBroadcaster implements FlagRaisedListener {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAlertBroadcaster.class);
    private static final int DELIVERING_THREADS = 2;

    private final FlagAlertService alerts;
    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
    private final ExecutorService deliveries = Executors.newFixedThreadPool(DELIVERING_THREADS,
            Thread.ofPlatform().name("backboard-flag-push-", 1).daemon().factory());

    FlagAlertBroadcaster(FlagAlertService alerts) {
        this.alerts = alerts;
    }

    @PostConstruct
    void listen() {
        alerts.subscribe(this);
    }

    @PreDestroy
    void stop() {
        alerts.unsubscribe(this);
        deliveries.shutdownNow();
    }

    /**
     * While the screen is attached, hands it the alerts its clinician may see and the screen wants,
     * in its UI's lock. The screen reads what it shows through the use cases, as on any other refresh.
     */
    public void follow(Component screen, Actor viewer, Predicate<FlagAlert> wanted,
                       Consumer<List<FlagAlert>> onAlerts) {
        screen.addAttachListener(attach -> followers.add(new Follower(attach.getUI(), screen, viewer, wanted,
                onAlerts)));
        screen.addDetachListener(detach -> followers.removeIf(follower -> follower.screen == screen));
    }

    /** How many of the clinician's screens on this node follow the alerts now. */
    public long screensFollowing(ClinicianId clinician) {
        return followers.stream().filter(follower -> follower.viewer.id().equals(clinician)).count();
    }

    @Override
    public void flagRaised(FlagRaised flag) {
        if (!followers.isEmpty()) { // a bulk load with nobody signed in costs nothing
            inTurn(() -> alerts.alert(flag).ifPresent(this::deliver));
        }
    }

    private void deliver(FlagAlert alert) {
        for (Follower follower : followers) {
            if (follower.viewer.maySeePatientsOf(alert.therapist()) && follower.wanted.test(alert)) {
                follower.offer(alert);
            }
        }
    }

    /** On a delivering thread; a failure (the database away) is logged by its type, never its message. */
    private void inTurn(Runnable delivery) {
        deliveries.execute(() -> {
            try {
                delivery.run();
            } catch (RuntimeException e) {
                LOG.warn("A flag alert was not delivered ({})", e.getClass().getName());
            }
        });
    }

    private final class Follower {

        private final UI ui;
        private final Component screen;
        private final Actor viewer;
        private final Predicate<FlagAlert> wanted;
        private final Consumer<List<FlagAlert>> onAlerts;
        private final Queue<FlagAlert> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean turnTaken = new AtomicBoolean();

        Follower(UI ui, Component screen, Actor viewer, Predicate<FlagAlert> wanted,
                 Consumer<List<FlagAlert>> onAlerts) {
            this.ui = ui;
            this.screen = screen;
            this.viewer = viewer;
            this.wanted = wanted;
            this.onAlerts = onAlerts;
        }

        void offer(FlagAlert alert) {
            pending.add(alert);
            if (turnTaken.compareAndSet(false, true)) {
                inTurn(this::takeTurn);
            }
        }

        private void takeTurn() {
            try {
                ui.access(() -> {
                    turnTaken.set(false); // an alert from now on takes a turn of its own
                    List<FlagAlert> batch = new ArrayList<>();
                    for (FlagAlert alert = pending.poll(); alert != null; alert = pending.poll()) {
                        batch.add(alert);
                    }
                    if (!batch.isEmpty() && screen.isAttached()) {
                        try {
                            onAlerts.accept(batch);
                        } catch (NotPermittedException accountChanged) {
                            // deactivated or demoted since signing in: the session ends at its next request
                        }
                    }
                });
            } catch (UIDetachedException gone) {
                followers.remove(this);
            }
        }
    }
}
