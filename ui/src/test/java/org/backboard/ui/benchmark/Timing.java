package org.backboard.ui.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times a call after warm-up runs: its p50, p95 and p99 in milliseconds. */
final class Timing {

    record Percentiles(double p50, double p95, double p99) { }

    private Timing() {
    }

    /** {@code call} gets the run's number (warm-up runs included), so a run can pick its own patient. */
    static Percentiles measure(int warmup, int runs, java.util.function.IntFunction<?> call) {
        for (int i = 0; i < warmup; i++) {
            call.apply(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.apply(warmup + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Percentiles(percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
    }

    static Percentiles measure(int warmup, int runs, Supplier<?> call) {
        return measure(warmup, runs, run -> call.get());
    }

    /** For runs that time themselves (in the browser, say): {@code run} gives the run's milliseconds. */
    static Percentiles ofRuns(int warmup, int runs, java.util.function.IntToDoubleFunction run) {
        for (int i = 0; i < warmup; i++) {
            run.applyAsDouble(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = Math.round(run.applyAsDouble(warmup + i) * 1_000_000);
        }
        Arrays.sort(nanos);
        return new Percentiles(percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
