package org.backboard.core.bulkexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.mail.Lease;
import org.backboard.core.patient.PatientId;
import org.junit.jupiter.api.Test;

/** The runner's rules over one held job: to its end, failures counted, a refused client's job failed. */
class ExportRunnerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T21:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration RETENTION = Duration.ofHours(24);

    private final OneJob jobs = new OneJob();

    @Test
    void aJobIsWorkedBatchByBatchToItsEndAndKeptForTheRetention() {
        ScriptedBatch batches = new ScriptedBatch(jobs, "recorded", "recorded", "nothing left");

        ExportRunner.RunReport report = new ExportRunner(jobs, batches, RETENTION, CLOCK).runDue();

        assertThat(report.ended()).contains(ExportState.COMPLETED);
        assertThat(report.patients()).isEqualTo(2);
        assertThat(jobs.finishedWith).contains(Optional.empty());
        assertThat(jobs.expiresAt).isEqualTo(NOW.plus(RETENTION));
    }

    @Test
    void aFailedBatchHandsTheJobBackAndTheThirdFailureFailsItWithAReasonNamingNoRecord() {
        ExportRunner runner = new ExportRunner(jobs, new ScriptedBatch(jobs, "fails"), RETENTION, CLOCK);

        assertThat(runner.runDue().ended()).isEmpty();
        assertThat(jobs.released).isEqualTo(1);
        assertThat(runner.runDue().ended()).isEmpty();
        ExportRunner.RunReport third = runner.runDue();

        assertThat(third.ended()).contains(ExportState.FAILED);
        assertThat(jobs.released).isEqualTo(2);
        assertThat(jobs.finishedWith.orElseThrow()).get().asString()
                .contains("3 failed attempts").contains("IllegalStateException").doesNotContain("secret detail");
    }

    @Test
    void aJobWhoseClientWasRevokedFails() {
        ExportRunner.RunReport report = new ExportRunner(jobs, new ScriptedBatch(jobs, "refused"), RETENTION, CLOCK)
                .runDue();

        assertThat(report.ended()).contains(ExportState.FAILED);
        assertThat(jobs.finishedWith.orElseThrow()).get().asString().contains("revoked");
    }

    @Test
    void aLostLeaseEndsTheRunWithoutFinishingTheJob() {
        ExportRunner.RunReport report = new ExportRunner(jobs, new ScriptedBatch(jobs, "recorded", "lost"),
                RETENTION, CLOCK).runDue();

        assertThat(report.leaseLost()).isTrue();
        assertThat(report.ended()).isEmpty();
        assertThat(jobs.finishedWith).isEmpty();
    }

    @Test
    void withNoJobWaitingARunOnlyDeletesExpiredExports() {
        jobs.waiting = false;

        ExportRunner.RunReport report = new ExportRunner(jobs, new ScriptedBatch(jobs), RETENTION, CLOCK).runDue();

        assertThat(report.job()).isEmpty();
        assertThat(jobs.expiredDeletedAt).isEqualTo(NOW);
    }

    /** A batch that answers as scripted, one answer per call (the last one repeats). */
    private static final class ScriptedBatch extends ExportBatch {
        private final Deque<String> script;
        private final OneJob jobs;

        ScriptedBatch(OneJob jobs, String... script) {
            super(null, null, null, jobs, null, 1, CLOCK);
            this.jobs = jobs;
            this.script = new ArrayDeque<>(List.of(script));
        }

        @Override
        public Outcome next(ClaimedExport claim) {
            String step = script.size() > 1 ? script.poll() : script.peek();
            return switch (step) {
                case "recorded" -> new Outcome.Recorded(claim, 1);
                case "lost" -> new Outcome.LeaseLost();
                case "refused" -> new Outcome.ClientRefused();
                case "nothing left" -> new Outcome.NothingLeft();
                default -> throw new IllegalStateException("secret detail of a record");
            };
        }
    }

    /** One job, claimable while it is not finished; remembers what the runner did with it. */
    private static final class OneJob implements ExportJobs {
        final ExportJob job = ExportJob.queued(ApiClientId.newId(), ExportRequest.everything(ExportScope.wholeClinic()),
                "https://clinic.example/fhir/$export", NOW);
        boolean waiting = true;
        int failures;
        int released;
        Optional<Optional<String>> finishedWith = Optional.empty();
        Instant expiresAt;
        Instant expiredDeletedAt;

        @Override
        public Optional<ClaimedExport> claimNext(Instant now, Lease lease) {
            return waiting && finishedWith.isEmpty()
                    ? Optional.of(new ClaimedExport(job, Optional.empty(), lease)) : Optional.empty();
        }

        @Override
        public int deleteExpired(Instant now) {
            expiredDeletedAt = now;
            return 0;
        }

        @Override
        public int countFailure(ClaimedExport claim) {
            return ++failures;
        }

        @Override
        public void release(ClaimedExport claim) {
            released++;
        }

        @Override
        public boolean finish(ClaimedExport claim, Optional<String> failure, Instant at, Instant expires) {
            finishedWith = Optional.of(failure);
            expiresAt = expires;
            return true;
        }

        @Override
        public void add(ExportJob job) {
        }

        @Override
        public Optional<ExportJob> find(ExportJobId id) {
            return Optional.of(job);
        }

        @Override
        public List<ExportFile> files(ExportJobId id) {
            return List.of();
        }

        @Override
        public boolean writeFile(ExportJobId id, ExportType type, OutputStream out) {
            return false;
        }

        @Override
        public boolean delete(ExportJobId id) {
            return false;
        }

        @Override
        public int unfinished(ApiClientId owner) {
            return 0;
        }

        @Override
        public boolean recordBatch(ClaimedExport claim, PatientId last, int patients, List<EncodedPart> parts,
                                   Lease renewed) {
            return true;
        }
    }
}
