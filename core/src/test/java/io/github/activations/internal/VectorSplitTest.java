/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Softmax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Long single vectors ({@link VectorSplit}): the softmax split over threads has the bits of
 * the sequential kernel, on both implementations (the SIMD one when
 * {@code jdk.incubator.vector} is present), double and float, for lengths around the chunk
 * boundaries and the split threshold; the special cases of the split path throw and write as
 * the sequential one does. Bound: bit for bit (0 ulp), because the split changes only which
 * thread computes a term, never the order of an operation (see {@link VectorSplit}). The
 * accuracy of the long vectors themselves is checked by {@code SoftmaxAccuracyTest} (n = 10^5
 * and 10^6 go through the public form, which splits them on a machine of two cores or more).
 */
class VectorSplitTest {
    private static final int C = VectorSplit.CHUNK;
    private static final int[] SIZES = {C + 1, 2 * C, 2 * C + 7, 3 * C + 5, VectorSplit.THRESHOLD + 3, 100_003};
    private static final String[] KINDS = {"ordinary", "wide", "tails", "ties", "specials", "nearEqual", "huge"};

    private static List<VectorSupport> implementations() {
        List<VectorSupport> all = new ArrayList<>();
        all.add(VectorSupportProvider.scalar());
        try {
            all.add(VectorSupportProvider.vector());
        } catch (UnsupportedOperationException e) {
            // scalar only: the SIMD implementation is tested by the test-vector execution
        }
        return all;
    }

    @Test
    void splitHasTheBitsOfTheSequentialKernel() {
        Random rnd = new Random(20261205L);
        for (VectorSupport v : implementations()) {
            for (int n : SIZES) {
                for (String kind : KINDS) {
                    double[] z = VectorSupportTest.logits(kind, n, rnd);
                    double m = v.max(z, 0, n);
                    if (m == Double.POSITIVE_INFINITY || live(z) < 3) {
                        continue; // no exponential: the sequential kernel's special cases
                    }
                    double[] sequential = new double[n];
                    v.softmax(z, sequential, "z");
                    double[] split = new double[n];
                    VectorSplit.softmax(v, z, 0, split, 0, n, m, true);
                    assertArrayEquals(sequential, split, () -> v.describe() + ", " + kind + ", n=" + n);
                    // in place, and through the public entry (split when the machine has 2 cores)
                    double[] inPlace = z.clone();
                    VectorSplit.softmax(v, inPlace, inPlace, "z");
                    assertArrayEquals(sequential, inPlace, () -> "in place: " + v.describe() + ", " + kind + ", n=" + n);
                }
            }
        }
    }

    @Test
    void floatSplitHasTheBitsOfTheSequentialKernel() {
        Random rnd = new Random(20261206L);
        for (VectorSupport v : implementations()) {
            for (int n : SIZES) {
                for (String kind : KINDS) {
                    float[] z = VectorSupportTest.narrow(VectorSupportTest.logits(kind, n, rnd));
                    float m = v.max(z, 0, n);
                    if (m == Float.POSITIVE_INFINITY || SoftmaxKernels.live(z) < 3) {
                        continue;
                    }
                    float[] sequential = new float[n];
                    v.softmax(z, sequential, "z");
                    float[] split = new float[n];
                    VectorSplit.softmax(v, z, 0, split, 0, n, m, true);
                    assertArrayEquals(sequential, split, () -> v.describe() + ", " + kind + ", n=" + n);
                    float[] inPlace = z.clone();
                    VectorSplit.softmax(v, inPlace, inPlace, "z");
                    assertArrayEquals(sequential, inPlace, () -> "in place: " + v.describe() + ", " + kind + ", n=" + n);
                }
            }
        }
    }

    /**
     * The sums themselves, before any rounding of the results: S of the split run and of the
     * sequential run are the same double-double (hi and lo), and the float S the same double.
     * (The results alone would hide a change of order: S moves by about 2^-100, which almost
     * never moves a rounded probability.)
     */
    @Test
    void splitSumsAreTheSequentialSums() {
        Random rnd = new Random(11);
        for (VectorSupport v : implementations()) {
            for (int n : SIZES) {
                double[] z = VectorSupportTest.logits("ordinary", n, rnd);
                double m = v.max(z, 0, n);
                Dd s = VectorSplit.terms(v, z, 0, m, new double[n], 0, n, false);
                double hi = s.hi;
                double lo = s.lo;
                s = VectorSplit.terms(v, z, 0, m, new double[n], 0, n, true);
                assertEquals(hi, s.hi, () -> v.describe() + ", n=" + n);
                assertEquals(lo, s.lo, () -> v.describe() + ", n=" + n);
                float[] f = VectorSupportTest.narrow(z);
                double fm = v.max(f, 0, n);
                assertEquals(VectorSplit.termSum(v, f, 0, n, fm, false), VectorSplit.termSum(v, f, 0, n, fm, true),
                        () -> v.describe() + ", float, n=" + n);
            }
        }
    }

    /** A slice of a longer array: the bits of the same values as a vector of their own. */
    @Test
    void offsetsOfALongSliceAreTheBitsOfTheVector() {
        Random rnd = new Random(7);
        for (VectorSupport v : implementations()) {
            int n = 2 * C + 13;
            double[] z = VectorSupportTest.logits("ordinary", n, rnd);
            double[] whole = new double[n];
            v.softmax(z, whole, "z");
            double[] big = new double[n + 10];
            System.arraycopy(z, 0, big, 3, n);
            double[] out = new double[n + 20];
            v.softmax(big, 3, out, 11, n, "z");
            assertArrayEquals(whole, Arrays.copyOfRange(out, 11, 11 + n), v.describe());
        }
    }

    /**
     * Special cases of a long vector through the public form: they throw before anything is
     * written, or take the sequential kernel's limits, whether or not the vector was split.
     */
    @Test
    void specialCasesOfALongVector() {
        int n = VectorSplit.THRESHOLD + 5;
        double[] z = new double[n];
        Arrays.setAll(z, i -> Math.sin(i) * 10);
        double[] out = new double[n];
        Arrays.fill(out, 42.0);

        double[] nan = z.clone();
        nan[n - 7] = Double.NaN;
        nan[n - 3] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Softmax.into(nan, out));
        assertTrue(e.getMessage().contains(String.valueOf(n - 7)), e.getMessage());
        assertTrue(Arrays.stream(out).allMatch(x -> x == 42.0), "nothing written after a NaN");

        double[] allMinus = new double[n];
        Arrays.fill(allMinus, Double.NEGATIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> Softmax.into(allMinus, out));
        assertTrue(Arrays.stream(out).allMatch(x -> x == 42.0), "nothing written for all -inf");

        double[] plusInf = z.clone();
        plusInf[5] = Double.POSITIVE_INFINITY;
        plusInf[n - 1] = Double.POSITIVE_INFINITY;
        double[] p = Softmax.into(plusInf, out);
        for (int i = 0; i < n; i++) {
            assertEquals(i == 5 || i == n - 1 ? 0.5 : 0.0, p[i], "+inf limit at " + i);
        }

        double[] pair = new double[n];
        Arrays.fill(pair, Double.NEGATIVE_INFINITY);
        pair[100] = 2.0;
        pair[n - 2] = -1.0;
        p = Softmax.into(pair, new double[n]);
        double[] expected = Softmax.of(new double[] {2.0, -1.0});
        assertEquals(expected[0], p[100]);
        assertEquals(expected[1], p[n - 2]);
        assertEquals(1.0, p[100] + p[n - 2], 1e-16);

        float[] fz = new float[n];
        for (int i = 0; i < n; i++) {
            fz[i] = (float) z[i];
        }
        fz[n - 9] = Float.NaN;
        float[] fout = new float[n];
        Arrays.fill(fout, 42f);
        e = assertThrows(IllegalArgumentException.class, () -> Softmax.into(fz, fout));
        assertTrue(e.getMessage().contains(String.valueOf(n - 9)), e.getMessage());
        for (float x : fout) {
            assertEquals(42f, x, "nothing written after a float NaN");
        }
    }

    /** Sigmoid of a long vector: the split map has the bits of the sequential one. */
    @Test
    void sigmoidSplitHasTheBitsOfTheSequentialMap() {
        Random rnd = new Random(5);
        for (VectorSupport v : implementations()) {
            int n = VectorSplit.THRESHOLD + 11;
            double[] z = VectorSupportTest.logits("wide", n, rnd);
            for (int i = 0; i < n; i += 97) {
                z[i] = -z[i];
            }
            double[] sequential = new double[n];
            v.sigmoid(z, 0, sequential, 0, n);
            assertArrayEquals(sequential, VectorSplit.sigmoid(v, z, new double[n]), v.describe());
            float[] f = VectorSupportTest.narrow(z);
            float[] fs = new float[n];
            v.sigmoid(f, 0, fs, 0, n);
            assertArrayEquals(fs, VectorSplit.sigmoid(v, f, f.clone()), v.describe());
        }
    }

    /** The figures the public documentation names (VectorPath, the README). */
    @Test
    void documentedFigures() {
        assertEquals(io.github.activations.VectorPath.PARALLEL_THRESHOLD, VectorSplit.THRESHOLD);
        assertEquals(8192, VectorSplit.CHUNK);
        assertEquals(0, VectorSplit.CHUNK % SoftmaxKernels.FLOAT_BLOCK);
    }

    /** The sign of a zero maximum is that of the first zero, in every chunk split. */
    @Test
    void maximaCombineAsASequentialScan() {
        for (VectorSupport v : implementations()) {
            double[] z = new double[3 * C];
            Arrays.fill(z, -1.0);
            z[C + 3] = -0.0;
            z[2 * C + 3] = 0.0;
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(v.max(z, 0, z.length)));
            double[] a = new double[z.length];
            v.softmax(z, a, "z");
            double[] b = new double[z.length];
            VectorSplit.softmax(v, z, b, "z");
            assertArrayEquals(a, b, v.describe());
        }
    }

    /**
     * From {@code VectorSplit.PARALLEL_MAX} entries the maximum is split too: the chunk maxima
     * combine to the sequential scan's (NaN found with its first index, the sign of a zero
     * maximum that of the first zero), so the result keeps the sequential bits.
     */
    @Test
    void splitMaximumOfAVeryLongVector() {
        int n = VectorSplit.PARALLEL_MAX + 17;
        for (VectorSupport v : implementations()) {
            double[] z = new double[n];
            Arrays.fill(z, -2.0);
            z[5 * C + 1] = -0.0;
            z[100 * C + 3] = 0.0;
            z[n - 2] = -1.0;
            double[] a = new double[n];
            v.softmax(z, a, "z");
            double[] b = new double[n];
            VectorSplit.softmax(v, z, b, "z");
            assertArrayEquals(a, b, v.describe());
            float[] f = VectorSupportTest.narrow(z);
            float[] fa = new float[n];
            v.softmax(f, fa, "z");
            float[] fb = new float[n];
            VectorSplit.softmax(v, f, fb, "z");
            assertArrayEquals(fa, fb, v.describe());
            z[n - 5] = Double.NaN;
            z[n - 3] = Double.NaN;
            double[] sentinel = new double[n];
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VectorSplit.softmax(v, z, sentinel, "z"));
            assertTrue(e.getMessage().contains("[" + (n - 5) + "]"), e.getMessage());
            assertTrue(Arrays.stream(sentinel).allMatch(x -> x == 0), "nothing written");
        }
    }

    /** A batch of one long row (double[][] or row-major, with offsets) has the single vector's bits. */
    @Test
    void batchFormsOfOneLongRowHaveTheVectorBits() {
        int n = VectorSplit.THRESHOLD + 3;
        double[] z = VectorSupportTest.logits("ordinary", n, new Random(3));
        double[] single = Softmax.of(z);
        assertArrayEquals(single, Softmax.into(new double[][] {z}, new double[1][n])[0]);
        double[] flat = new double[n + 4];
        System.arraycopy(z, 0, flat, 2, n);
        double[] out = new double[n + 6];
        Softmax.intoRows(flat, 2, n, n, out, 3);
        assertArrayEquals(single, Arrays.copyOfRange(out, 3, 3 + n));
        float[] f = VectorSupportTest.narrow(z);
        float[] fsingle = Softmax.of(f);
        assertArrayEquals(fsingle, Softmax.into(new float[][] {f}, new float[1][n])[0]);
        float[] fflat = new float[n + 4];
        System.arraycopy(f, 0, fflat, 2, n);
        float[] fout = new float[n + 6];
        Softmax.intoRows(fflat, 2, n, n, fout, 3);
        assertArrayEquals(fsingle, Arrays.copyOfRange(fout, 3, 3 + n));
    }

    private static int live(double[] z) {
        int live = 0;
        for (double x : z) {
            if (x != Double.NEGATIVE_INFINITY) {
                live++;
            }
        }
        return live;
    }
}
