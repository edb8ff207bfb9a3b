package org.backboard.ui.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Times a call after warm-up runs and gives a Markdown table row of its p50, p95 and p99 in milliseconds. */
final class Timing {

    private Timing() {
    }

    static String row(String operation, int warmup, int runs, Supplier<?> call) {
        for (int i = 0; i < warmup; i++) {
            call.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", operation,
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
