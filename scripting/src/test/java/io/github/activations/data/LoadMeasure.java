/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: times one load in a fresh JVM and prints the peak heap, for the measured note in
 * {@code src/test/resources/io/github/activations/data/README.md}. Run with
 * {@code java -Xmx1g -cp <test classpath> io.github.activations.data.LoadMeasure FILE [labelColumn]}.
 */
public final class LoadMeasure {
    private LoadMeasure() {
    }

    /**
     * Loads the file and prints seconds, shape and heap figures.
     *
     * @param args the file, and optionally a CSV label column name
     */
    public static void main(String[] args) {
        DatasetReader.Builder b = DatasetReader.builder();
        if (args.length > 1) {
            b.labelColumn(args[1]);
        }
        DatasetReader reader = b.build();
        long start = System.nanoTime();
        Dataset d = reader.read(Path.of(args[0]));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "%s: %d x %d %s in %.2f s; heap peak (sum of pool peaks) %.0f MB,"
                + " after GC %.0f MB, max %.0f MB%n", args[0], d.rows(), d.logits().columns(),
                d.logits().isFloat() ? "float" : "double", seconds, peak / 1e6, used / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }
}
