/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.math.BigDecimal;

/**
 * The scalar softmax kernels: double with a temperature and a mask, float at temperature 1;
 * and the backward pass (the vector-Jacobian product) and the Jacobian.
 * They assume validated input (no NaN in the entries they read, lengths checked) and never
 * throw, except for the undefined cases they detect themselves (a NaN met while taking the
 * maximum, every kept entry −∞), which they report through {@link Failures} before writing.
 *
 * <p>Internal: not part of the public API.
 */
public final class SoftmaxKernels {
    private SoftmaxKernels() {
    }

    /**
     * Writes softmax(z / t) restricted to the kept entries into {@code out} (may be {@code z}).
     * {@code mask} null keeps every entry; masked entries get 0. {@code t} is in [0, +∞].
     *
     * @throws IllegalArgumentException if a kept entry is NaN or every kept entry is −∞ (before
     *     anything is written)
     */
    public static void softmax(double[] z, double[] out, double t, boolean[] mask, String name) {
        softmax(z, 0, out, 0, z.length, t, mask, name);
    }

    /**
     * {@link #softmax(double[], double[], double, boolean[], String)} of z[zo, zo + n) into
     * out[oo, oo + n) (the same region of the same array, or disjoint ones); {@code mask}, when
     * not null, is indexed from 0. The same operations in the same order as on a vector of its
     * own, so the same bits.
     */
    public static void softmax(double[] z, int zo, double[] out, int oo, int n, double t, boolean[] mask, String name) {
        double m = Double.NEGATIVE_INFINITY;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (mask == null || mask[i]) {
                kept++;
                double zi = z[zo + i];
                if (!(zi <= m)) {
                    if (zi != zi) {
                        throw Failures.nan(name, i);
                    }
                    m = zi;
                }
            }
        }
        if (kept == 0) {
            java.util.Arrays.fill(out, oo, oo + n, 0.0);
            return;
        }
        if (m == Double.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        if (m == Double.POSITIVE_INFINITY || t == 0) {
            shareAmongMaxima(z, zo, out, oo, n, m, mask);
            return;
        }
        if (t == Double.POSITIVE_INFINITY) {
            shareAmongFinite(z, zo, out, oo, n, mask);
            return;
        }
        // two entries above −∞ (the rest −∞ or masked): the sigmoid pair, so the result does
        // not depend on how the other entries were excluded
        int live = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < n && live < 3; i++) {
            if ((mask == null || mask[i]) && z[zo + i] != Double.NEGATIVE_INFINITY) {
                if (live == 0) {
                    first = i;
                } else {
                    last = i;
                }
                live++;
            }
        }
        Dd d = ThreadBuffers.register();
        if (live == 2) {
            double a = z[zo + first];
            double b = z[zo + last];
            Quotients.diffOverT(a, b, t, d);
            double dh = d.hi;
            double dl = d.lo;
            double pa = SigmoidKernels.sigmoid(dh, dl);
            double pb = SigmoidKernels.sigmoid(-dh, -dl);
            if (n > 2) {
                java.util.Arrays.fill(out, oo, oo + n, 0.0);
            }
            out[oo + first] = pa;
            out[oo + last] = pb;
            return;
        }
        if (t == 1 && mask == null) {
            expPassUnit(z, zo, out, oo, n, m, d);
        } else {
            expPass(z, zo, out, oo, n, m, t, mask, d);
        }
        d.invert();
        scalePass(out, oo, n, d.hi, d.lo);
    }

    /**
     * The terms exp(z_i − m) of z[zo, zo + n) into out[oo, oo + n) (temperature 1, no mask), and
     * their sum as (sums[at], sums[at + 1]): one chunk of a long vector's softmax
     * ({@link VectorSplit}).
     */
    public static void softmaxTerms(double[] z, int zo, double m, double[] out, int oo, int n, double[] sums, int at) {
        Dd d = ThreadBuffers.register();
        expPassUnit(z, zo, out, oo, n, m, d);
        sums[at] = d.hi;
        sums[at + 1] = d.lo;
    }

    /** The last pass of softmax: out_i = e_i · (ih + il), rounded once, over out[oo, oo + n). */
    public static void softmaxScale(double[] out, int oo, int n, double ih, double il) {
        scalePass(out, oo, n, ih, il);
    }

    /** Terms per running sum in the float softmax (then the running sums are added). */
    public static final int FLOAT_BLOCK = 1024;

    /**
     * Writes softmax(z) of a float vector (temperature 1, no mask) into {@code out} (may be
     * {@code z}). The common case runs in plain double with {@link ExpLog#expForFloat}:
     * p_i = exp(z_i − m) · (1/S), the terms kept in {@link ThreadBuffers#floatScratch} (or
     * computed twice for vectors longer than {@link ThreadBuffers#FLOAT_BUFFER}). Relative error
     * before the rounding to float: the exponential 2^-34, S summed in runs of {@link #FLOAT_BLOCK} terms, below
     * (1024 + n/1024)·2^-53 &lt;= 2^-32 (its terms' errors add 2^-34), z_i − m (exact, or within
     * 104·2^-53 where the result is not 0) and two roundings: below 1.51·2^-32 &lt; 2^-31 in all, so the float
     * result is within 0.51 ulp. Fewer than three entries above −∞, and +∞ entries, take the
     * double kernel.
     *
     * @throws IllegalArgumentException if an entry is NaN or every entry is −∞ (before anything
     *     is written)
     */
    public static void softmax(float[] z, float[] out, String name) {
        softmax(z, 0, out, 0, z.length, name);
    }

    /**
     * {@link #softmax(float[], float[], String)} of z[zo, zo + n) into out[oo, oo + n) (the
     * same region of the same array, or disjoint ones): the same bits as on a vector of its own.
     */
    public static void softmax(float[] z, int zo, float[] out, int oo, int n, String name) {
        float mf = Float.NEGATIVE_INFINITY;
        for (int i = zo; i < zo + n; i++) {
            if (!(z[i] <= mf)) {
                if (z[i] != z[i]) {
                    throw Failures.nan(name, i - zo);
                }
                mf = z[i];
            }
        }
        if (mf == Float.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        if (mf == Float.POSITIVE_INFINITY || live(z, zo, n) < 3) {
            softmaxWidened(z, zo, out, oo, n, name);
            return;
        }
        double m = mf;
        double[] w = ThreadBuffers.floatScratch(n);
        if (w == null) {
            // too long to keep: each term computed twice, the floats widened a block at a time
            // into the buffer (an exponential loop that reads floats directly is slower)
            // (the sums chunk by chunk, as VectorSplit runs them on one thread or several)
            double total = 0;
            for (int at = 0; at < n; at += VectorSplit.CHUNK) {
                total += softmaxTermSum(z, zo + at, Math.min(VectorSplit.CHUNK, n - at), m);
            }
            softmaxScale(z, zo, n, m, 1 / total, out, oo);
            return;
        }
        // widened first, in a loop of its own: the exponential loop then reads doubles
        for (int i = 0; i < n; i++) {
            w[i] = z[zo + i];
        }
        double total = 0;
        for (int b = 0; b < n; b += FLOAT_BLOCK) {
            int end = Math.min(n, b + FLOAT_BLOCK);
            double sum = 0;
            for (int i = b; i < end; i++) {
                double e = floatTerm(w[i], m);
                w[i] = e;
                sum += e;
            }
            total += sum;
        }
        double inv = 1 / total;
        for (int i = 0; i < n; i++) {
            out[oo + i] = (float) (w[i] * inv);
        }
    }

    /**
     * Σ exp(z_i − m) over z[zo, zo + n) as the float softmax sums a vector too long for its
     * buffer: in runs of {@link #FLOAT_BLOCK} terms, the runs' sums added in order (one chunk of
     * {@link VectorSplit}).
     */
    public static double softmaxTermSum(float[] z, int zo, int n, double m) {
        double[] block = ThreadBuffers.floatScratch(FLOAT_BLOCK);
        double total = 0;
        for (int b = 0; b < n; b += FLOAT_BLOCK) {
            int len = widenBlock(z, zo + b, Math.min(FLOAT_BLOCK, n - b), block);
            double sum = 0;
            for (int i = 0; i < len; i++) {
                sum += floatTerm(block[i], m);
            }
            total += sum;
        }
        return total;
    }

    /** out_i = exp(z_i − m) · inv rounded to float, over z[zo, zo + n), the terms computed again. */
    public static void softmaxScale(float[] z, int zo, int n, double m, double inv, float[] out, int oo) {
        double[] block = ThreadBuffers.floatScratch(FLOAT_BLOCK);
        for (int b = 0; b < n; b += FLOAT_BLOCK) {
            int len = widenBlock(z, zo + b, Math.min(FLOAT_BLOCK, n - b), block);
            for (int i = 0; i < len; i++) {
                out[oo + b + i] = (float) (floatTerm(block[i], m) * inv);
            }
        }
    }

    /**
     * The float softmax's special cases (+∞ entries, fewer than three entries above −∞): the
     * double kernel on the widened entries, rounded once; the widening uses this thread's
     * buffer when it is long enough, so only a longer vector allocates.
     */
    public static void softmaxWidened(float[] z, int zo, float[] out, int oo, int n, String name) {
        double[] w = ThreadBuffers.floatScratch(n);
        if (w == null) {
            w = new double[n];
        }
        for (int i = 0; i < n; i++) {
            w[i] = z[zo + i];
        }
        softmax(w, 0, w, 0, n, 1.0, null, name);
        for (int i = 0; i < n; i++) {
            out[oo + i] = (float) w[i];
        }
    }

    /** exp(z_i − m) for the float softmax: {@link ExpLog#expForFloat} above its floor. */
    public static double floatTerm(double zi, double m) {
        double x = zi - m;
        return ExpLog.expForFloat(x < ExpLog.FLOAT_EXP_FLOOR ? ExpLog.FLOAT_EXP_FLOOR : x);
    }

    /** Widens z[from, from + len) into {@code block}; returns len. */
    private static int widenBlock(float[] z, int from, int len, double[] block) {
        for (int i = 0; i < len; i++) {
            block[i] = z[from + i];
        }
        return len;
    }

    /** Counts the entries above −∞, stopping at 3 (usually after the first three). */
    public static int live(float[] z) {
        return live(z, 0, z.length);
    }

    /** Counts the entries of z[from, from + n) above −∞, stopping at 3 (usually after the first three). */
    public static int live(double[] z, int from, int n) {
        int live = 0;
        for (int i = from; i < from + n && live < 3; i++) {
            if (z[i] != Double.NEGATIVE_INFINITY) {
                live++;
            }
        }
        return live;
    }

    /** {@link #live(float[])} of z[from, from + n). */
    public static int live(float[] z, int from, int n) {
        int live = 0;
        for (int i = from; i < from + n && live < 3; i++) {
            if (z[i] != Float.NEGATIVE_INFINITY) {
                live++;
            }
        }
        return live;
    }

    /**
     * Pass 1 of softmax: out_i = exp((z_i - m) / t) in double-double, stored rounded (0 for
     * masked entries); sets {@code d} to their sum in double-double. The running sum starts
     * at 1, so every term (at most exp(0) = 1) is below it and a fast two-sum keeps each
     * rounding error exactly; the extra 1 is taken off at the end (exactly: the sum is below
     * 2^53).
     */
    private static void expPass(double[] z, int zo, double[] out, int oo, int n, double m, double t, boolean[] mask,
            Dd d) {
        double sum = 1;
        double comp = 0;
        for (int i = 0; i < n; i++) {
            double e = 0;
            double lo = 0;
            double zi = z[zo + i];
            if ((mask == null || mask[i]) && zi != Double.NEGATIVE_INFINITY) {
                Quotients.diffOverT(zi, m, t, d);
                if (d.hi >= ExpLog.EXP_UNDERFLOW - 1) {
                    ExpLog.expQuick(d.hi, d.lo, d);
                    e = d.hi;
                    lo = d.lo;
                }
            }
            out[oo + i] = e;
            double s = sum + e;
            comp += (e - (s - sum)) + lo;
            sum = s;
        }
        d.twoSum(sum - 1, comp);
    }

    /**
     * {@link #expPass} for temperature 1 and no mask, with the same operations in the same
     * order (so the same bits), held in local variables: the difference z_i − m is a two-sum
     * (it cannot overflow once above the underflow threshold), and {@link ExpLog#expQuickScaled}
     * and its unscaling are written out for 2^k &gt;= 2^-1000; the rare smaller terms take the
     * general route.
     */
    private static void expPassUnit(double[] z, int zo, double[] out, int oo, int len, double m, Dd d) {
        final double under = ExpLog.EXP_UNDERFLOW - 1;
        final double underLite = ExpLog.EXP_UNDERFLOW - 1e-3;
        final double[] tabHi = ExpLog.TAB_HI;
        final double[] tabLo = ExpLog.TAB_LO;
        final double negM = -m;
        double sum = 1;
        double comp = 0;
        for (int i = 0; i < len; i++) {
            double e = 0;
            double lo = 0;
            double zi = z[zo + i];
            double xh = zi - m;
            // also false for zi = −∞ and for a difference that overflows to −∞
            if (xh >= under) {
                double bb = xh - zi;
                double xl = (zi - (xh - bb)) + (negM - bb);
                if (xh >= underLite) {
                    double nd = ExpLog.quickN(xh);
                    int n = (int) nd;
                    int k = n >> ExpLog.TABLE_BITS;
                    int j = n & (ExpLog.TABLE_SIZE - 1);
                    if (k >= -1000) {
                        // ExpLog.expQuickScaled, written out
                        double w = ExpLog.quickW(xh, xl, nd);
                        double th = tabHi[j];
                        double v = Math.fma(th, w, tabLo[j]);
                        double mh = th + v;
                        double scale = Double.longBitsToDouble((long) (k + 1023) << 52);
                        e = mh * scale;
                        lo = ((th - mh) + v) * scale;
                    } else {
                        ExpLog.expQuick(xh, xl, d);
                        e = d.hi;
                        lo = d.lo;
                    }
                }
            }
            out[oo + i] = e;
            double s = sum + e;
            comp += (e - (s - sum)) + lo;
            sum = s;
        }
        d.twoSum(sum - 1, comp);
    }

    /** Pass 2 of softmax: p_i = e_i · (1/S), the product in double-double, rounded once. */
    private static void scalePass(double[] out, int oo, int n, double ih, double il) {
        for (int i = oo; i < oo + n; i++) {
            double e = out[i];
            double ph = e * ih;
            out[i] = ph + (Math.fma(e, ih, -ph) + e * il);
        }
    }

    /** The limit where the maxima take all the mass: each kept maximum gets 1/count. */
    private static void shareAmongMaxima(double[] z, int zo, double[] out, int oo, int n, double m, boolean[] mask) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if ((mask == null || mask[i]) && z[zo + i] == m) {
                count++;
            }
        }
        double share = 1.0 / count;
        for (int i = 0; i < n; i++) {
            out[oo + i] = (mask == null || mask[i]) && z[zo + i] == m ? share : 0.0;
        }
    }

    /** The infinite-temperature limit with no +∞ entry: finite kept entries share equally. */
    private static void shareAmongFinite(double[] z, int zo, double[] out, int oo, int n, boolean[] mask) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if ((mask == null || mask[i]) && z[zo + i] != Double.NEGATIVE_INFINITY) {
                count++;
            }
        }
        double share = 1.0 / count;
        for (int i = 0; i < n; i++) {
            out[oo + i] = (mask == null || mask[i]) && z[zo + i] != Double.NEGATIVE_INFINITY ? share : 0.0;
        }
    }

    /**
     * Returns the vector-Jacobian product of softmax, (∂L/∂z)ᵢ = pᵢ · (gᵢ − Σⱼ pⱼ gⱼ), for a
     * checked softmax output p (entries in [0, 1]) and finite gradients g of the same length:
     * the dot product and each difference in double-double, the product rounded once; a
     * difference that cancels below what double-double certifies is recomputed exactly, so each
     * result is within 1 ulp.
     */
    public static double[] backward(double[] p, double[] gradOut) {
        double maxAbs = 0;
        int top = 0;
        for (int i = 0; i < p.length; i++) {
            maxAbs = Math.max(maxAbs, Math.abs(gradOut[i]));
            if (p[i] > p[top]) {
                top = i;
            }
        }
        // gradients near MAX_VALUE are handled at 2^-64 scale so gᵢ − Σ pⱼgⱼ cannot overflow
        double scale = maxAbs > 0x1p1000 ? 0x1p-64 : 1.0;
        // R = Σ_{j≠t} pⱼgⱼ in double-double (t the largest p), and Σ_{j≠t} |pⱼgⱼ|
        Dd d = new Dd();
        double rh = 0;
        double rl = 0;
        double absRest = 0;
        for (int j = 0; j < p.length; j++) {
            if (j != top) {
                d.twoProd(p[j], gradOut[j] * scale);
                absRest += Math.abs(d.hi);
                d.add(rh, rl);
                rh = d.hi;
                rl = d.lo;
            }
        }
        double gt = gradOut[top] * scale;
        d.twoProd(p[top], gt).add(rh, rl);
        double dh = d.hi;
        double dl = d.lo;
        // for pₜ >= 1/2, gₜ − Σ pⱼgⱼ = (1 − pₜ)gₜ − R: 1 − pₜ is exact and the large term pₜgₜ,
        // which would cancel against gₜ (a saturated softmax), never enters
        boolean topApart = p[top] >= 0.5;
        double absDot = absRest + Math.abs(p[top] * gt);
        double absTop = absRest + Math.abs((1 - p[top]) * gt);
        BigDecimal exactDot = null;
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double terms;
            if (i == top && topApart) {
                d.twoProd(1 - p[top], gt).add(-rh, -rl);
                terms = absTop;
            } else {
                d.twoSum(gradOut[i] * scale, -dh).add(-dl, 0);
                terms = absDot;
            }
            // the double-double sums are within about n·2^-104 of the sum of their terms'
            // magnitudes, plus n·2^-1074 for trailing parts that underflowed: a difference below
            // n·2^-44 of the first or n·2^-1010 may have lost digits to cancellation, and is
            // recomputed exactly; above, it is within 2^-60 and the product is rounded once.
            // No terms (a one-hot p): the difference is exact.
            if (p[i] != 0 && terms != 0 && Math.abs(d.hi) <= p.length * (0x1p-44 * terms + 0x1p-1010)) {
                if (exactDot == null) {
                    exactDot = exactDot(p, gradOut);
                }
                out[i] = new BigDecimal(p[i]).multiply(new BigDecimal(gradOut[i]).subtract(exactDot)).doubleValue();
                continue;
            }
            // p_i / scale is exact (p_i <= 1, scale 1 or 2^-64): the product is the result itself,
            // rounded once, never a scaled value that underflowed first
            out[i] = d.mul(p[i] / scale, 0).value();
        }
        return out;
    }

    /** Σ pⱼ gⱼ exactly. */
    private static BigDecimal exactDot(double[] p, double[] g) {
        BigDecimal dot = BigDecimal.ZERO;
        for (int j = 0; j < p.length; j++) {
            dot = dot.add(new BigDecimal(p[j]).multiply(new BigDecimal(g[j])));
        }
        return dot;
    }

    /** Returns the dense Jacobian pᵢ (δᵢⱼ − pⱼ) of softmax at a checked softmax output p. */
    public static double[][] jacobian(double[] p) {
        int n = p.length;
        double[][] j = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                j[a][b] = a == b ? p[a] * (1 - p[a]) : -p[a] * p[b];
            }
        }
        return j;
    }
}
