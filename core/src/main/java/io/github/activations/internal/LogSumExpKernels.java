/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * The scalar kernels of the log-sum-exp family: the maximum, Σ exp(z_i − m) − 1 in
 * double-double ({@link #sumMinusOne}), logsumexp and log-softmax (with a temperature too).
 * {@link EntropyKernels} builds the losses on the same sum. They assume validated input and
 * throw only for the undefined cases they detect (a NaN met while taking the maximum, every
 * entry −∞), through {@link Failures}, before writing.
 *
 * <p>Internal: not part of the public API.
 */
public final class LogSumExpKernels {
    private LogSumExpKernels() {
    }

    /**
     * Returns the maximum of a non-empty vector, after checking that softmax is defined there.
     *
     * @throws IllegalArgumentException if an entry is NaN (naming the first) or every entry is −∞
     */
    public static double definedMax(double[] z, String name) {
        return definedMax(z, 0, z.length, name);
    }

    /** {@link #definedMax(double[], String)} of z[from, to); a NaN's index is counted from {@code from}. */
    public static double definedMax(double[] z, int from, int to, String name) {
        double m = max(z, from, to);
        if (m != m) {
            throw Failures.nanIn(z, from, name);
        }
        if (m == Double.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        return m;
    }

    /**
     * Returns the maximum of a non-empty vector (the first of equal maxima, so −0.0 before
     * +0.0 gives −0.0), or NaN as soon as it meets a NaN.
     */
    public static double max(double[] z) {
        return max(z, 0, z.length);
    }

    /** {@link #max(double[])} of z[from, to), non-empty. */
    public static double max(double[] z, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double x = z[i];
            if (!(x <= m)) {
                if (x != x) {
                    return Double.NaN;
                }
                m = x;
            }
        }
        return m;
    }

    /**
     * Sets {@code d} to s = Σ exp(z_i - m) - 1 over the non-maximal entries plus (count of
     * maxima - 1), in double-double: the argument of log1p in log-softmax and logsumexp.
     * Requires m = max(z) finite. {@code full} selects the 2^-100 exponential (for sums whose
     * logarithm may cancel against m) over the quick one (2^-61 relative, so s is within
     * 2^-61·s and log1p(s) within 2^-61·log1p(s), as s/(1 + s) &lt;= log1p(s)). The sum starts
     * at 0 and keeps each rounding error by a two-sum: s may be tiny, so its terms must not be
     * absorbed into a larger running sum and left to the plain sum of the compensations.
     *
     * <p>A vector longer than {@link VectorSplit#CHUNK} entries is summed chunk by chunk in the
     * log-softmax and logsumexp of {@link VectorSplit} (on one thread or several): each chunk's
     * {@linkplain #sumMinusOneChunk summary}, then the summaries {@linkplain #fold folded} in
     * chunk order by two-sums whose errors join the compensation. The only rounding apart from
     * the terms' own is then still the plain sum of the compensations, over at most
     * {@code CHUNK} + n/{@code CHUNK} terms at a time instead of n, so the bound above holds
     * unchanged (the compensation's share of it shrinks).
     */
    public static void sumMinusOne(double[] z, double m, boolean full, Dd d) {
        sumMinusOne(z, m, 1.0, full, d);
    }

    /**
     * {@link #sumMinusOne(double[], double, boolean, Dd)} for the terms exp((z_i − m) / t),
     * t &gt; 0 finite: each quotient is {@link Quotients#diffTimesInverse}'s double-double, so the
     * sum has the same bound as at t = 1. At t = 1 the difference is the two-sum written out.
     */
    public static void sumMinusOne(double[] z, double m, double t, boolean full, Dd d) {
        sumMinusOne(z, 0, z.length, m, t, full, d);
    }

    /** {@link #sumMinusOne(double[], double, double, boolean, Dd)} of z[from, to). */
    public static void sumMinusOne(double[] z, int from, int to, double m, double t, boolean full, Dd d) {
        sumLoop(z, from, to, m, t, full, d, null, 0);
    }

    /**
     * Terms exp(x) with x below this are left out of the sums. Each is below e^-811 &lt; 2^-1170,
     * so even 2^31 of them add less than 2^-1139, 2^-65 of the smallest subnormal: a sum
     * made only of such terms (a maximum 0 and every other entry 746 or more below it) still
     * gets its subnormal result, where leaving out each term that underflows on its own (below
     * e^-745.13) would drop it (65,536 terms of e^-750 make 1.25e-321, 256 subnormal steps).
     * Both exponentials reduce such x exactly (|n| &lt; 2^19 for |x| &lt; 1,400), and their
     * terms go to the tiny sum, scaled by 2^600.
     */
    static final double SUM_FLOOR = -811;

    /** Doubles in a chunk's summary ({@link #sumMinusOneChunk}). */
    public static final int SUMMARY = 5;
    /** Offsets in a summary: the running sum and its compensation (the terms of 2^-960 and more). */
    static final int SUM = 0;
    static final int COMP = 1;
    /** Offsets in a summary: the tiny terms' sum, scaled by 2^600, and its trailing part. */
    static final int TINY_HI = 2;
    static final int TINY_LO = 3;
    /** Offset in a summary: the number of entries equal to m. */
    static final int MAXIMA = 4;

    /**
     * One chunk of {@link #sumMinusOne(double[], int, int, double, double, boolean, Dd)} at
     * t = 1, over z[from, to) with m the whole vector's maximum: writes its summary into
     * sums[at, at + {@link #SUMMARY}) (the running sum and compensation, the tiny sum's two
     * parts, the count of maxima), as the whole-vector loop leaves them before it finishes.
     */
    public static void sumMinusOneChunk(double[] z, int from, int to, double m, boolean full, double[] sums, int at) {
        sumLoop(z, from, to, m, 1.0, full, ThreadBuffers.register(), sums, at);
    }

    /**
     * Adds the chunk summary chunk[at, at + {@link #SUMMARY}) to the running total
     * sums[total, total + {@link #SUMMARY}) (all zero before the first chunk, whose summary it
     * then copies exactly): the running sums by a two-sum, its error added to the compensation
     * with the chunk's; the tiny sums as the loop adds a tiny term; the maxima counted.
     */
    public static void fold(double[] sums, int total, double[] chunk, int at) {
        double a = sums[total + SUM];
        double h = chunk[at + SUM];
        double s = a + h;
        double bb = s - a;
        sums[total + COMP] = (sums[total + COMP] + chunk[at + COMP]) + ((a - (s - bb)) + (h - bb));
        sums[total + SUM] = s;
        double tinyHi = sums[total + TINY_HI];
        double th = chunk[at + TINY_HI];
        double ts = tinyHi + th;
        double tinyLo = sums[total + TINY_LO];
        tinyLo += Math.abs(tinyHi) >= Math.abs(th) ? (tinyHi - ts) + th : (th - ts) + tinyHi;
        sums[total + TINY_LO] = tinyLo + chunk[at + TINY_LO];
        sums[total + TINY_HI] = ts;
        sums[total + MAXIMA] += chunk[at + MAXIMA];
    }

    /** Sets {@code d} to s from the folded summary sums[at, at + {@link #SUMMARY}), as the whole-vector loop finishes. */
    public static void finish(double[] sums, int at, Dd d) {
        finish(sums[at + MAXIMA], sums[at + SUM], sums[at + COMP], sums[at + TINY_HI], sums[at + TINY_LO], d);
    }

    private static void finish(double maxima, double sum, double comp, double tinyHi, double tinyLo, Dd d) {
        d.twoSum(maxima - 1.0, sum).add(comp, 0);
        if (tinyHi != 0) {
            if (d.hi == 0) {
                d.set(ExpLog.scaleRounded(tinyHi, tinyLo, -600), 0);
            } else {
                d.add(Math.scalb(tinyHi, -600), Math.scalb(tinyLo, -600));
            }
        }
    }

    /**
     * The loop of the sums: with {@code summary} null it finishes into {@code d}, else it writes
     * the chunk summary at summary[at] ({@code d} then only a register).
     */
    private static void sumLoop(double[] z, int from, int to, double m, double t, boolean full, Dd d,
            double @Nullable [] summary, int at) {
        final double under = SUM_FLOOR;
        final double negM = -m;
        final double inv = Quotients.inverse(t);
        int maxima = 0;
        double sum = 0;
        double comp = 0;
        // terms below 2^-960 are summed scaled by 2^600, so a sum made of subnormal terms is
        // rounded once at the end instead of once per term
        double tinyHi = 0;
        double tinyLo = 0;
        for (int i = from; i < to; i++) {
            double zi = z[i];
            if (zi == m) {
                maxima++;
                continue;
            }
            double xh;
            double xl;
            if (t == 1) {
                xh = zi + negM;
                // also false for zi = −∞ and for a difference that overflows to −∞
                if (!(xh >= under)) {
                    continue;
                }
                double bb = xh - zi;
                xl = (zi - (xh - bb)) + (negM - bb);
            } else {
                // diffTimesInverse written out (measured 20 % faster for the loss at T = 1.7:
                // the quotient stays in registers)
                double sh = zi + negM;
                double as = Math.abs(sh);
                if (as >= 0x1p-800 && as <= 0x1p900 && inv != 0) {
                    double q1 = sh * inv;
                    double bb = sh - zi;
                    double sl = (zi - (sh - bb)) + (negM - bb);
                    double q2 = (Math.fma(-q1, t, sh) + sl) * inv;
                    xh = q1 + q2;
                    xl = q2 - (xh - q1);
                } else {
                    Quotients.diffOverT(zi, m, t, d);
                    xh = d.hi;
                    xl = d.lo;
                }
                if (!(xh >= under)) {
                    continue;
                }
            }
            if (full) {
                ExpLog.expScaled(xh, xl, d);
            } else {
                ExpLog.expQuickScaled(xh, xl, d);
            }
            int k = d.k;
            if (k < -960) {
                double th = Math.scalb(d.hi, k + 600);
                double tl = Math.scalb(d.lo, k + 600);
                double ts = tinyHi + th;
                tinyLo += Math.abs(tinyHi) >= Math.abs(th) ? (tinyHi - ts) + th : (th - ts) + tinyHi;
                tinyLo += tl;
                tinyHi = ts;
                continue;
            }
            double scale = Double.longBitsToDouble((long) (k + 1023) << 52);
            double e = d.hi * scale;
            double s = sum + e;
            double bs = s - sum;
            comp += ((sum - (s - bs)) + (e - bs)) + d.lo * scale;
            sum = s;
        }
        if (summary == null) {
            finish(maxima, sum, comp, tinyHi, tinyLo, d);
            return;
        }
        summary[at + SUM] = sum;
        summary[at + COMP] = comp;
        summary[at + TINY_HI] = tinyHi;
        summary[at + TINY_LO] = tinyLo;
        summary[at + MAXIMA] = maxima;
    }

    /**
     * Writes log-softmax(z) into {@code out} (may be {@code z}): (z_i - m) - log1p(s), where
     * both terms are &lt;= 0, so the subtraction never cancels.
     *
     * @throws IllegalArgumentException if an entry is NaN or every entry is −∞ (before anything
     *     is written)
     */
    public static void logSoftmax(double[] z, double[] out, String name) {
        logSoftmax(z, 0, out, 0, z.length, name);
    }

    /**
     * {@link #logSoftmax(double[], double[], String)} of z[zo, zo + n) into out[oo, oo + n)
     * (the same region of the same array, or disjoint ones): the same bits as on a vector of
     * its own.
     */
    public static void logSoftmax(double[] z, int zo, double[] out, int oo, int n, String name) {
        double m = definedMax(z, zo, zo + n, name);
        Dd d = ThreadBuffers.register();
        if (m == Double.POSITIVE_INFINITY) {
            lnCountOf(z, zo, zo + n, m, d);
            double v = 0.0 - d.value(); // +0.0, not -0.0, for a single +∞
            for (int i = 0; i < n; i++) {
                out[oo + i] = z[zo + i] == m ? v : Double.NEGATIVE_INFINITY;
            }
            return;
        }
        sumMinusOne(z, zo, zo + n, m, 1.0, false, d);
        ExpLog.log1pQuick(d.hi, d.lo, d);
        logSoftmaxShift(z, zo, m, d.hi, d.lo, out, oo, n);
    }

    /**
     * The last pass of log-softmax: out[oo + i] = (z[zo + i] − m) − (lh + ll) for i in [0, n),
     * each difference in double-double and rounded once (−∞ for −∞ entries and for differences
     * that overflow). Elementwise, so a long vector's chunks may run on any thread
     * ({@link VectorSplit}).
     */
    public static void logSoftmaxShift(double[] z, int zo, double m, double lh, double ll, double[] out, int oo,
            int n) {
        Dd d = ThreadBuffers.register();
        double negM = -m;
        double nlh = -lh;
        double nll = -ll;
        for (int i = 0; i < n; i++) {
            // (z_i − m) as a two-sum s + lo (−∞ entries, and differences that overflow, give
            // −∞), then s + lo − L in double-double, rounded once
            double zi = z[zo + i];
            double s = zi + negM;
            if (s == Double.NEGATIVE_INFINITY) {
                out[oo + i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double bb = s - zi;
            double lo = (zi - (s - bb)) + (negM - bb);
            if (lo != lo) {
                // s − z_i overflowed (z_i and −m of opposite signs, |z_i| + |m| &gt; MAX_VALUE):
                // the two-sum that redoes it at half scale
                d.twoSum(zi, negM).add(nlh, nll);
                out[oo + i] = d.value();
                continue;
            }
            double s2 = s + nlh;
            double bb2 = s2 - s;
            double e = ((s - (s2 - bb2)) + (nlh - bb2)) + (lo + nll);
            double r = s2 + e;
            out[oo + i] = r + (e - (r - s2));
        }
    }

    /**
     * Relative error bound of log1p(s) when s comes from the quick exponential: 2^-61 (see
     * {@link #sumMinusOne}) with a factor 4 of margin for the double-double sums and log1p.
     */
    public static final double QUICK_LOG1P_ERROR = 0x1p-59;

    /**
     * Returns ln Σ exp(z_i) = m + log1p(s). When m &lt; 0 the two terms can cancel, so the
     * result is accepted only if a bound on the error of log1p(s) is below 1/16 ulp of the
     * result: first with the quick exponential ({@link #QUICK_LOG1P_ERROR}),
     * then with the full one (absolute error below 2^-100 · max(1, L)), and finally with
     * {@link BigMath} (200-bit fixed-point sum, 60-digit logarithm). Returns NaN if z holds a NaN.
     */
    public static double logSumExp(double[] z) {
        return logSumExp(z, 0, z.length);
    }

    /** {@link #logSumExp(double[])} of z[from, to), non-empty: the same bits as on a vector of its own. */
    public static double logSumExp(double[] z, int from, int to) {
        double m = max(z, from, to);
        if (m != m || Double.isInfinite(m) || to - from == 1) {
            return m;
        }
        Dd d = ThreadBuffers.register();
        for (int tier = 0; tier < 2; tier++) {
            sumMinusOne(z, from, to, m, 1.0, tier == 1, d);
            double r = logSumExpTier(m, tier == 1, d);
            if (r == r) {
                return r;
            }
        }
        return logSumExpExact(z, from, to, m);
    }

    /**
     * One tier of {@link #logSumExp}: from {@code d} = s (computed with the full exponential or
     * the quick one), returns m + log1p(s) rounded once if its error bound is below 1/16 ulp of
     * it (always for m &gt;= 0), else NaN; {@code d} is overwritten.
     */
    static double logSumExpTier(double m, boolean full, Dd d) {
        ExpLog.log1p(d.hi, d.lo, d);
        double lh = d.hi;
        double ll = d.lo;
        d.twoSum(m, lh).add(ll, 0);
        double r = d.value();
        if (m >= 0) {
            return r;
        }
        double err = full ? 0x1p-100 * Math.max(1, lh) + 0x1p-104 * Math.abs(m) : QUICK_LOG1P_ERROR * lh;
        return err <= Math.ulp(r) / 16 ? r : Double.NaN;
    }

    /**
     * The slow path of {@link #logSumExp} over z[from, to), m its maximum: the sum of
     * exp(z_i - m) in 200-bit fixed point (terms below e^-200 cannot reach that precision and are
     * skipped), its logarithm to 60 digits, then m + ln S rounded once.
     */
    static double logSumExpExact(double[] z, int from, int to, double m) {
        // the rare exact path: a copy of a slice is the least of its costs
        return logSumExpExact(from == 0 && to == z.length ? z : java.util.Arrays.copyOfRange(z, from, to), m);
    }

    private static double logSumExpExact(double[] z, double m) {
        MathContext mc = new MathContext(60);
        BigDecimal s = BigMath.sumExp(z, m);
        return BigMath.log(s, mc).add(new BigDecimal(m), mc).doubleValue();
    }

    /**
     * Writes log-softmax(z / t) into {@code out} (may be {@code z}) for t in [0, +∞]:
     * (z_i − m)/t − log1p(s_t), the quotient {@link Quotients#diffTimesInverse}'s double-double
     * and s_t from {@link #sumMinusOne(double[], double, double, boolean, Dd)}; both terms are &lt;= 0 and the
     * difference is rounded once. t = 1 is {@link #logSoftmax(double[], double[], String)}. In the
     * limits (m = +∞, t = 0, t = +∞) the k entries that share the mass get 0.0 − ln k, the
     * others −∞.
     *
     * @throws IllegalArgumentException if an entry is NaN or every entry is −∞ (before anything
     *     is written)
     */
    public static void logSoftmax(double[] z, double t, double[] out, String name) {
        if (t == 1) {
            logSoftmax(z, out, name);
            return;
        }
        double m = definedMax(z, name);
        Dd d = ThreadBuffers.register();
        if (lnShares(z, m, t, d)) {
            double v = 0.0 - d.value(); // +0.0, not -0.0, for k = 1
            for (int i = 0; i < z.length; i++) {
                out[i] = sharesMass(z[i], m, t) ? v : Double.NEGATIVE_INFINITY;
            }
            return;
        }
        sumMinusOne(z, m, t, false, d);
        ExpLog.log1pQuick(d.hi, d.lo, d);
        double nlh = -d.hi;
        double nll = -d.lo;
        double inv = Quotients.inverse(t);
        for (int i = 0; i < z.length; i++) {
            Quotients.diffTimesInverse(z[i], m, t, inv, d);
            // −∞ entries and quotients beyond the double range are −∞ (lo = 0)
            out[i] = d.hi == Double.NEGATIVE_INFINITY ? d.hi : d.add(nlh, nll).value();
        }
    }

    // ------------------------------------------------------------------ limits: k entries share

    /** Sets {@code d} to ln k, k the number of entries of z equal to m (the +∞ limit's shares). */
    static void lnCountOf(double[] z, double m, Dd d) {
        lnCountOf(z, 0, z.length, m, d);
    }

    /** {@link #lnCountOf(double[], double, Dd)} of z[from, to). */
    private static void lnCountOf(double[] z, int from, int to, double m, Dd d) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (z[i] == m) {
                count++;
            }
        }
        ExpLog.log(count, 0, d);
    }

    /** Sets {@code d} to ln k, k the number of entries of z above −∞ (the T = +∞ limit's shares). */
    private static void lnCountAboveMinusInfinity(double[] z, Dd d) {
        int count = 0;
        for (double zi : z) {
            if (zi != Double.NEGATIVE_INFINITY) {
                count++;
            }
        }
        ExpLog.log(count, 0, d);
    }

    /**
     * Sets {@code d} to ln k for the limits where k entries share the mass equally and returns
     * true, or returns false: k = the entries equal to m when m = +∞ or t = 0, k = the entries
     * above −∞ when t = +∞ (m finite).
     */
    static boolean lnShares(double[] z, double m, double t, Dd d) {
        if (m == Double.POSITIVE_INFINITY || t == 0) {
            lnCountOf(z, m, d);
            return true;
        }
        if (t == Double.POSITIVE_INFINITY) {
            lnCountAboveMinusInfinity(z, d);
            return true;
        }
        return false;
    }

    /** Whether z_i shares the mass in the limit of {@link #lnShares} (m = +∞ or t = 0: a maximum; t = +∞: above −∞). */
    static boolean sharesMass(double zi, double m, double t) {
        return m == Double.POSITIVE_INFINITY || t == 0 ? zi == m : zi != Double.NEGATIVE_INFINITY;
    }
}
