/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.LogSoftmax;
import io.github.activations.LogSumExp;
import io.github.activations.testing.Reference;
import io.github.activations.testing.UlpStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Log-softmax and logsumexp of long single vectors ({@link VectorSplit}): split over threads
 * they have the bits of the sequential kernel, on both implementations, for lengths around the
 * chunk boundaries and the split threshold, on vectors that take each tier of logsumexp (the
 * quick exponential, the full one, the exact sum), subnormal terms, several maxima, −∞ and +∞
 * entries. Bound: bit for bit (0 ulp), because the split changes only which thread computes a
 * chunk's summary, never the order in which the summaries are folded (see {@link VectorSplit}).
 * The chunked result itself is checked against the kernel that sums the whole vector in one
 * loop (within 1 ulp, the bound {@code VectorSupportTest} allows between two orders of the
 * sum) and, for a few vectors, against the 50-digit {@link Reference} of the accuracy tests
 * (within their 2 ulp).
 */
class LogSumExpSplitTest {
    private static final int C = VectorSplit.CHUNK;
    private static final int[] SIZES = {C + 1, 2 * C + 7, 3 * C + 5, VectorSplit.THRESHOLD + 3};
    private static final String[] KINDS = {
        "ordinary", "wide", "tails", "ties", "specials", "nearEqual", "huge", "cancel", "logProbabilities",
        "subnormal", "maxima", "minusInfinity", "plusInfinity", "nearMax"
    };

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

    /**
     * The logits of {@link VectorSupportTest#logits}, and kinds of our own: "cancel" has its
     * logsumexp near 0 with a negative maximum (many entries near −ln n), so the quick tier's
     * bound fails and the full one decides; "logProbabilities" is a log-softmax output, whose
     * logsumexp is 0 up to rounding (the exact tier); "subnormal" has its terms but one between
     * e^-744.5 and e^-735, subnormal numbers summed on their own scale to a subnormal s; "maxima" several entries equal to the maximum, one in each
     * chunk; "minusInfinity" and "plusInfinity" a few such entries among ordinary ones;
     * "nearMax" positive entries up to m = {@code MAX_VALUE}, where z_i − m is a two-sum whose
     * error term overflows unless it is redone at half scale.
     */
    static double[] logits(String kind, int n, Random rnd) {
        double[] z;
        switch (kind) {
            case "cancel":
                z = new double[n];
                for (int i = 0; i < n; i++) {
                    z[i] = -Math.log(n) + 0x1p-10 * rnd.nextInt(9);
                }
                return z;
            case "logProbabilities":
                z = VectorSupportTest.logits("ordinary", n, rnd);
                LogSumExpKernels.logSoftmax(z, z, "z");
                return z;
            case "subnormal":
                z = new double[n];
                for (int i = 0; i < n; i++) {
                    z[i] = 3.0 - 735 - 9.5 * rnd.nextDouble();
                }
                z[rnd.nextInt(n)] = 3.0;
                return z;
            case "maxima":
                z = VectorSupportTest.logits("ordinary", n, rnd);
                for (int i = rnd.nextInt(C); i < n; i += C) {
                    z[i] = 40.0;
                }
                return z;
            case "minusInfinity":
                z = VectorSupportTest.logits("ordinary", n, rnd);
                // a few, so that on the SIMD path some chunks take the scalar kernel and the others not
                for (int k = 0; k < 3; k++) {
                    z[rnd.nextInt(n)] = Double.NEGATIVE_INFINITY;
                }
                return z;
            case "nearMax":
                z = new double[n];
                for (int i = 0; i < n; i++) {
                    z[i] = Double.MAX_VALUE * rnd.nextDouble();
                }
                z[rnd.nextInt(n)] = Double.MAX_VALUE;
                return z;
            case "plusInfinity":
                z = VectorSupportTest.logits("ordinary", n, rnd);
                z[rnd.nextInt(n)] = Double.POSITIVE_INFINITY;
                z[rnd.nextInt(n)] = Double.POSITIVE_INFINITY;
                return z;
            default:
                return VectorSupportTest.logits(kind, n, rnd);
        }
    }

    @Test
    void splitHasTheBitsOfTheSequentialKernel() {
        Random rnd = new Random(20261207L);
        for (VectorSupport v : implementations()) {
            for (int n : SIZES) {
                for (String kind : KINDS) {
                    double[] z = logits(kind, n, rnd);
                    double m = v.max(z, 0, n);
                    String where = v.describe() + ", " + kind + ", n=" + n;
                    double[] sequential = new double[n];
                    v.logSoftmax(z, sequential, "z");
                    double lse = v.logSumExp(z);
                    // the public entry's split form (whatever the machine), in place too
                    double[] out = new double[n];
                    VectorSplit.logSoftmax(v, z, VectorSplit.definedOrInfiniteMax(v, z, "z"), out, "z");
                    assertArrayEquals(sequential, out, where);
                    double[] inPlace = z.clone();
                    VectorSplit.logSoftmax(v, inPlace, m, inPlace, "z");
                    assertArrayEquals(sequential, inPlace, "in place: " + where);
                    assertEquals(lse, VectorSplit.logSumExp(v, z, "z"), where);
                    if (Double.isInfinite(m)) {
                        continue;
                    }
                    // the chunked kernels themselves, on one thread and split
                    for (boolean parallel : new boolean[] {false, true}) {
                        double[] chunked = new double[n];
                        VectorSplit.logSoftmax(v, z, 0, chunked, 0, n, m, parallel);
                        assertArrayEquals(sequential, chunked, where + ", parallel " + parallel);
                        assertEquals(lse, VectorSplit.logSumExp(v, z, 0, n, m, parallel), where);
                    }
                    // against the kernel that sums the whole vector in one loop: 1 ulp, as two
                    // orders of the sum may differ (VectorSupportTest)
                    double[] whole = new double[n];
                    LogSumExpKernels.logSoftmax(z, whole, "z");
                    for (int i = 0; i < n; i++) {
                        assertTrue(VectorSupportTest.ulps(whole[i], sequential[i]) <= 1,
                                where + ", i=" + i + ": " + sequential[i] + " vs " + whole[i]);
                    }
                    double wholeLse = LogSumExpKernels.logSumExp(z);
                    assertTrue(VectorSupportTest.ulps(wholeLse, lse) <= 1, where + ": " + lse + " vs " + wholeLse);
                }
            }
        }
    }

    /** The data reach the tiers they are meant for, so the test above covers each of them. */
    @Test
    void kindsReachEachTier() {
        VectorSupport v = VectorSupportProvider.scalar();
        int n = VectorSplit.THRESHOLD + 3;
        Random rnd = new Random(3);
        assertEquals(0, tier(v, logits("ordinary", n, rnd)));
        assertEquals(1, tier(v, logits("cancel", n, rnd)));
        assertEquals(2, tier(v, logits("logProbabilities", n, rnd)));
    }

    /** The first tier of logsumexp whose bound holds (2: the exact sum). */
    private static int tier(VectorSupport v, double[] z) {
        double m = v.max(z, 0, z.length);
        for (int tier = 0; tier < 2; tier++) {
            Dd d = VectorSplit.sumMinusOne(v, z, 0, z.length, m, tier == 1, false);
            double r = LogSumExpKernels.logSumExpTier(m, tier == 1, d);
            if (r == r) {
                return tier;
            }
        }
        return 2;
    }

    /**
     * The sums themselves, before the logarithm: s of the split run and of the sequential run
     * are the same double-double (hi and lo), with the quick exponential and the full one.
     */
    @Test
    void splitSumsAreTheSequentialSums() {
        Random rnd = new Random(13);
        for (VectorSupport v : implementations()) {
            for (int n : SIZES) {
                for (String kind : new String[] {"ordinary", "subnormal", "minusInfinity", "maxima"}) {
                    double[] z = logits(kind, n, rnd);
                    double m = v.max(z, 0, n);
                    for (boolean full : new boolean[] {false, true}) {
                        Dd s = VectorSplit.sumMinusOne(v, z, 0, n, m, full, false);
                        double hi = s.hi;
                        double lo = s.lo;
                        s = VectorSplit.sumMinusOne(v, z, 0, n, m, full, true);
                        String where = v.describe() + ", " + kind + ", n=" + n + ", full " + full;
                        assertEquals(hi, s.hi, where);
                        assertEquals(lo, s.lo, where);
                    }
                }
            }
        }
    }

    /**
     * The summaries are folded in chunk order on both paths: the sums equal those of the
     * summaries folded first to last here, and differ from the fold last to first (checked too,
     * so that this test would fail if the kernels folded in reverse order).
     */
    @Test
    void summariesAreFoldedInChunkOrder() {
        int n = 12 * C + 5;
        Random rnd = new Random(17);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            // chunks of falling size, so that the order of their sums shows in the last bits
            z[i] = -3.0 * (i / C) + rnd.nextGaussian();
        }
        for (VectorSupport v : implementations()) {
            double m = v.max(z, 0, n);
            int chunks = (n + C - 1) / C;
            int size = LogSumExpKernels.SUMMARY;
            double[] summaries = new double[size * chunks];
            for (int c = 0; c < chunks; c++) {
                v.sumMinusOneChunk(z, c * C, Math.min(C, n - c * C), m, false, summaries, size * c);
            }
            Dd forward = fold(summaries, chunks, false);
            Dd backward = fold(summaries, chunks, true);
            assertTrue(forward.hi != backward.hi || forward.lo != backward.lo,
                    "the data must tell the two orders apart");
            for (boolean parallel : new boolean[] {false, true}) {
                Dd s = VectorSplit.sumMinusOne(v, z, 0, n, m, false, parallel);
                assertEquals(forward.hi, s.hi, v.describe() + ", parallel " + parallel);
                assertEquals(forward.lo, s.lo, v.describe() + ", parallel " + parallel);
            }
        }
    }

    private static Dd fold(double[] summaries, int chunks, boolean reverse) {
        int size = LogSumExpKernels.SUMMARY;
        double[] total = new double[size];
        for (int k = 0; k < chunks; k++) {
            int c = reverse ? chunks - 1 - k : k;
            LogSumExpKernels.fold(total, 0, summaries, size * c);
        }
        Dd d = new Dd();
        LogSumExpKernels.finish(total, 0, d);
        return d;
    }

    /** A slice of a longer array: the bits of the same values as a vector of their own. */
    @Test
    void offsetsOfALongSliceAreTheBitsOfTheVector() {
        Random rnd = new Random(19);
        for (VectorSupport v : implementations()) {
            int n = 2 * C + 13;
            double[] z = logits("ordinary", n, rnd);
            double[] whole = new double[n];
            v.logSoftmax(z, whole, "z");
            double[] big = new double[n + 10];
            System.arraycopy(z, 0, big, 3, n);
            double[] out = new double[n + 20];
            v.logSoftmax(big, 3, out, 11, n, "z");
            assertArrayEquals(whole, Arrays.copyOfRange(out, 11, 11 + n), v.describe());
            assertEquals(v.logSumExp(z), v.logSumExp(big, 3, 3 + n), v.describe());
        }
    }

    /** From {@code VectorSplit.PARALLEL_MAX} entries the maximum and the last pass are split too. */
    @Test
    void veryLongVector() {
        int n = VectorSplit.PARALLEL_MAX + 17;
        Random rnd = new Random(23);
        for (VectorSupport v : implementations()) {
            double[] z = logits("ordinary", n, rnd);
            z[n - 3] = -0.0;
            double[] a = new double[n];
            v.logSoftmax(z, a, "z");
            double[] b = new double[n];
            VectorSplit.logSoftmax(v, z, VectorSplit.definedOrInfiniteMax(v, z, "z"), b, "z");
            assertArrayEquals(a, b, v.describe());
            assertEquals(v.logSumExp(z), VectorSplit.logSumExp(v, z, "z"), v.describe());
            z[n - 5] = Double.NaN;
            z[n - 2] = Double.NaN;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VectorSplit.definedOrInfiniteMax(v, z, "z"));
            assertEquals(Failures.nan("z", n - 5).getMessage(), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> VectorSplit.logSumExp(v, z, "z"));
            assertEquals(Failures.nan("z", n - 5).getMessage(), e.getMessage());
        }
    }

    /**
     * Special cases of a long vector through the public forms: the exceptions and messages of
     * the sequential form (the NaN before a bad {@code out}), nothing written before them, and
     * the limits of the class tables.
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
        String nanMessage = Failures.nan("z", n - 7).getMessage();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogSoftmax.into(nan, out));
        assertEquals(nanMessage, e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LogSoftmax.into(nan, new double[3]));
        assertEquals(nanMessage, e.getMessage(), "the NaN is reported before the length of out");
        e = assertThrows(IllegalArgumentException.class, () -> LogSumExp.of(nan));
        assertEquals(nanMessage, e.getMessage());
        assertTrue(Arrays.stream(out).allMatch(x -> x == 42.0), "nothing written after a NaN");
        assertThrows(NullPointerException.class, () -> LogSoftmax.into(z, null));

        double[] allMinus = new double[n];
        Arrays.fill(allMinus, Double.NEGATIVE_INFINITY);
        e = assertThrows(IllegalArgumentException.class, () -> LogSoftmax.into(allMinus, out));
        assertEquals(Failures.allNegativeInfinity("z").getMessage(), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LogSoftmax.into(allMinus, new double[3]));
        assertTrue(e.getMessage().contains("out"), "the length of out before every entry −∞: " + e.getMessage());
        assertTrue(Arrays.stream(out).allMatch(x -> x == 42.0), "nothing written for all -inf");
        assertEquals(Double.NEGATIVE_INFINITY, LogSumExp.of(allMinus));

        double[] plusInf = z.clone();
        plusInf[5] = Double.POSITIVE_INFINITY;
        plusInf[n - 1] = Double.POSITIVE_INFINITY;
        double[] l = LogSoftmax.into(plusInf, out);
        for (int i = 0; i < n; i++) {
            assertEquals(i == 5 || i == n - 1 ? -Math.log(2) : Double.NEGATIVE_INFINITY, l[i], 1e-16, "+inf at " + i);
        }
        assertEquals(Double.POSITIVE_INFINITY, LogSumExp.of(plusInf));

        float[] fz = VectorSupportTest.narrow(z);
        fz[n - 9] = Float.NaN;
        float[] fout = new float[n];
        Arrays.fill(fout, 42f);
        e = assertThrows(IllegalArgumentException.class, () -> LogSoftmax.into(fz, fout));
        assertEquals(Failures.nan("z", n - 9).getMessage(), e.getMessage());
        for (float x : fout) {
            assertEquals(42f, x, "nothing written after a float NaN");
        }
    }

    /** The public forms, double and float, have the bits of the sequential kernel on the same input. */
    @Test
    void publicFormsHaveTheSequentialBits() {
        Random rnd = new Random(29);
        VectorSupport v = VectorSupportProvider.get();
        int n = VectorSplit.THRESHOLD + 9;
        for (String kind : new String[] {"ordinary", "cancel", "subnormal", "minusInfinity"}) {
            double[] z = logits(kind, n, rnd);
            double[] sequential = new double[n];
            v.logSoftmax(z, sequential, "z");
            assertArrayEquals(sequential, LogSoftmax.of(z), kind);
            assertArrayEquals(sequential, LogSoftmax.into(z.clone(), new double[n]), kind);
            double[] inPlace = z.clone();
            assertArrayEquals(sequential, LogSoftmax.into(inPlace, inPlace), kind);
            assertEquals(v.logSumExp(z), LogSumExp.of(z), kind);
            float[] f = VectorSupportTest.narrow(z);
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = f[i];
            }
            assertEquals((float) v.logSumExp(w), LogSumExp.of(f), kind);
            v.logSoftmax(w, w, "z");
            float[] fs = VectorSupportTest.narrow(w);
            assertArrayEquals(fs, LogSoftmax.of(f), kind);
            assertArrayEquals(fs, LogSoftmax.into(f, new float[n]), kind);
        }
    }

    /**
     * Long vectors through the public forms against the 50-digit reference of the accuracy
     * tests: within their bound, 2 ulp (max and, for log-softmax, 1 ulp RMS), on each tier of
     * logsumexp. The logits take a few hundred distinct values, so that the reference
     * exponentiates each once.
     */
    @Test
    void longVectorsAgainstTheReference() {
        Random rnd = new Random(31);
        int n = VectorSplit.THRESHOLD + 3;
        for (String kind : new String[] {"ordinary", "cancel", "subnormal", "maxima"}) {
            double[] z = logits(kind, n, rnd);
            if (!kind.equals("cancel")) {
                // (the cancelling kind has nine distinct values already)
                for (int i = 0; i < n; i++) {
                    z[i] = Math.rint(z[i] * 32) / 32;
                }
            }
            UlpStats lse = new UlpStats("LogSumExpSplitTest", "logsumexp " + kind);
            lse.add(LogSumExp.of(z), Reference.logSumExp(z), () -> kind);
            lse.assertWithin(2, 2);
            UlpStats stats = new UlpStats("LogSumExpSplitTest", "log-softmax " + kind);
            double[] l = LogSoftmax.of(z);
            BigDecimal[] exact = Reference.logSoftmax(z);
            for (int i = 0; i < n; i++) {
                int at = i;
                stats.add(l[i], exact[i], () -> kind + " i=" + at);
            }
            stats.assertWithin(2, 1);
        }
    }
}
