package org.backboard.ui.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;

/** Times calls after warm-up runs: their p50, p95 and p99 in milliseconds. */
final class Timing {

    record Percentiles(double p50, double p95, double p99) { }

    private Timing() {
    }

    /** {@code call} gets the run's number (warm-up runs included), so a run can pick its own patient. */
    static Percentiles measure(int warmup, int runs, IntFunction<?> call) {
        for (int i = 0; i < warmup; i++) {
            call.apply(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.apply(warmup + i);
            nanos[i] = System.nanoTime() - start;
        }
        return of(nanos);
    }

    static Percentiles measure(int warmup, int runs, Supplier<?> call) {
        return measure(warmup, runs, run -> call.get());
    }

    /** For runs that time themselves (in the browser, say): {@code run} gives the run's milliseconds. */
    static Percentiles ofRuns(int warmup, int runs, IntToDoubleFunction run) {
        for (int i = 0; i < warmup; i++) {
            run.applyAsDouble(i);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(run.applyAsDouble(warmup + i));
        }
        return of(millis);
    }

    /** Percentiles of samples already in milliseconds. */
    static Percentiles of(List<Double> millis) {
        return of(millis.stream().mapToLong(ms -> Math.round(ms * 1_000_000)).toArray());
    }

    private static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
