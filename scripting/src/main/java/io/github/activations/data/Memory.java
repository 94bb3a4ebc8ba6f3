/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.util.Locale;
import java.util.function.LongSupplier;

/** Heap checks before the big allocations, so a file larger than the heap fails with its sizes. */
final class Memory {
    /** The most entries a Java array can hold on HotSpot. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** Bytes this JVM can still allocate: the maximum heap minus what is in use. */
    static final LongSupplier HEAP = () -> {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    };

    private Memory() {
    }

    /**
     * Fails unless {@code bytes} can be allocated; before failing, collects garbage once and asks
     * again (a heap full of garbage is not a full heap).
     */
    static void require(LongSupplier available, String file, String what, long bytes) {
        if (bytes <= available.getAsLong()) {
            return;
        }
        System.gc();
        long left = available.getAsLong();
        if (bytes > left) {
            throw new DataException(file, what + " needs " + mb(bytes) + ", more than the " + mb(Math.max(0, left))
                    + " this JVM can still allocate (" + maxHeap() + ")");
        }
    }

    static void requireEntries(String file, String what, long entries) {
        if (entries > MAX_ARRAY) {
            throw new DataException(file, what + " holds " + entries + " entries, more than a Java array can hold ("
                    + MAX_ARRAY + ")");
        }
    }

    static float[] floats(LongSupplier available, String file, String what, long entries) {
        requireEntries(file, what, entries);
        require(available, file, what, entries * Float.BYTES);
        try {
            return new float[(int) entries];
        } catch (OutOfMemoryError e) {
            throw outOfMemory(file, what, entries * Float.BYTES);
        }
    }

    static double[] doubles(LongSupplier available, String file, String what, long entries) {
        requireEntries(file, what, entries);
        require(available, file, what, entries * Double.BYTES);
        try {
            return new double[(int) entries];
        } catch (OutOfMemoryError e) {
            throw outOfMemory(file, what, entries * Double.BYTES);
        }
    }

    static int[] ints(LongSupplier available, String file, String what, long entries) {
        requireEntries(file, what, entries);
        require(available, file, what, entries * Integer.BYTES);
        try {
            return new int[(int) entries];
        } catch (OutOfMemoryError e) {
            throw outOfMemory(file, what, entries * Integer.BYTES);
        }
    }

    private static DataException outOfMemory(String file, String what, long bytes) {
        return new DataException(file, what + " needs " + mb(bytes) + ", more than this JVM could allocate ("
                + maxHeap() + ")");
    }

    /** Returns e.g. "maximum heap 268 MB, -Xmx256m": decimal megabytes, then the option in MiB. */
    static String maxHeap() {
        long max = Runtime.getRuntime().maxMemory();
        return "maximum heap " + mb(max) + ", -Xmx" + (max >> 20) + "m";
    }

    /** Bytes in decimal megabytes (400,000,000 bytes is "400 MB"), or kB below 1 MB. */
    static String mb(long bytes) {
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return bytes < 10_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
