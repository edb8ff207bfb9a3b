package org.backboard.core.mail;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A mail server stand-in that answers each send as scripted (accepting when the script is out) and keeps what it accepted. */
class ScriptedTransport implements MailTransport {

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<OutboxId> attempted = new ArrayList<>();
    private final List<OutboxId> accepted = new ArrayList<>();
    private final MovingClock clock;
    private Duration eachSendTakes = Duration.ZERO;

    ScriptedTransport(MovingClock clock) {
        this.clock = clock;
    }

    ScriptedTransport thenFails(String reason, boolean permanent) {
        answers.add(new MailTransportException(reason, permanent));
        return this;
    }

    ScriptedTransport thenBreaks(RuntimeException fault) {
        answers.add(fault);
        return this;
    }

    ScriptedTransport thenAccepts() {
        answers.add("accept");
        return this;
    }

    ScriptedTransport eachSendTaking(Duration duration) {
        eachSendTakes = duration;
        return this;
    }

    @Override
    public void send(OutboxId id, OutgoingMail mail) throws MailTransportException {
        attempted.add(id);
        clock.advance(eachSendTakes);
        Object answer = answers.isEmpty() ? "accept" : answers.poll();
        if (answer instanceof MailTransportException failure) {
            throw failure;
        }
        if (answer instanceof RuntimeException fault) {
            throw fault;
        }
        accepted.add(id);
    }

    List<OutboxId> attempted() {
        return attempted;
    }

    List<OutboxId> accepted() {
        return accepted;
    }
}
