package org.backboard.ui.bulkexport;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.backboard.core.bulkexport.ExportRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs export jobs on a thread of its own, on every node (the job table keeps two nodes off one job).
 * Not Spring's scheduler: an export takes minutes, and the scheduler's one thread also sends mail.
 * On shutdown the thread is interrupted: the batch under way rolls back, and the job's lease runs out
 * so that any node resumes it after its last committed batch. Logs job ids and counts only.
 */
class BulkExportWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BulkExportWorker.class);

    private final ExportRunner runner;
    private final Duration poll;
    private ScheduledExecutorService executor;
    private boolean unreachable;

    BulkExportWorker(ExportRunner runner, Duration poll) {
        this.runner = runner;
        this.poll = poll;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bulk-export");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::run, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stops before the database pool closes (the pool stops in the last phase). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    void run() {
        ExportRunner.RunReport report;
        try {
            report = runner.runDue();
        } catch (RuntimeException e) {
            // the database is away (or the node stops): one line when it starts, one when it ends
            if (!unreachable) {
                unreachable = true;
                LOG.warn("Bulk export jobs unreachable, paused until the database answers ({})",
                        e.getClass().getSimpleName());
            }
            return;
        }
        if (unreachable) {
            unreachable = false;
            LOG.info("Bulk export jobs reachable again");
        }
        if (report.expiredDeleted() > 0) {
            LOG.info("Bulk exports expired and deleted: {}", report.expiredDeleted());
        }
        report.job().ifPresent(job -> LOG.info("Bulk export {}: {} patients in this run, {}", job, report.patients(),
                report.ended().map(state -> state.name().toLowerCase())
                        .orElse(report.leaseLost() ? "cancelled or taken over" : "paused, to be resumed")));
    }
}
