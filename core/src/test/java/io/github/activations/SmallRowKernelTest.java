/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.activations.testing.LogitGenerator;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch forms of softmax on small rows (the SIMD path computes rows of 3 to 64 entries a
 * group at a time, one row per vector lane) against the single-vector {@code Softmax.into},
 * row by row, bit for bit: the bound is 0 ulp, because the batch kernel performs the
 * single-vector kernel's operations in its order (the maximum, the terms, the double-double sum
 * with its lanes and tail, the inverse, the scaling). The same for the row-major log-softmax
 * (rows of 2 to 64 entries on the SIMD path, 2 to 32 when its exponential's table is gathered,
 * as by default on JDK 17; {@code SmallRowLookupTest} runs both lookups) against
 * {@code LogSoftmax.into}: the maximum, the terms, s = Σ exp(z_i − m) − 1 in the single-vector
 * order, L = log1p(s) and the shift, so 0 ulp too; and the row-major logsumexp against
 * {@code LogSumExp.of}, bit for bit (the same sums, then the single-vector kernel's first tier;
 * rows whose result cancels beyond its bound go to that kernel). Most rows are ordinary, so the
 * groups are mostly computed by that kernel; special rows (+∞, −∞, entries more than 693 below
 * the maximum, or 665 for log-softmax and logsumexp, signed zero maxima, ±1e308) sit among them
 * at random places, where the kernel hands them to the single-vector kernel while the rest of
 * their group stays on the batch kernel. The batches hold some groups plus rows left over, and
 * the row-major ones sit at odd offsets of larger arrays, in place too. The suite runs on both
 * paths (scalar and SIMD).
 */
class SmallRowKernelTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Rows of n: ordinary ones, and one of the special kinds with probability 1/8. */
    private static double[] row(LogitGenerator g, int n) {
        double[] z = g.ordinary(n);
        if (!g.chance(0.125)) {
            return z;
        }
        int i = g.nextInt(n);
        switch (g.nextInt(10)) {
            case 0:
                z[i] = INF;
                break;
            case 1:
                if (n > 1) {
                    // (a row of one entry stays defined)
                    z[i] = -INF;
                }
                break;
            case 2:
                // fewer than three entries above −∞
                Arrays.fill(z, -INF);
                z[i] = g.ordinary();
                z[(i + 1) % n] = g.ordinary();
                break;
            case 3:
                // an entry exactly 693 below the maximum (the batch kernel's limit), and one just past it
                z[i] = 100;
                z[(i + 1) % n] = 100 - 693;
                if (g.chance(0.5)) {
                    z[(i + 2) % n] = Math.nextDown(100 - 693.0);
                }
                break;
            case 4:
                // subnormal and vanishing terms
                z[i] = 50;
                z[(i + 1) % n] = 50 - 745;
                z[(i + 2) % n] = 50 - 740;
                break;
            case 5:
                // the maximum a signed zero, −0.0 first or +0.0 first
                for (int j = 0; j < n; j++) {
                    z[j] = -Math.abs(z[j]) - 1;
                }
                z[i] = g.chance(0.5) ? -0.0 : 0.0;
                z[(i + 1) % n] = -z[i];
                break;
            case 6:
                z[i] = 1e308;
                z[(i + 1) % n] = -1e308;
                break;
            case 7:
                // exact ties at the maximum
                z[i] = 20;
                z[(i + 1) % n] = 20;
                break;
            case 8:
                // an entry exactly 665 below the maximum (the log-softmax kernel's limit), or just past it
                z[i] = 60;
                z[(i + 1) % n] = g.chance(0.5) ? 60 - 665.0 : Math.nextDown(60 - 665.0);
                break;
            default:
                // entries far apart but within the range of the batch kernel
                z[i] = 300;
                z[(i + 1) % n] = -300;
                break;
        }
        return z;
    }

    private static void same(double expected, double actual, String form, int r, int i, double[] row) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            fail(form + " row " + r + " entry " + i + " of " + Arrays.toString(row) + ": " + actual + " != " + expected
                    + " (single vector)");
        }
    }

    private static void same(float expected, float actual, String form, int r, int i, float[] row) {
        if (Float.floatToRawIntBits(expected) != Float.floatToRawIntBits(actual)) {
            fail(form + " row " + r + " entry " + i + " of " + Arrays.toString(row) + ": " + actual + " != " + expected
                    + " (single vector)");
        }
    }

    @ParameterizedTest(name = "rows of {0}")
    @ValueSource(ints = {2, 3, 4, 7, 8, 9, 10, 15, 16, 17, 31, 32, 33, 63, 64, 65})
    void doubleRowsEqualTheSingleVectorResult(int n) {
        LogitGenerator g = new LogitGenerator(4099L * n);
        for (int trial = 0; trial < 6; trial++) {
            // a few groups of 8 (or 4, 2) rows and some left over; the last trial is parallel
            int count = trial == 5 ? 70_000 / n : g.between(1, 120);
            int pad = g.between(0, 5);
            double[][] rows = new double[count][];
            for (int r = 0; r < count; r++) {
                rows[r] = row(g, n);
            }
            double[] z = new double[count * n + 2 * pad];
            Arrays.fill(z, 99);
            for (int r = 0; r < count; r++) {
                System.arraycopy(rows[r], 0, z, pad + r * n, n);
            }
            int len = count * n;
            double[] flat = Softmax.intoRows(z, pad, len, n, new double[len + 3], 3);
            double[] inPlace = z.clone();
            Softmax.intoRows(inPlace, pad, len, n, inPlace, pad);
            double[][] batch = Softmax.into(rows, new double[count][n]);
            double[][] allocated = Softmax.of(rows);
            double[][] copies = new double[count][];
            for (int r = 0; r < count; r++) {
                copies[r] = rows[r].clone();
            }
            Softmax.inPlace(copies);
            for (int r = 0; r < count; r++) {
                double[] p = Softmax.into(rows[r], new double[n]);
                for (int i = 0; i < n; i++) {
                    same(p[i], flat[3 + r * n + i], "intoRows", r, i, rows[r]);
                    same(p[i], inPlace[pad + r * n + i], "intoRows in place", r, i, rows[r]);
                    same(p[i], batch[r][i], "into(double[][])", r, i, rows[r]);
                    same(p[i], allocated[r][i], "of(double[][])", r, i, rows[r]);
                    same(p[i], copies[r][i], "inPlace(double[][])", r, i, rows[r]);
                }
            }
            assertEquals(0.0, flat[0] + flat[1] + flat[2], "before the output range");
            if (pad > 0) {
                assertEquals(99.0, inPlace[pad - 1], "before the slice");
                assertEquals(99.0, inPlace[inPlace.length - pad], "after the slice");
            }
        }
    }

    /**
     * A row whose logsumexp m + ln Σ exp(z_i − m) cancels to near 0 (m about −ln n), where the
     * batch kernel's first tier may fail its error bound and leave the row to the single-vector
     * kernel's next tiers.
     */
    private static double[] cancelling(LogitGenerator g, int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = -Math.log(n) + (i == 0 ? 0 : -g.uniform(0, 1e-6));
        }
        return z;
    }

    @ParameterizedTest(name = "log-softmax and logsumexp rows of {0}")
    @ValueSource(ints = {2, 3, 4, 7, 8, 9, 10, 15, 16, 17, 31, 32, 33, 63, 64, 65})
    void logSoftmaxAndLogSumExpRowsEqualTheSingleVectorResult(int n) {
        LogitGenerator g = new LogitGenerator(6151L * n);
        for (int trial = 0; trial < 6; trial++) {
            // a few groups of 8 (or 4, 2) rows and some left over; the last trial is parallel
            int count = trial == 5 ? 70_000 / n : g.between(1, 120);
            int pad = g.between(0, 5);
            double[][] rows = new double[count][];
            for (int r = 0; r < count; r++) {
                rows[r] = g.chance(0.05) ? cancelling(g, n) : row(g, n);
            }
            double[] z = new double[count * n + 2 * pad];
            Arrays.fill(z, 99);
            for (int r = 0; r < count; r++) {
                System.arraycopy(rows[r], 0, z, pad + r * n, n);
            }
            int len = count * n;
            double[] flat = LogSoftmax.intoRows(z, pad, len, n, new double[len + 3], 3);
            double[] inPlace = z.clone();
            LogSoftmax.intoRows(inPlace, pad, len, n, inPlace, pad);
            double[] allocated = LogSoftmax.ofRows(Arrays.copyOfRange(z, pad, pad + len), n);
            double[] lse = LogSumExp.intoRows(z, pad, len, n, new double[count + 2], 2);
            // out is z, after the slice
            double[] lseSelf = Arrays.copyOf(z, z.length + count);
            LogSumExp.intoRows(lseSelf, pad, len, n, lseSelf, z.length);
            for (int r = 0; r < count; r++) {
                double single = LogSumExp.of(rows[r]);
                same(single, lse[2 + r], "logsumexp intoRows", r, -1, rows[r]);
                same(single, lseSelf[z.length + r], "logsumexp intoRows into z", r, -1, rows[r]);
                double[] p = LogSoftmax.into(rows[r], new double[n]);
                for (int i = 0; i < n; i++) {
                    same(p[i], flat[3 + r * n + i], "intoRows", r, i, rows[r]);
                    same(p[i], inPlace[pad + r * n + i], "intoRows in place", r, i, rows[r]);
                    same(p[i], allocated[r * n + i], "ofRows", r, i, rows[r]);
                }
            }
            assertEquals(0.0, flat[0] + flat[1] + flat[2], "before the output range");
            if (pad > 0) {
                assertEquals(99.0, inPlace[pad - 1], "before the slice");
                assertEquals(99.0, inPlace[inPlace.length - pad], "after the slice");
            }
        }
    }

    /**
     * A bad row among groups of good ones (a NaN, or a row all −∞, in the last group or the rows
     * left over): the exception of the single-vector form, naming the same index or row, and
     * nothing written, in place or not; for logsumexp the NaN likewise.
     */
    @ParameterizedTest(name = "bad rows of {0}")
    @ValueSource(ints = {2, 3, 8, 10, 64})
    void logSoftmaxRowsWithABadRowWriteNothing(int n) {
        LogitGenerator g = new LogitGenerator(211L * n);
        int count = 27;
        for (int bad = 0; bad < 2; bad++) {
            for (int badRow : new int[] {3, 20, 26}) {
                double[] z = new double[count * n];
                for (int r = 0; r < count; r++) {
                    System.arraycopy(g.ordinary(n), 0, z, r * n, n);
                }
                int at = badRow * n + g.nextInt(n);
                String expected;
                if (bad == 0) {
                    z[at] = Double.NaN;
                    expected = "z[" + at + "] is NaN (row " + badRow + ", column " + (at - badRow * n) + " of rows of "
                            + n + ")";
                } else {
                    Arrays.fill(z, badRow * n, badRow * n + n, -INF);
                    expected = "row " + badRow + " of z (z[" + badRow * n + ", " + (badRow * n + n) + "))";
                }
                double[] out = new double[z.length];
                Arrays.fill(out, 7);
                double[] copy = z.clone();
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> LogSoftmax.intoRows(z, n, out));
                assertTrue(e.getMessage().contains(expected), e.getMessage() + " does not name " + expected);
                for (double x : out) {
                    assertEquals(7.0, x, "written to out");
                }
                assertThrows(IllegalArgumentException.class, () -> LogSoftmax.intoRows(copy, n, copy));
                assertArrayEquals(z, copy, "written in place");
                if (bad == 0) {
                    // logsumexp: a NaN is the one bad entry (a row all −∞ gives −∞)
                    double[] lse = new double[count];
                    Arrays.fill(lse, 7);
                    IllegalArgumentException el = assertThrows(IllegalArgumentException.class,
                            () -> LogSumExp.intoRows(z, n, lse));
                    assertTrue(el.getMessage().contains(expected), el.getMessage() + " does not name " + expected);
                    for (double x : lse) {
                        assertEquals(7.0, x, "logsumexp written to out");
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "float rows of {0}")
    @ValueSource(ints = {2, 3, 4, 7, 8, 9, 10, 15, 16, 17, 31, 32, 33, 63, 64, 65})
    void floatRowsEqualTheSingleVectorResult(int n) {
        LogitGenerator g = new LogitGenerator(8191L * n);
        for (int trial = 0; trial < 6; trial++) {
            int count = trial == 5 ? 70_000 / n : g.between(1, 120);
            int pad = g.between(0, 5);
            float[][] rows = new float[count][n];
            for (int r = 0; r < count; r++) {
                double[] d = row(g, n);
                boolean allNegative = true;
                for (int i = 0; i < n; i++) {
                    rows[r][i] = (float) d[i];
                    allNegative &= rows[r][i] == Float.NEGATIVE_INFINITY;
                }
                if (allNegative) {
                    // −1e308 rounds to −∞ in float; keep the row defined
                    rows[r][0] = 0;
                }
            }
            float[] z = new float[count * n + 2 * pad];
            Arrays.fill(z, 99);
            for (int r = 0; r < count; r++) {
                System.arraycopy(rows[r], 0, z, pad + r * n, n);
            }
            int len = count * n;
            float[] flat = Softmax.intoRows(z, pad, len, n, new float[len + 3], 3);
            float[] inPlace = z.clone();
            Softmax.intoRows(inPlace, pad, len, n, inPlace, pad);
            float[][] batch = Softmax.into(rows, new float[count][n]);
            float[][] allocated = Softmax.of(rows);
            for (int r = 0; r < count; r++) {
                float[] p = Softmax.into(rows[r], new float[n]);
                for (int i = 0; i < n; i++) {
                    same(p[i], flat[3 + r * n + i], "intoRows", r, i, rows[r]);
                    same(p[i], inPlace[pad + r * n + i], "intoRows in place", r, i, rows[r]);
                    same(p[i], batch[r][i], "into(float[][])", r, i, rows[r]);
                    same(p[i], allocated[r][i], "of(float[][])", r, i, rows[r]);
                }
            }
            if (pad > 0) {
                assertEquals(99.0f, inPlace[pad - 1], "before the slice");
                assertEquals(99.0f, inPlace[inPlace.length - pad], "after the slice");
            }
        }
    }

    /** Rows of different lengths in one {@code double[][]} batch: runs of equal rows form the groups. */
    @ParameterizedTest(name = "mixed lengths, seed {0}")
    @ValueSource(ints = {1, 2, 3})
    void mixedLengthsEqualTheSingleVectorResult(int seed) {
        LogitGenerator g = new LogitGenerator(seed);
        int count = 200;
        double[][] rows = new double[count][];
        float[][] rowsF = new float[count][];
        int n = 10;
        for (int r = 0; r < count; r++) {
            if (g.chance(0.05)) {
                n = (int) g.oneOf(1, 2, 3, 9, 10, 16, 64, 65, 100);
            }
            rows[r] = row(g, n);
            rowsF[r] = new float[n];
            for (int i = 0; i < n; i++) {
                rowsF[r][i] = (float) g.ordinary();
            }
        }
        double[][] batch = Softmax.of(rows);
        float[][] batchF = Softmax.of(rowsF);
        for (int r = 0; r < count; r++) {
            double[] p = Softmax.of(rows[r]);
            float[] pf = Softmax.of(rowsF[r]);
            for (int i = 0; i < rows[r].length; i++) {
                same(p[i], batch[r][i], "of(double[][])", r, i, rows[r]);
                same(pf[i], batchF[r][i], "of(float[][])", r, i, rowsF[r]);
            }
        }
    }
}
