/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.VectorPath;
import io.github.activations.data.Dataset;
import io.github.activations.evaluation.Evaluation.Spec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * A measured note, not a test (surefire does not run it): evaluates and calibrates a
 * 50,000 × 1,000 float32 data set (200 MB) of simulated overconfident logits and prints wall
 * time, process CPU time and peak heap. Run in a fresh JVM, for example:
 *
 * <pre>
 * java -Xmx1g -cp scripting/target/test-classes:scripting/target/activations.jar \
 *     io.github.activations.evaluation.EvaluationTiming [rows] [classes]
 * </pre>
 */
public final class EvaluationTiming {
    private EvaluationTiming() {
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void report(String what, long wall0, long cpu0) {
        System.out.printf(Locale.ROOT, "%-22s wall %6.2f s   cpu %6.2f s%n", what, (System.nanoTime() - wall0) / 1e9,
                (cpu() - cpu0) / 1e9);
    }

    /**
     * Runs the measurement.
     *
     * @param args optional rows and classes
     */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int classes = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.out.println(VectorPath.active() + ", " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        long w = System.nanoTime();
        long c = cpu();
        // boost 3.5 over 1,000 classes gives about 45 % accuracy; logits twice too sharp
        Dataset data = Simulated.multiClass("timing", rows, classes, 3.5, 2.0, Simulated.SEED);
        report("generate", w, c);

        w = System.nanoTime();
        c = cpu();
        long w0 = w;
        long c0 = c;
        Evaluation before = Evaluation.of(data, Spec.all().topK(5));
        report("evaluate (all)", w, c);

        w = System.nanoTime();
        c = cpu();
        TemperatureScaling fit = TemperatureScaling.fit(data);
        report("calibrate temperature", w, c);

        w = System.nanoTime();
        c = cpu();
        Evaluation after = Evaluation.of(data, Spec.all().topK(5).calibrator(fit.calibrator()));
        report("evaluate calibrated", w, c);
        report("total (without data)", w0, c0);

        System.out.println(before);
        System.out.println(fit);
        System.out.println(after);
        System.out.printf(Locale.ROOT, "peak heap %d MB%n", peakHeap() / (1 << 20));
    }
}
