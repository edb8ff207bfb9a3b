package org.backboard.ui.mail;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backboard.core.mail.DispatchReport;
import org.backboard.core.mail.MailDispatcher;
import org.backboard.core.mail.OutboxId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due mail every few seconds, on every node (the outbox keeps them from sending one message
 * twice at once). Without a mail server it does nothing and the mail waits. Logs outbox ids, counts
 * and failure reasons only, never an address or a subject.
 */
class OutboxJob {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxJob.class);

    private final Optional<MailDispatcher> dispatcher;
    private boolean outboxUnreachable;

    private OutboxJob(Optional<MailDispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    static OutboxJob sending(MailDispatcher dispatcher) {
        return new OutboxJob(Optional.of(dispatcher));
    }

    /** No mail server configured: mail stays queued, neither sent nor counted as failed. */
    static OutboxJob idle() {
        return new OutboxJob(Optional.empty());
    }

    @Scheduled(fixedDelayString = "${backboard.mail.poll:5s}", initialDelayString = "${backboard.mail.poll:5s}")
    public void run() {
        dispatcher.ifPresent(this::dispatch);
    }

    private void dispatch(MailDispatcher due) {
        DispatchReport report;
        try {
            report = due.dispatchDue();
        } catch (RuntimeException e) {
            // the database is away: one line when it starts, one when it ends, not a trace per run
            if (!outboxUnreachable) {
                outboxUnreachable = true;
                LOG.warn("Mail outbox unreachable, sending paused until it answers ({})", e.getClass().getSimpleName());
            }
            return;
        }
        if (outboxUnreachable) {
            outboxUnreachable = false;
            LOG.info("Mail outbox reachable again");
        }
        log(report);
    }

    private static void log(DispatchReport report) {
        if (!report.sent().isEmpty()) {
            LOG.info("Mail sent: {} (outbox {})", report.sent().size(), ids(report.sent()));
        }
        report.retrying().forEach(failure ->
                LOG.warn("Mail not sent, will retry: outbox {} ({})", failure.id(), failure.reason()));
        report.givenUp().forEach(failure ->
                LOG.error("Mail given up, kept as FAILED: outbox {} ({})", failure.id(), failure.reason()));
        if (!report.leaseLost().isEmpty()) {
            LOG.warn("Mail outcome not recorded, its lease had run out and another run holds it: outbox {}",
                    ids(report.leaseLost()));
        }
    }

    private static String ids(List<OutboxId> ids) {
        return ids.stream().map(OutboxId::toString).collect(Collectors.joining(", "));
    }
}
