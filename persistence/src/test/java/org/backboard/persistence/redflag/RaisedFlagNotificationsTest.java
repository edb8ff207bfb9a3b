package org.backboard.persistence.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.FlagAlerts;
import org.backboard.core.redflag.FlagRaised;
import org.backboard.core.redflag.FlagRaisedListener;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.redflag.RedFlagSeeding;
import org.backboard.core.redflag.Tier;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.backboard.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raised flags are announced through PostgreSQL (V15's trigger, NOTIFY) to every listening node,
 * after commit only, with ids and a tier only; the listener survives a lost connection.
 */
@PersistenceTest
class RaisedFlagNotificationsTest {

    /** The worklist must show an emergency within 2 s of the check-in: the announcement takes a fraction. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @Autowired
    FlagAlerts alerts;
    @Autowired
    RaisedFlags flags;
    @Autowired
    RedFlagSeeding seeding;
    @Autowired
    Patients patients;
    @Autowired
    Episodes episodes;
    @Autowired
    Clinicians clinicians;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    private final List<FlagRaised> heard = new CopyOnWriteArrayList<>();
    private final FlagRaisedListener listener = heard::add;
    private Clinician therapist;
    private Patient patient;

    @BeforeEach
    void aPatientAndAnEarToTheChannel() {
        therapist = Fixtures.therapist();
        clinicians.add(therapist);
        patient = patients.save(Fixtures.patient(therapist, "Announced", LocalDate.of(1975, 3, 3)));
        alerts.subscribe(listener);
    }

    /** The ui tests read the whole clinic's worklist from this database: this test's many open flags go with it. */
    @AfterEach
    void stopListeningAndTakeTheFlagsAway() {
        alerts.unsubscribe(listener);
        jdbc.update("delete from red_flag where patient_id = ?", patient.id().value());
    }

    @Test
    void aCommittedFlagIsAnnouncedPromptlyWithItsPatientEpisodeAndTier() {
        Episode episode = newEpisode();

        flags.add(raise(episode, RedFlag.SADDLE_NUMBNESS));

        assertThat(next(heard, episode)).contains(new FlagRaised(patient.id(), episode.id(), Tier.EMERGENCY));
    }

    @Test
    void aRolledBackFlagIsNeverAnnounced() {
        Episode rolledBack = newEpisode();
        Episode committed = newEpisode();

        transaction.executeWithoutResult(status -> {
            flags.add(raise(rolledBack, RedFlag.BLADDER_BOWEL));
            status.setRollbackOnly();
        });
        flags.add(raise(committed, RedFlag.FEVER));

        // announcements arrive in commit order: once the later commit is heard, the rolled-back one never will be
        assertThat(next(heard, committed)).isPresent();
        assertThat(heardOf(rolledBack)).isEmpty();
    }

    @Test
    void twoSignsOfOneTierInOneCheckInMakeOneAnnouncement() {
        Episode episode = newEpisode();
        Episode later = newEpisode();

        transaction.executeWithoutResult(status -> {
            flags.add(raise(episode, RedFlag.SADDLE_NUMBNESS));
            flags.add(raise(episode, RedFlag.BLADDER_BOWEL));
            flags.add(raise(episode, RedFlag.FEVER));
        });
        flags.add(raise(later, RedFlag.TRAUMA));

        assertThat(next(heard, later)).isPresent();
        assertThat(heardOf(episode)).extracting(FlagRaised::tier).containsExactlyInAnyOrder(Tier.EMERGENCY, Tier.URGENT);
    }

    @Test
    void flagsLoadedInBulkAreAnnouncedButAcknowledgedHistoryIsNot() {
        Episode history = newEpisode();
        Episode open = newEpisode();
        RaisedFlag closed = raise(history, RedFlag.BILATERAL_WEAKNESS).acknowledge(new Acknowledgement(
                AcknowledgementAction.REFERRED_TO_EMERGENCY_CARE, "Seen in A&E", therapist.id(), Instant.now()));

        transaction.executeWithoutResult(status -> seeding.insertAll(List.of(closed,
                raise(open, RedFlag.WEIGHT_LOSS))));

        assertThat(next(heard, open)).contains(new FlagRaised(patient.id(), open.id(), Tier.URGENT));
        assertThat(heardOf(history)).isEmpty();
    }

    @Test
    void aListenerWhoseConnectionWasCutCatchesUpAndStopsCleanly() throws Exception {
        Map<String, Object> database = TestDatabase.connection();
        List<Integer> others = listenerSessions();
        RaisedFlagNotifications node = new RaisedFlagNotifications(new FlagChannel.Address(
                (String) database.get("spring.datasource.url"), (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password")), Duration.ofSeconds(2));
        List<FlagRaised> heardByNode = new CopyOnWriteArrayList<>();
        node.subscribe(heardByNode::add);
        node.start();
        try {
            int session = newListenerSession(others);
            Episode before = newEpisode();
            flags.add(raise(before, RedFlag.FEVER));
            assertThat(next(heardByNode, before)).as("the node listens").isPresent();

            jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, session);
            Episode whileAway = newEpisode();
            flags.add(raise(whileAway, RedFlag.SADDLE_NUMBNESS));

            // raised while the node had no session (it retries after 2 s): replayed once it is back
            assertThat(next(heardByNode, whileAway, Duration.ofSeconds(10)))
                    .contains(new FlagRaised(patient.id(), whileAway.id(), Tier.EMERGENCY));
            Episode after = newEpisode();
            flags.add(raise(after, RedFlag.TRAUMA));
            assertThat(next(heardByNode, after)).as("the new session listens").isPresent();
        } finally {
            node.stop();
        }
        assertThat(node.isRunning()).isFalse();
        assertThat(awaitSessions(others)).as("its session is closed").containsExactlyInAnyOrderElementsOf(others);
    }

    private List<Integer> listenerSessions() {
        return new ArrayList<>(jdbc.queryForList("""
                select pid from pg_stat_activity
                 where application_name = 'backboard flag alerts' and datname = current_database()""", Integer.class));
    }

    /** The session a starting listener opens, once it has said LISTEN. */
    private int newListenerSession(List<Integer> others) throws InterruptedException {
        for (int attempt = 0; attempt < 500; attempt++) {
            List<Integer> listening = new ArrayList<>(jdbc.queryForList("""
                    select pid from pg_stat_activity
                     where application_name = 'backboard flag alerts' and datname = current_database()
                       and query like 'listen%'""", Integer.class));
            listening.removeAll(others);
            if (!listening.isEmpty()) {
                return listening.getFirst();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the listener opened no session");
    }

    /** The listener sessions, once they are these (a closed session leaves the server a moment later). */
    private List<Integer> awaitSessions(List<Integer> expected) throws InterruptedException {
        List<Integer> sessions = listenerSessions();
        for (int attempt = 0; attempt < 200 && !Set.copyOf(sessions).equals(Set.copyOf(expected)); attempt++) {
            Thread.sleep(10);
            sessions = listenerSessions();
        }
        return sessions;
    }

    private Episode newEpisode() {
        return episodes.save(Fixtures.lumbarEpisode(patient, LocalDate.of(2026, 9, 1)));
    }

    private RaisedFlag raise(Episode episode, RedFlag sign) {
        return RaisedFlag.raise(episode.id(), patient.id(), sign, Instant.now(), therapist.id(), Optional.empty());
    }

    private static Optional<FlagRaised> next(List<FlagRaised> heard, Episode episode) {
        return next(heard, episode, PROMPTLY);
    }

    /** The first announcement about the episode, once heard within the time (other tests' flags are heard too). */
    private static Optional<FlagRaised> next(List<FlagRaised> heard, Episode episode, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            Optional<FlagRaised> found = heard.stream().filter(flag -> flag.episode().equals(episode.id())).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    private List<FlagRaised> heardOf(Episode episode) {
        return heard.stream().filter(flag -> flag.episode().equals(episode.id())).toList();
    }
}
