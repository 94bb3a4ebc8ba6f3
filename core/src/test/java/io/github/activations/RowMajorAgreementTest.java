/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.activations.testing.LogitGenerator;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The row-major forms ({@code ofRows} / {@code intoRows}) against the single-vector forms, row
 * by row, bit for bit: the bound is 0 ulp because each row runs the same kernel on the same
 * entries (only the array and the offset differ). The suite runs on both paths (scalar and
 * SIMD), so this holds on each. Rows include the extreme ones: entries ±1e308, tails at −745
 * (subnormal terms), exact ties, ±∞, and rows of one class; the slices sit inside larger arrays
 * at odd offsets, and the batches of 80,000 entries go through the parallel path.
 */
class RowMajorAgreementTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** A row of {@code n} logits of a random kind, never all −∞ and never NaN. */
    private static double[] row(LogitGenerator g, int n) {
        double[] z;
        switch (g.nextInt(7)) {
            case 0:
                z = g.ordinary(n);
                break;
            case 1:
                z = g.withTies(g.ordinary(n));
                break;
            case 2:
                z = g.tails(n);
                break;
            case 3:
                z = g.huge(n);
                break;
            case 4:
                z = new double[n];
                for (int i = 0; i < n; i++) {
                    z[i] = g.oneOf(1e308, -1e308, 0, -745, -745.5, 709, -1e-300, 37);
                }
                break;
            default:
                z = new double[n];
                for (int i = 0; i < n; i++) {
                    z[i] = g.chance(0.15) ? g.oneOf(INF, -INF) : g.logit();
                }
                break;
        }
        if (Arrays.stream(z).allMatch(x -> x == -INF)) {
            z[g.nextInt(n)] = g.ordinary();
        }
        return z;
    }

    /** rows × n logits at offset {@code pad} of an array with {@code pad} entries either side. */
    private static double[][] rows(LogitGenerator g, int rows, int n) {
        double[][] z = new double[rows][];
        for (int r = 0; r < rows; r++) {
            z[r] = row(g, n);
        }
        return z;
    }

    private static double[] flat(double[][] rows, int pad) {
        int n = rows.length == 0 ? 0 : rows[0].length;
        double[] z = new double[rows.length * n + 2 * pad];
        Arrays.fill(z, 99);
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, z, pad + r * n, n);
        }
        return z;
    }

    private static float[] narrow(double[] z) {
        float[] f = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            f[i] = (float) z[i];
        }
        return f;
    }

    private static float[] narrowRow(double[] z) {
        float[] f = narrow(z);
        // a float row may become all −∞ (−1e308 rounds to −∞); keep it defined
        boolean allNeg = true;
        for (float x : f) {
            allNeg &= x == Float.NEGATIVE_INFINITY;
        }
        if (allNeg) {
            f[0] = 0;
        }
        return f;
    }

    /** A lazily built message naming row r and entry i (-1: not named). */
    private static Supplier<String> at(String what, int r, int i) {
        return () -> what + (r >= 0 ? " row " + r : "") + (i >= 0 ? " entry " + i : "");
    }

    private static void same(double expected, double actual, Supplier<String> what) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            fail(what.get() + ": " + actual + " != " + expected);
        }
    }

    @ParameterizedTest(name = "rows of {0}")
    @ValueSource(ints = {1, 2, 3, 7, 8, 9, 10, 16, 17, 33, 64, 100, 1000})
    void everyRowEqualsTheSingleVectorResult(int n) {
        LogitGenerator g = new LogitGenerator(1309L * n);
        for (int trial = 0; trial < 4; trial++) {
            int count = g.between(1, Math.max(2, 3000 / n));
            int pad = g.between(0, 5);
            double[][] rows = rows(g, count, n);
            double[] z = flat(rows, pad);
            int len = count * n;
            double[] sm = Softmax.intoRows(z, pad, len, n, new double[len + 3], 3);
            double[] ls = LogSoftmax.intoRows(z, pad, len, n, new double[len], 0);
            double[] lse = LogSumExp.intoRows(z, pad, len, n, new double[count + 1], 1);
            double[] sg = Sigmoid.intoRows(z, pad, len, n, new double[len], 0);
            int[] am = Argmax.intoRows(z, pad, len, n, new int[count], 0);
            int k = Math.min(n, 3);
            int[] tk = TopK.intoRows(z, pad, len, n, k, new int[count * k], 0);
            for (int r = 0; r < count; r++) {
                double[] p = Softmax.of(rows[r]);
                double[] lp = LogSoftmax.of(rows[r]);
                double[] s = Sigmoid.of(rows[r]);
                for (int i = 0; i < n; i++) {
                    int row = r;
                    int entry = i;
                    Supplier<String> where = () -> "row " + row + " entry " + entry + " of " + Arrays.toString(rows[row]);
                    same(p[i], sm[3 + r * n + i], () -> "softmax " + where.get());
                    same(lp[i], ls[r * n + i], () -> "log-softmax " + where.get());
                    same(s[i], sg[r * n + i], () -> "sigmoid " + where.get());
                }
                same(LogSumExp.of(rows[r]), lse[1 + r], at("logsumexp", r, -1));
                assertEquals(Argmax.of(rows[r]), am[r], "argmax row " + r);
                int[] top = TopK.of(rows[r], k);
                assertEquals(Arrays.toString(top), Arrays.toString(Arrays.copyOfRange(tk, r * k, r * k + k)), "top-k row " + r);
            }
            // in place (out is z, same offset) and the allocating forms give the same bits
            double[] copy = z.clone();
            Softmax.intoRows(copy, pad, len, n, copy, pad);
            for (int i = 0; i < len; i++) {
                same(sm[3 + i], copy[pad + i], at("in-place softmax", -1, i));
            }
            if (pad > 0) {
                assertEquals(99.0, copy[copy.length - 1], "outside the slice");
                assertEquals(99.0, copy[pad - 1], "outside the slice");
            }
            if (pad == 0) {
                double[] whole = Softmax.ofRows(Arrays.copyOf(z, len), n);
                for (int i = 0; i < len; i++) {
                    same(sm[3 + i], whole[i], at("ofRows", -1, i));
                }
            }
        }
    }

    @ParameterizedTest(name = "float rows of {0}")
    @ValueSource(ints = {1, 2, 3, 7, 8, 9, 10, 16, 17, 33, 64, 100, 1000})
    void everyFloatRowEqualsTheSingleVectorResult(int n) {
        LogitGenerator g = new LogitGenerator(7919L * n);
        for (int trial = 0; trial < 4; trial++) {
            int count = g.between(1, Math.max(2, 3000 / n));
            int pad = g.between(0, 5);
            float[][] rows = new float[count][];
            for (int r = 0; r < count; r++) {
                rows[r] = narrowRow(row(g, n));
            }
            float[] z = new float[count * n + 2 * pad];
            for (int r = 0; r < count; r++) {
                System.arraycopy(rows[r], 0, z, pad + r * n, n);
            }
            int len = count * n;
            float[] sm = Softmax.intoRows(z, pad, len, n, new float[len], 0);
            float[] ls = LogSoftmax.intoRows(z, pad, len, n, new float[len], 0);
            float[] lse = LogSumExp.intoRows(z, pad, len, n, new float[count], 0);
            float[] sg = Sigmoid.intoRows(z, pad, len, n, new float[len], 0);
            int[] am = Argmax.intoRows(z, pad, len, n, new int[count], 0);
            int k = Math.min(n, 2);
            int[] tk = TopK.intoRows(z, pad, len, n, k, new int[count * k], 0);
            float[][] batch = Softmax.into(rows, new float[count][n]);
            for (int r = 0; r < count; r++) {
                float[] p = Softmax.of(rows[r]);
                float[] lp = LogSoftmax.of(rows[r]);
                float[] s = Sigmoid.of(rows[r]);
                for (int i = 0; i < n; i++) {
                    int row = r;
                    int entry = i;
                    Supplier<String> where = () -> "row " + row + " entry " + entry + " of " + Arrays.toString(rows[row]);
                    same(p[i], sm[r * n + i], () -> "softmax " + where.get());
                    same(p[i], batch[r][i], () -> "softmax into(float[][]) " + where.get());
                    same(lp[i], ls[r * n + i], () -> "log-softmax " + where.get());
                    same(s[i], sg[r * n + i], () -> "sigmoid " + where.get());
                }
                same(LogSumExp.of(rows[r]), lse[r], at("logsumexp", r, -1));
                assertEquals(Argmax.of(rows[r]), am[r], "argmax row " + r);
                int[] top = TopK.of(rows[r], k);
                assertEquals(Arrays.toString(top), Arrays.toString(Arrays.copyOfRange(tk, r * k, r * k + k)), "top-k row " + r);
            }
        }
    }

    /** Batches above the parallel threshold (65,536 entries) run their rows split over threads. */
    @ParameterizedTest(name = "parallel batch, rows of {0}")
    @ValueSource(ints = {10, 1000})
    void largeBatchesEqualTheSingleVectorResults(int n) {
        LogitGenerator g = new LogitGenerator(31L * n);
        int count = 80_000 / n;
        double[][] rows = rows(g, count, n);
        double[] z = flat(rows, 1);
        int len = count * n;
        double[] sm = Softmax.intoRows(z, 1, len, n, new double[len], 0);
        double[] ls = LogSoftmax.intoRows(z, 1, len, n, new double[len], 0);
        double[] lse = LogSumExp.intoRows(z, 1, len, n, new double[count], 0);
        float[] zf = narrow(z);
        for (int r = 0; r < count; r++) {
            for (int i = 0; i < n; i++) {
                if (zf[1 + r * n + i] == Float.NEGATIVE_INFINITY) {
                    zf[1 + r * n + i] = -1e30f;
                }
            }
        }
        float[] smf = Softmax.intoRows(zf, 1, len, n, new float[len], 0);
        for (int r = 0; r < count; r++) {
            double[] p = Softmax.of(rows[r]);
            double[] lp = LogSoftmax.of(rows[r]);
            float[] pf = Softmax.of(Arrays.copyOfRange(zf, 1 + r * n, 1 + r * n + n));
            for (int i = 0; i < n; i++) {
                same(p[i], sm[r * n + i], at("softmax", r, i));
                same(lp[i], ls[r * n + i], at("log-softmax", r, i));
                same(pf[i], smf[r * n + i], at("float softmax", r, i));
            }
            same(LogSumExp.of(rows[r]), lse[r], at("logsumexp", r, -1));
        }
    }

    /**
     * Logsumexp with {@code out} the array {@code z} itself, at a range disjoint from the rows
     * (after them, then before them): each value has the bits of {@link LogSumExp#of(double[])}
     * on its row (bound 0 ulp, as above), and the rows are left as they were. The counts of rows
     * fill groups of the small-row kernel (rows of 2 to 64 entries) with special rows among them
     * ({@link #row}), so values are written into z while later rows of a group are still read
     * from it by the single-vector kernel.
     */
    @ParameterizedTest(name = "logsumexp into z itself, rows of {0}")
    @ValueSource(ints = {1, 2, 5, 8, 13, 32, 64})
    void logSumExpIntoTheInputArrayOutsideTheRows(int n) {
        LogitGenerator g = new LogitGenerator(4099L * n);
        for (int trial = 0; trial < 4; trial++) {
            int count = g.between(8, 40);
            double[][] rows = rows(g, count, n);
            int len = count * n;
            int pad = count + g.between(0, 3);
            double[] after = flat(rows, pad);
            LogSumExp.intoRows(after, pad, len, n, after, pad + len);
            double[] before = flat(rows, pad);
            LogSumExp.intoRows(before, pad, len, n, before, pad - count);
            for (int r = 0; r < count; r++) {
                double expected = LogSumExp.of(rows[r]);
                same(expected, after[pad + len + r], at("logsumexp after the rows", r, -1));
                same(expected, before[pad - count + r], at("logsumexp before the rows", r, -1));
                for (int i = 0; i < n; i++) {
                    same(rows[r][i], after[pad + r * n + i], at("input after the call", r, i));
                    same(rows[r][i], before[pad + r * n + i], at("input after the call", r, i));
                }
            }
        }
    }
}
