/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The path report and the test mode: surefire runs the suite once without and once with
 * {@code --add-modules jdk.incubator.vector}, setting {@code activations.test.expectVector} to
 * say which path each run must be on (unset: no expectation). Also checks that parallel
 * batches give the sequential bits.
 */
class VectorPathTest {
    @Test
    void reportsTheExpectedPath() {
        String desc = VectorPath.active();
        System.out.println("VectorPath.active(): " + desc);
        assertTrue(desc.startsWith("SIMD") || desc.startsWith("scalar"), desc);
        assertEquals(desc.startsWith("SIMD"), VectorPath.isVectorized());
        String expect = System.getProperty("activations.test.expectVector", "");
        if (!expect.isBlank()) {
            assertEquals(Boolean.parseBoolean(expect), VectorPath.isVectorized(), desc);
        }
    }

    @Test
    void twoClassSoftmaxEqualsSigmoidOnTheActivePath() {
        Random rnd = new Random(7);
        double[] xs = new double[2000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (rnd.nextDouble() - 0.5) * 1500;
        }
        double[] sig = Sigmoid.of(xs);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(Sigmoid.of(xs[i]), Softmax.of(new double[] {xs[i], 0})[0], 0.0, "z " + xs[i]);
            assertEquals(Double.doubleToRawLongBits(Sigmoid.of(xs[i])), Double.doubleToRawLongBits(sig[i]), "z " + xs[i]);
        }
    }

    @Test
    void parallelBatchesAreBitIdenticalToSequential() {
        Random rnd = new Random(11);
        double[][] rows = new double[300][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new double[1 + rnd.nextInt(700)];
            for (int i = 0; i < rows[r].length; i++) {
                rows[r][i] = rnd.nextGaussian() * 5;
            }
        }
        double[][] parallel = Softmax.of(rows);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            double[][] viaExecutor = Softmax.of(rows, pool);
            for (int r = 0; r < rows.length; r++) {
                double[] seq = Softmax.of(rows[r]);
                assertArrayEquals(seq, parallel[r], "row " + r);
                assertArrayEquals(seq, viaExecutor[r], "row " + r);
            }
        } finally {
            pool.shutdown();
        }
        double[] lse = LogSumExp.of(rows);
        double[][] ls = LogSoftmax.of(rows);
        for (int r = 0; r < rows.length; r++) {
            assertEquals(LogSumExp.of(rows[r]), lse[r], 0.0);
            assertArrayEquals(LogSoftmax.of(rows[r]), ls[r]);
        }
    }

    @Test
    void parallelBatchThrowsForTheLowestFailingRow() {
        double[][] rows = new double[200][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new double[1000];
        }
        rows[150] = new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        rows[40] = new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Softmax.of(rows));
        assertTrue(e.getMessage().contains("rows[40]"), e.getMessage());
    }

    /**
     * The batch checks run in parallel above {@code VectorPath.PARALLEL_THRESHOLD} elements (200
     * rows of 1,000 here); they must still name the lowest bad row, input rows before output
     * rows, and leave {@code out} untouched.
     */
    @Test
    void parallelChecksNameTheLowestBadRowAndWriteNothing() {
        double[][] rows = new double[200][];
        double[][] out = new double[200][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new double[1000];
            out[r] = new double[1000];
            java.util.Arrays.fill(out[r], -7.0);
        }
        rows[170][3] = Double.NaN;
        rows[60][999] = Double.NaN;
        out[30] = new double[999];
        assertMessage("rows[60][999] is NaN", () -> Softmax.into(rows, out));
        rows[120] = null;
        assertMessage("rows[60][999] is NaN", () -> Softmax.into(rows, out));
        rows[10] = new double[0];
        assertMessage("rows[10] is empty", () -> Softmax.into(rows, out));
        assertMessage("rows[10] is empty", () -> LogSumExp.of(rows));
        rows[10] = new double[1000];
        rows[60][999] = 0;
        assertMessage("rows[120]", () -> Sigmoid.of(rows));
        rows[120] = new double[1000];
        rows[170][3] = 0;
        assertMessage("out[30].length 999 != rows[30].length 1000", () -> Softmax.into(rows, out));
        out[30] = new double[1000];
        out[25] = null;
        assertMessage("out[25]", () -> Softmax.into(rows, out));
        for (int r = 0; r < rows.length; r++) {
            if (r != 25) {
                for (double v : out[r]) {
                    assertEquals(r == 30 ? 0.0 : -7.0, v, 0.0, "out[" + r + "] was written");
                }
            }
        }
        float[][] f = new float[200][1000];
        f[99][500] = Float.NaN;
        f[150][0] = Float.NaN;
        assertMessage("rows[99][500] is NaN", () -> Softmax.of(f));
    }

    /** Asserts that {@code call} throws IllegalArgumentException, or NullPointerException for a null row, with this message. */
    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        RuntimeException e = assertThrows(RuntimeException.class, call);
        assertTrue(e instanceof IllegalArgumentException || e instanceof NullPointerException, e.toString());
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    /**
     * On every length that exercises the vector loops and their tails, a NaN anywhere (any
     * payload, beside ±∞ and a second NaN) must be named by its first index and leave
     * {@code out} and {@code z} untouched, on the active path: argmax finds it in the pass that
     * takes the maximum, the softmax family in its scan (the kernels' own detection is tested in
     * {@code VectorSupportTest}).
     */
    @Test
    void nanIsNamedWhereverItIs() {
        double[] nans = {Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000000L)};
        Random rnd = new Random(5);
        int[] lengths = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 34, 63, 64, 65, 100, 257, 1000};
        for (int n : lengths) {
            for (int at = 0; at < n; at += n < 70 ? 1 : 1 + rnd.nextInt(40)) {
                double[] z = new double[n];
                for (int i = 0; i < n; i++) {
                    int kind = rnd.nextInt(10);
                    z[i] = kind == 0 ? Double.POSITIVE_INFINITY : kind == 1 ? Double.NEGATIVE_INFINITY : rnd.nextGaussian() * 10;
                }
                z[at] = nans[rnd.nextInt(nans.length)];
                if (at + 1 < n && rnd.nextBoolean()) {
                    z[at + 1 + rnd.nextInt(n - at - 1)] = Double.NaN;
                }
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = (float) z[i];
                }
                double[] zCopy = z.clone();
                float[] fCopy = f.clone();
                double[] out = new double[n];
                float[] outF = new float[n];
                String where = "z[" + at + "] is NaN";
                String ctx = "n = " + n + ", NaN at " + at;
                assertNaN(where, ctx, () -> Softmax.into(z, out));
                assertNaN(where, ctx, () -> Softmax.into(z, 2.0, out));
                assertNaN(where, ctx, () -> Softmax.inPlace(z));
                assertNaN(where, ctx, () -> Softmax.into(f, outF));
                assertNaN(where, ctx, () -> Softmax.of(f, 0.5));
                assertNaN(where, ctx, () -> LogSoftmax.into(z, out));
                assertNaN(where, ctx, () -> LogSoftmax.into(f, outF));
                assertNaN(where, ctx, () -> LogSumExp.of(z));
                assertNaN(where, ctx, () -> LogSumExp.of(f));
                assertNaN(where, ctx, () -> Argmax.of(z));
                assertNaN(where, ctx, () -> Argmax.of(f));
                assertArrayEquals(new double[n], out, ctx);
                assertArrayEquals(new float[n], outF, ctx);
                assertArrayEquals(zCopy, z, ctx);
                assertArrayEquals(fCopy, f, ctx);
            }
        }
    }

    private static void assertNaN(String expected, String ctx, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call, ctx);
        assertEquals(expected, e.getMessage(), ctx);
    }
}
