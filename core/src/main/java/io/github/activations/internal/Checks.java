/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.lang.reflect.Array;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for the public boundary. Conditions are written to be NaN-safe; messages
 * say what is wrong, where and at which index, and are built in cold methods so the hot
 * paths stay small.
 *
 * <p>Internal: not part of the public API.
 */
public final class Checks {
    private Checks() {
    }

    /** Throws {@link NullPointerException} naming {@code name} if {@code o} is null. */
    public static <T> T notNull(T o, String name) {
        if (o == null) {
            throw new NullPointerException(name + " is null");
        }
        return o;
    }

    /**
     * Checks a vector: non-null, non-empty, no NaN. The scan runs on the SIMD path when it is
     * active, split over threads from 2^20 entries ({@link VectorSplit#indexOfNaN}).
     */
    public static double[] vector(double[] z, String name) {
        int bad = VectorSplit.indexOfNaN(VectorSupportProvider.get(), nonEmpty(z, name), 0, z.length);
        if (bad >= 0) {
            throw Failures.nan(name, bad);
        }
        return z;
    }

    /** Checks a vector: non-null, non-empty, no NaN. */
    public static float[] vector(float[] z, String name) {
        int bad = VectorSplit.indexOfNaN(VectorSupportProvider.get(), nonEmpty(z, name), 0, z.length);
        if (bad >= 0) {
            throw Failures.nan(name, bad);
        }
        return z;
    }

    /**
     * Checks a vector for null and length 0 only: for argmax, whose kernel finds a NaN in the
     * pass that takes the maximum (see {@link VectorSupport}), so the input is read once, not
     * twice.
     */
    public static double[] nonEmpty(double[] z, String name) {
        notNull(z, name);
        if (z.length == 0) {
            throw Failures.empty(name);
        }
        return z;
    }

    /** Float form of {@link #nonEmpty(double[], String)}. */
    public static float[] nonEmpty(float[] z, String name) {
        notNull(z, name);
        if (z.length == 0) {
            throw Failures.empty(name);
        }
        return z;
    }

    /**
     * Checks a batch: non-null array of non-null, non-empty rows without NaN (zero rows allowed).
     * The exception names the lowest bad row, as a scan in row order would. Null and empty rows
     * are found first (one pass over the row references); the NaN scan of the rows before the
     * first of them then runs like the batch itself ({@link Batches#run}: in parallel above
     * {@link Batches#THRESHOLD} elements), because it reads the whole batch from memory before
     * anything is computed: on one thread it took 4–9 ms of a 10,000 × 1,000 softmax batch
     * whose rows take 12–16 ms on two threads (2 ms on two threads; 2026-11-29).
     * Row names are built only to throw.
     */
    public static double[][] rows(double[][] rows, String name) {
        return rows(rows, name, null);
    }

    /** {@link #rows(double[][], String)} with the NaN scan on {@code executor} (the common pool when null). */
    public static double[][] rows(double[][] rows, String name, @Nullable Executor executor) {
        notNull(rows, name);
        VectorSupport scan = VectorSupportProvider.get();
        scanRows(rows, r -> scan.indexOfNaN(rows[r]) >= 0, r -> vector(rows[r], name + "[" + r + "]"), executor);
        return rows;
    }

    /** Float form of {@link #rows(double[][], String)}. */
    public static float[][] rows(float[][] rows, String name) {
        notNull(rows, name);
        VectorSupport scan = VectorSupportProvider.get();
        scanRows(rows, r -> scan.indexOfNaN(rows[r]) >= 0, r -> vector(rows[r], name + "[" + r + "]"), null);
        return rows;
    }

    /**
     * The body of both {@code rows} checks: finds the first null or empty row, scans the rows
     * before it for NaN through {@link Batches#run}, and calls {@code fail} (which throws) for
     * the lowest bad row.
     */
    private static void scanRows(Object[] rows, IntPredicate hasNaN, IntConsumer fail, @Nullable Executor executor) {
        int end = 0;
        long elements = 0;
        while (end < rows.length && rows[end] != null && Array.getLength(rows[end]) > 0) {
            elements += Array.getLength(rows[end++]);
        }
        if (executor == null && !Batches.parallel(end, elements)) {
            for (int r = 0; r < end; r++) {
                if (hasNaN.test(r)) {
                    fail.accept(r);
                }
            }
        } else {
            scanInParallel(end, elements, hasNaN, fail, executor);
        }
        if (end < rows.length) {
            fail.accept(end);
        }
    }

    private static void scanInParallel(int end, long elements, IntPredicate hasNaN, IntConsumer fail,
            @Nullable Executor executor) {
        Batches.run(end, elements, r -> {
            if (hasNaN.test(r)) {
                fail.accept(r);
            }
        }, executor);
    }

    /**
     * Checks {@code out} (non-null, as long as {@code z}) for a vector whose NaN scan is left to
     * the kernel ({@code Dispatch.kernelFindsNaN}): when {@code out} is bad, {@code z} is scanned
     * first, so that a NaN in it is still reported before the bad {@code out}, as for a shorter
     * vector, which is scanned before its {@code out} is checked.
     */
    public static void outOfUnscanned(double[] z, double[] out) {
        try {
            notNull(out, "out");
            sameLength(z.length, "z", out.length, "out");
        } catch (RuntimeException badOut) {
            vector(z, "z");
            throw badOut;
        }
    }

    /** Float form of {@link #outOfUnscanned(double[], double[])}. */
    public static void outOfUnscanned(float[] z, float[] out) {
        try {
            notNull(out, "out");
            sameLength(z.length, "z", out.length, "out");
        } catch (RuntimeException badOut) {
            vector(z, "z");
            throw badOut;
        }
    }

    /** Checks that {@code out} is non-null and as long as {@code n}. */
    public static void sameLength(int n, String zName, int outLength, String outName) {
        if (outLength != n) {
            throw new IllegalArgumentException(
                    outName + ".length " + outLength + " != " + zName + ".length " + n);
        }
    }

    /**
     * Checks an output batch against a checked input batch, row by row (before anything is
     * written); the lowest bad row is reported. Like {@link #rows(double[][], String)} it runs in
     * parallel on large batches: each row of {@code out} is a separate array, and reading their
     * lengths one after the other waited on memory for about as long as the parallel NaN scan.
     */
    public static void sameShape(double[][] rows, double[][] out) {
        notNull(out, "out");
        sameLength(rows.length, "rows", out.length, "out");
        long elements = Batches.elements(rows);
        if (!Batches.parallel(rows.length, elements)) {
            for (int r = 0; r < rows.length; r++) {
                if (out[r] == null || out[r].length != rows[r].length) {
                    notNull(out[r], "out[" + r + "]");
                    sameLength(rows[r].length, "rows[" + r + "]", out[r].length, "out[" + r + "]");
                }
            }
            return;
        }
        Batches.run(rows.length, elements, r -> {
            if (out[r] == null || out[r].length != rows[r].length) {
                notNull(out[r], "out[" + r + "]");
                sameLength(rows[r].length, "rows[" + r + "]", out[r].length, "out[" + r + "]");
            }
        }, null);
    }

    /** Float form of {@link #sameShape(double[][], double[][])}. */
    public static void sameShape(float[][] rows, float[][] out) {
        notNull(out, "out");
        sameLength(rows.length, "rows", out.length, "out");
        long elements = Batches.elements(rows);
        if (!Batches.parallel(rows.length, elements)) {
            for (int r = 0; r < rows.length; r++) {
                if (out[r] == null || out[r].length != rows[r].length) {
                    notNull(out[r], "out[" + r + "]");
                    sameLength(rows[r].length, "rows[" + r + "]", out[r].length, "out[" + r + "]");
                }
            }
            return;
        }
        Batches.run(rows.length, elements, r -> {
            if (out[r] == null || out[r].length != rows[r].length) {
                notNull(out[r], "out[" + r + "]");
                sameLength(rows[r].length, "rows[" + r + "]", out[r].length, "out[" + r + "]");
            }
        }, null);
    }

    /** Checks a temperature: NaN and negative values are rejected; 0 and +∞ are limits. */
    public static double temperature(double t) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("temperature must be >= 0 (0 and +Infinity are the limits), got " + t);
        }
        return t;
    }

    /** Checks a mask against a vector length. */
    public static boolean[] mask(boolean[] mask, int n) {
        notNull(mask, "mask");
        if (mask.length != n) {
            throw new IllegalArgumentException("mask.length " + mask.length + " != z.length " + n);
        }
        return mask;
    }

    /** Checks that the kept entries of {@code z} (all when mask is null) have no NaN; z is non-null, non-empty. */
    public static void maskedVector(double[] z, boolean[] mask, String name) {
        notNull(z, name);
        if (z.length == 0) {
            throw Failures.empty(name);
        }
        for (int i = 0; i < z.length; i++) {
            if (mask[i] && z[i] != z[i]) {
                throw Failures.nan(name, i);
            }
        }
    }

    /**
     * Checks that not every entry of {@code z} equals {@code undefined} (−∞ for softmax, +∞ for
     * softmin), where the result would be 0/0.
     */
    public static void defined(double[] z, double undefined, String name) {
        for (double x : z) {
            if (x != undefined) {
                return;
            }
        }
        throw undefined == Double.NEGATIVE_INFINITY
                ? Failures.allNegativeInfinity(name)
                : Failures.allPositiveInfinity(name);
    }

    /** Float form of {@link #defined(double[], double, String)}. */
    public static void defined(float[] z, double undefined, String name) {
        for (float x : z) {
            if (x != undefined) {
                return;
            }
        }
        throw undefined == Double.NEGATIVE_INFINITY
                ? Failures.allNegativeInfinity(name)
                : Failures.allPositiveInfinity(name);
    }

    /** Checks {@link #defined(double[], double, String)} for every row, before anything is written. */
    public static void rowsDefined(double[][] rows, double undefined, String name) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r][0] == undefined) {
                defined(rows[r], undefined, name + "[" + r + "]");
            }
        }
    }

    /** Float form of {@link #rowsDefined(double[][], double, String)}. */
    public static void rowsDefined(float[][] rows, double undefined, String name) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r][0] == undefined) {
                defined(rows[r], undefined, name + "[" + r + "]");
            }
        }
    }
}
