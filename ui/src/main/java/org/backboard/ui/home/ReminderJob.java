package org.backboard.ui.home;

import org.backboard.core.care.ReminderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Queues the patients' daily reminders as their time comes; the outbox job sends them. */
@Component
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${backboard.reminders.poll:60s}", initialDelayString = "${backboard.reminders.poll:60s}")
    void queueDue() {
        try {
            int queued;
            do {
                queued = reminders.queueDue();
                if (queued > 0) {
                    LOG.info("Queued {} daily reminders", queued);
                }
            } while (queued > 0);
        } catch (RuntimeException e) {
            // a database outage: the next run tries again; no patient data in the log
            LOG.warn("Daily reminders not queued this time: {}", e.getClass().getSimpleName());
        }
    }
}
