package org.backboard.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientDraft;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.RegisteredApiClient;
import org.backboard.core.bulkexport.BulkExportService;
import org.backboard.core.bulkexport.ExportFile;
import org.backboard.core.bulkexport.ExportJob;
import org.backboard.core.bulkexport.ExportRunner;
import org.backboard.core.bulkexport.ExportScope;
import org.backboard.core.bulkexport.ExportState;
import org.backboard.core.bulkexport.ExportStatus;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.shared.Result;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole clinic's bulk export (every resource type), run by the runner a node's worker calls,
 * on the test thread: its time, and the heap while it runs. Heap is read two ways: used heap sampled
 * every 10 ms (its peak includes garbage not yet collected), and used heap right after each
 * collection (an upper bound of what the export keeps live: a young collection leaves the old
 * generation's garbage). Flat means neither grows with the clinic, only with the batch. The thread's
 * CPU time is given beside the wall clock, which a busy machine stretches.
 * Then every file is downloaded (streamed to nowhere) and timed. Writes {@code target/benchmark/bulk-export.md}.
 * Alone: {@code ./mvnw -Pbenchmark verify -pl ui -Dtest=BulkExportBenchmarkTest} on a database of its own.
 */
@BenchmarkClinic
class BulkExportBenchmarkTest {

    @Autowired
    ApiClientService apiClients;
    @Autowired
    BulkExportService exports;
    @Autowired
    ExportRunner runner;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${backboard.export.batch:500}")
    int batch;

    @Test
    void theWholeClinicIsExportedWithFlatHeap() throws Exception {
        Clinician lead = clinicians.findByUsername(new Username("lead")).orElseThrow();
        RegisteredApiClient registered = ((Result.Saved<RegisteredApiClient>) apiClients.register(
                new Actor(lead.id(), lead.role()),
                new ApiClientDraft("Bulk export benchmark", Optional.empty(), LocalDate.now().plusDays(1)))).value();
        ApiClientActor client = new ApiClientActor(registered.client().id());
        int patients = jdbc.queryForObject("select count(*) from patient", Integer.class);
        ExportJob job = ((Result.Saved<ExportJob>) exports.kickOff(client, ExportScope.wholeClinic(),
                Optional.empty(), Optional.empty(), Optional.empty(), "benchmark")).value();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        HeapWatch watch = HeapWatch.start(memory);
        long started = System.nanoTime();
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ExportStatus status;
        do {
            runner.runDue();
            status = exports.status(client, job.id()).orElseThrow();
        } while (!status.job().state().finished());
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        watch.stop();
        assertThat(status.job().state()).isEqualTo(ExportState.COMPLETED);

        long downloadStarted = System.nanoTime();
        long bytes = 0;
        for (ExportFile file : status.files()) {
            Counting out = new Counting();
            exports.download(client, job.id(), file.type(), () -> out);
            bytes += out.count;
        }
        double downloadSeconds = (System.nanoTime() - downloadStarted) / 1e9;
        long stored = jdbc.queryForObject("select coalesce(sum(octet_length(data)), 0) from bulk_export_part"
                + " where job_id = ?", Long.class, job.id().value());
        long resources = status.files().stream().mapToLong(ExportFile::count).sum();
        exports.cancel(client, job.id());

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                # Bulk export benchmark

                The whole clinic's `$export` (every resource type) of %,d patients, in batches of %d, run on one
                thread as a node's worker runs it: **%.1f s** (%,.0f patients/s; the thread's own CPU time %.1f s,
                the rest is PostgreSQL and waiting; load average %.1f at the end), %,d resources in %d files,
                %,.1f MB of NDJSON stored as %,.1f MB of gzip. Downloading every file (unzipped as it is streamed):
                %.1f s.

                | heap (MB; max heap %,.0f) | |
                |---|---:|
                | used before, after a full collection | %,.1f |
                | peak used, sampled every 10 ms (garbage included) | %,.1f |
                | peak used right after a collection (%d collections) | %,.1f |

                | type | resources |
                |---|---:|
                """, patients, batch, seconds, patients / seconds, cpuSeconds, load, resources, status.files().size(), bytes / 1e6,
                stored / 1e6, downloadSeconds, Runtime.getRuntime().maxMemory() / 1e6, before / 1e6,
                watch.peak.get() / 1e6, watch.collections.get(), watch.peakAfterGc.get() / 1e6));
        status.files().forEach(file -> report.append(String.format(Locale.ROOT, "| %s | %,d |%n",
                file.type().fhirName(), file.count())));
        Path out = Path.of("target", "benchmark", "bulk-export.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Samples used heap, and hears every collection's result, until stopped. */
    private static final class HeapWatch {
        final AtomicLong peak = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        final AtomicLong collections = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                // the heap's pools only: the map names every pool, Metaspace and code caches included
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                collections.incrementAndGet();
                peakAfterGc.accumulateAndGet(used, Math::max);
            }
        };
        private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        private volatile boolean running = true;
        private Thread sampler;

        static HeapWatch start(MemoryMXBean memory) {
            HeapWatch watch = new HeapWatch();
            watch.collectors.forEach(bean -> ((NotificationEmitter) bean).addNotificationListener(watch.listener, null, null));
            watch.sampler = Thread.ofPlatform().daemon().start(() -> {
                while (watch.running) {
                    watch.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return watch;
        }

        void stop() throws Exception {
            running = false;
            sampler.join();
            for (GarbageCollectorMXBean bean : collectors) {
                ((NotificationEmitter) bean).removeNotificationListener(listener);
            }
        }
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
        }
    }
}
