/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The numerical kernels behind the public classes. They assume validated input (no NaN in
 * the entries they read, lengths checked) and never throw, except for the one undefined
 * case they detect themselves (every kept entry −∞), which they report before writing.
 *
 * <p>Internal: not part of the public API.
 */
public final class Kernels {
    /**
     * One double-double register per thread for the kernels over arrays (softmax, log-softmax,
     * logsumexp, cross-entropy), so that they allocate nothing per call (escape
     * analysis does not always remove a {@code new Dd()} that is passed to the exponential).
     * None of them calls another while it holds the register.
     */
    private static final ThreadLocal<Dd> REGISTER = ThreadLocal.withInitial(Dd::new);

    private Kernels() {
    }

    // ------------------------------------------------------------------ sigmoid

    /**
     * Returns σ(x) for x = xh + xl, rounded once from a double-double value (within 1 ulp,
     * subnormal results included). σ(x) = 1 / (1 + e^-x) for x &gt;= 0 and e^x / (1 + e^x)
     * otherwise, so the exponential never overflows and nothing cancels. The exponential is
     * {@link ExpLog#expQuickScaled} held in local variables (the same bits), so the array
     * loops that call this once per entry keep it in registers.
     */
    public static double sigmoid(double xh, double xl) {
        if (xh != xh) {
            return Double.NaN;
        }
        if (xh == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        if (xh == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double ah = -Math.abs(xh);
        double al = xh < 0 ? xl : -xl;
        if (ah < ExpLog.EXP_UNDERFLOW - 1) {
            return xh > 0 ? 1.0 : 0.0;
        }
        double nd = ExpLog.quickN(ah);
        int n = (int) nd;
        double w = ExpLog.quickW(ah, al, nd);
        int j = n & (ExpLog.TABLE_SIZE - 1);
        double th = ExpLog.TAB_HI[j];
        double v = Math.fma(th, w, ExpLog.TAB_LO[j]);
        double mh = th + v;
        double ml = (th - mh) + v;
        int k = n >> ExpLog.TABLE_BITS;
        double eh = ExpLog.scalb(mh, k);
        double el = ExpLog.scalb(ml, k);
        // 1 + e as the unnormalised pair s + sl: the rounding error of 1 + eh (a fast two-sum,
        // 1 >= eh) plus el
        double s = 1 + eh;
        double sl = (eh - (s - 1)) + el;
        // numerator 1 (x >= 0) or the mantissa of e (x < 0); one division: the quotient
        // q1 = n · (1/s) is corrected by its remainder (the fused part is exact or within
        // 2^-100 relative), so the result is rounded once from a value within 2^-60
        double nh = xh >= 0 ? 1 : mh;
        double nl = xh >= 0 ? 0 : ml;
        double inv = 1 / s;
        double q1 = nh * inv;
        double rem = (Math.fma(-q1, s, nh) + nl) - q1 * sl;
        if (xh >= 0 || k >= -1000) {
            return Math.fma(rem, inv, q1) * (xh >= 0 ? 1 : Double.longBitsToDouble((long) (k + 1023) << 52));
        }
        return ExpLog.scaleRounded(q1, rem * inv, k);
    }

    /** Returns σ'(x) = e^-|x| / (1 + e^-|x|)², rounded once from a double-double value. */
    public static double sigmoidDerivative(double x, Dd d) {
        if (x != x) {
            return Double.NaN;
        }
        double a = -Math.abs(x);
        if (a < ExpLog.EXP_UNDERFLOW - 1) {
            return 0.0;
        }
        ExpLog.expLiteScaled(a, 0, d);
        double mh = d.hi;
        double ml = d.lo;
        int k = d.k;
        d.twoSum(1, Math.scalb(mh, k)).add(Math.scalb(ml, k), 0);
        double dh = d.hi;
        double dl = d.lo;
        d.mul(dh, dl);
        double sh = d.hi;
        double sl = d.lo;
        d.set(mh, ml).div(sh, sl);
        return ExpLog.scaleRounded(d.hi, d.lo, k);
    }

    /**
     * Returns ln σ(x) = -ln(1 + e^-x) for x &gt;= 0 and x - ln(1 + e^x) otherwise; both
     * terms of the second form are negative, so nothing cancels. Within 1 ulp.
     */
    public static double logSigmoid(double x, Dd d) {
        if (x != x) {
            return Double.NaN;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double a = -Math.abs(x);
        double lh;
        double ll;
        if (a < ExpLog.EXP_UNDERFLOW - 1) {
            lh = 0;
            ll = 0;
        } else {
            ExpLog.expLiteScaled(a, 0, d);
            int k = d.k;
            if (k < -60) {
                // ln(1 + E) = E·(1 - E/2 + ...) with E < 2^-59: E alone is exact to 2^-59
                // relative, and rounding E once keeps subnormal results within 1 ulp
                if (x >= 0) {
                    return -ExpLog.scaleRounded(d.hi, d.lo, k);
                }
                d.twoSum(x, -Math.scalb(d.hi, k)).add(-Math.scalb(d.lo, k), 0);
                return d.value();
            }
            ExpLog.log1p(Math.scalb(d.hi, k), Math.scalb(d.lo, k), d);
            lh = d.hi;
            ll = d.lo;
        }
        if (x >= 0) {
            return -(lh + ll);
        }
        d.twoSum(x, -lh).add(-ll, 0);
        return d.value();
    }

    /**
     * Returns logit(p) = ln(p / (1 - p)), NaN outside [0, 1]. On [1/4, 3/4] it is
     * log1p((2p - 1) / (1 - p)), whose numerator is exact; elsewhere ln p - ln(1 - p) in
     * double-double, where the two logarithms do not cancel badly.
     */
    public static double logit(double p, Dd d) {
        if (!(p >= 0 && p <= 1)) {
            return Double.NaN;
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        // q = 1 - p as double-double (exact)
        double qh = 1 - p;
        double ql = (1 - qh) - p;
        if (p >= 0.25 && p <= 0.75) {
            double num = 2 * p - 1; // exact by Sterbenz
            if (num == 0) {
                return 0.0;
            }
            d.set(num, 0).div(qh, ql);
            ExpLog.log1p(d.hi, d.lo, d);
            return d.value();
        }
        ExpLog.log(qh, ql, d);
        double lqh = d.hi;
        double lql = d.lo;
        ExpLog.log(p, 0, d);
        d.add(-lqh, -lql);
        return d.value();
    }

    // ------------------------------------------------------------------ differences

    /**
     * Sets {@code d} to (a - b) / t as a double-double, for t &gt; 0 finite; an overflowing
     * difference of two finite numbers is computed at a quarter of the scale, so a large
     * temperature still gets the right finite quotient. Infinite results have {@code lo = 0}.
     */
    public static void diffOverT(double a, double b, double t, Dd d) {
        double s = a - b;
        boolean overflow = Double.isInfinite(s) && !Double.isInfinite(a) && !Double.isInfinite(b);
        if (overflow) {
            d.twoSum(a * 0.25, -(b * 0.25));
        } else {
            d.twoSum(a, -b);
            if (Double.isInfinite(s)) {
                d.lo = 0;
                return;
            }
        }
        if (t != 1) {
            double qh = d.hi / t;
            if (Double.isInfinite(qh)) {
                d.set(qh, 0);
            } else {
                d.div(t, 0);
            }
        }
        if (overflow) {
            d.hi *= 4;
            d.lo *= 4;
            if (Double.isInfinite(d.hi)) {
                d.lo = 0;
            }
        }
    }

    /**
     * Returns 1/t for {@link #diffTimesInverse} when t is in [2^-100, 2^100] (the temperatures
     * in use), else 0: every quotient then goes through {@link #diffOverT}.
     */
    public static double inverse(double t) {
        return t >= 0x1p-100 && t <= 0x1p100 ? 1 / t : 0;
    }

    /**
     * Sets {@code d} to (a − b) / t as a double-double, as {@link #diffOverT} does but without
     * a division: with inv = {@link #inverse}(t), q1 = (a − b)·inv is within 2 ulp of the
     * quotient, the remainder (a − b) − q1·t is one fused operation (exact, or within 2^-53 of
     * itself when it needs 54 bits) plus the two-sum's trailing part, and q2 = remainder·inv:
     * relative error below 2^-101, against about 2^-104 for the division, far below what the
     * exponential and the final rounding need. Where a step could leave the normal range
     * (|a − b| outside [2^-800, 2^900], which with t in [2^-100, 2^100] keeps q1 in
     * [2^-900, 2^1000]; or inv = 0) it calls {@code diffOverT}. Symmetric: (b − a) / t gives the
     * negated double-double.
     */
    public static void diffTimesInverse(double a, double b, double t, double inv, Dd d) {
        double sh = a - b;
        double as = Math.abs(sh);
        if (!(as >= 0x1p-800 && as <= 0x1p900) || inv == 0) {
            diffOverT(a, b, t, d);
            return;
        }
        double q1 = sh * inv;
        double bb = sh - a;
        double sl = (a - (sh - bb)) + (-b - bb);
        double q2 = (Math.fma(-q1, t, sh) + sl) * inv;
        double hi = q1 + q2;
        d.hi = hi;
        d.lo = q2 - (hi - q1);
        d.k = 0;
    }

    // ------------------------------------------------------------------ softmax family

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
        Dd d = REGISTER.get();
        if (live == 2) {
            double a = z[zo + first];
            double b = z[zo + last];
            diffOverT(a, b, t, d);
            double dh = d.hi;
            double dl = d.lo;
            double pa = sigmoid(dh, dl);
            double pb = sigmoid(-dh, -dl);
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

    /** Terms per running sum in the float softmax (then the running sums are added). */
    public static final int FLOAT_BLOCK = 1024;

    /**
     * Up to this length the float softmax keeps exp(z_i − m) in a per-thread buffer of doubles
     * (48 KiB at most), so each exponential is computed once; longer vectors compute it twice,
     * a block at a time. With the SIMD path's block buffers (about 11 KiB) a thread keeps at
     * most {@link #MAX_THREAD_BUFFER_BYTES}. The buffer was 2^17 doubles (1 MiB) until issue 13:
     * every thread that had run one float softmax of 10^5 entries kept 1 MiB (1,000 parked
     * virtual threads, 1 GB); the results are the same bits either way (the same terms, summed
     * in the same order).
     */
    public static final int FLOAT_BUFFER = 6 * 1024;

    /** The most all of a thread's buffers may hold together, in bytes ({@link VectorSupport#threadBufferBytes}). */
    public static final int MAX_THREAD_BUFFER_BYTES = 64 * 1024;

    private static final ThreadLocal<double[][]> FLOAT_SCRATCH = ThreadLocal.withInitial(() -> new double[1][0]);

    /** Returns the bytes held by this thread's float buffer ({@link #floatScratch}). */
    public static long floatScratchBytes() {
        return 8L * FLOAT_SCRATCH.get()[0].length;
    }

    /**
     * Returns this thread's buffer of at least {@code n} doubles (grown by doubling, up to
     * {@link #FLOAT_BUFFER}), or null when {@code n} is larger.
     */
    public static double[] floatScratch(int n) {
        if (n > FLOAT_BUFFER) {
            return null;
        }
        double[][] holder = FLOAT_SCRATCH.get();
        if (holder[0].length < n) {
            holder[0] = new double[Math.min(FLOAT_BUFFER, Math.max(n, 2 * holder[0].length))];
        }
        return holder[0];
    }

    /**
     * Writes softmax(z) of a float vector (temperature 1, no mask) into {@code out} (may be
     * {@code z}). The common case runs in plain double with {@link ExpLog#expForFloat}:
     * p_i = exp(z_i − m) · (1/S), the terms kept in {@link #floatScratch} (or computed twice
     * for vectors longer than {@link #FLOAT_BUFFER}). Relative error before the rounding to
     * float: the exponential 2^-35, S summed in runs of {@link #FLOAT_BLOCK} terms, below
     * (1024 + n/1024)·2^-53 &lt;= 2^-32 (its terms' errors add 2^-35), z_i − m (exact, or within
     * 104·2^-53 where the result is not 0) and two roundings: below 2^-31 in all, so the float
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
        double[] w = floatScratch(n);
        if (w == null) {
            // too long to keep: each term computed twice, the floats widened a block at a time
            // into the buffer (an exponential loop that reads floats directly is slower)
            double[] block = floatScratch(FLOAT_BLOCK);
            double total = 0;
            for (int b = 0; b < n; b += FLOAT_BLOCK) {
                int len = widenBlock(z, zo + b, Math.min(FLOAT_BLOCK, n - b), block);
                double sum = 0;
                for (int i = 0; i < len; i++) {
                    sum += floatTerm(block[i], m);
                }
                total += sum;
            }
            double inv = 1 / total;
            for (int b = 0; b < n; b += FLOAT_BLOCK) {
                int len = widenBlock(z, zo + b, Math.min(FLOAT_BLOCK, n - b), block);
                for (int i = 0; i < len; i++) {
                    out[oo + b + i] = (float) (floatTerm(block[i], m) * inv);
                }
            }
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
     * The float softmax's special cases (+∞ entries, fewer than three entries above −∞): the
     * double kernel on the widened entries, rounded once; the widening uses this thread's
     * buffer when it is long enough, so only a longer vector allocates.
     */
    public static void softmaxWidened(float[] z, int zo, float[] out, int oo, int n, String name) {
        double[] w = floatScratch(n);
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
                diffOverT(zi, m, t, d);
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

    /** Sets {@code d} to ln k, k the number of entries of z equal to m (the +∞ limit's shares). */
    private static void lnCountOf(double[] z, double m, Dd d) {
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
    private static boolean lnShares(double[] z, double m, double t, Dd d) {
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
    private static boolean sharesMass(double zi, double m, double t) {
        return m == Double.POSITIVE_INFINITY || t == 0 ? zi == m : zi != Double.NEGATIVE_INFINITY;
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
     */
    public static void sumMinusOne(double[] z, double m, boolean full, Dd d) {
        sumMinusOne(z, m, 1.0, full, d);
    }

    /**
     * {@link #sumMinusOne(double[], double, boolean, Dd)} for the terms exp((z_i − m) / t),
     * t &gt; 0 finite: each quotient is {@link #diffTimesInverse}'s double-double, so the sum has the
     * same bound as at t = 1. At t = 1 the difference is the two-sum written out.
     */
    public static void sumMinusOne(double[] z, double m, double t, boolean full, Dd d) {
        sumMinusOne(z, 0, z.length, m, t, full, d);
    }

    /** {@link #sumMinusOne(double[], double, double, boolean, Dd)} of z[from, to). */
    public static void sumMinusOne(double[] z, int from, int to, double m, double t, boolean full, Dd d) {
        final double under = ExpLog.EXP_UNDERFLOW - 1;
        final double negM = -m;
        final double inv = inverse(t);
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
                    diffOverT(zi, m, t, d);
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
        Dd d = REGISTER.get();
        if (m == Double.POSITIVE_INFINITY) {
            lnCountOf(z, zo, zo + n, m, d);
            double v = 0.0 - d.value(); // +0.0, not -0.0, for a single +∞
            for (int i = 0; i < n; i++) {
                out[oo + i] = z[zo + i] == m ? v : Double.NEGATIVE_INFINITY;
            }
            return;
        }
        sumMinusOne(z, zo, zo + n, m, 1.0, false, d);
        ExpLog.log1p(d.hi, d.lo, d);
        double negM = -m;
        double nlh = -d.hi;
        double nll = -d.lo;
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
        Dd d = REGISTER.get();
        for (int tier = 0; tier < 2; tier++) {
            sumMinusOne(z, from, to, m, 1.0, tier == 1, d);
            ExpLog.log1p(d.hi, d.lo, d);
            double lh = d.hi;
            double ll = d.lo;
            d.twoSum(m, lh).add(ll, 0);
            double r = d.value();
            if (m >= 0) {
                return r;
            }
            double err = tier == 0 ? QUICK_LOG1P_ERROR * lh : 0x1p-100 * Math.max(1, lh) + 0x1p-104 * Math.abs(m);
            if (err <= Math.ulp(r) / 16) {
                return r;
            }
        }
        // the rare exact path: a copy of a slice is the least of its costs
        return logSumExpExact(from == 0 && to == z.length ? z : java.util.Arrays.copyOfRange(z, from, to), m);
    }

    /**
     * The slow path of {@link #logSumExp}: the sum of exp(z_i - m) in 200-bit fixed point
     * (terms below e^-200 cannot reach that precision and are skipped), its logarithm to 60
     * digits, then m + ln S rounded once.
     */
    private static double logSumExpExact(double[] z, double m) {
        MathContext mc = new MathContext(60);
        BigDecimal s = BigMath.sumExp(z, m);
        return BigMath.log(s, mc).add(new BigDecimal(m), mc).doubleValue();
    }

    /**
     * Returns the cross-entropy -ln softmax(z)_label = (m - z_label) + log1p(s): both terms
     * are &gt;= 0, so nothing cancels.
     */
    public static double crossEntropy(double[] z, int label) {
        Dd d = REGISTER.get();
        crossEntropy(z, label, d);
        return d.value();
    }

    /**
     * Sets {@code d} to the cross-entropy of {@link #crossEntropy(double[], int)} as a
     * double-double, before its rounding (+∞ with {@code lo = 0} where the loss is infinite).
     */
    public static void crossEntropy(double[] z, int label, Dd d) {
        double m = max(z);
        double zl = z[label];
        if (m == Double.POSITIVE_INFINITY) {
            if (zl != m) {
                d.set(Double.POSITIVE_INFINITY, 0);
                return;
            }
            lnCountOf(z, m, d);
            return;
        }
        if (zl == Double.NEGATIVE_INFINITY) {
            d.set(Double.POSITIVE_INFINITY, 0);
            return;
        }
        sumMinusOne(z, m, false, d);
        ExpLog.log1p(d.hi, d.lo, d);
        double lh = d.hi;
        double ll = d.lo;
        d.twoSum(m, -zl);
        if (Double.isInfinite(d.hi)) {
            d.set(Double.POSITIVE_INFINITY, 0);
            return;
        }
        d.add(lh, ll);
    }

    /**
     * Returns -Σ target_i · log-softmax(z)_i, terms with target_i = 0 skipped (0 · ln 0 = 0),
     * each term and the sum in double-double.
     */
    public static double crossEntropy(double[] z, double[] target) {
        double m = max(z);
        Dd d = REGISTER.get();
        if (m == Double.POSITIVE_INFINITY) {
            lnCountOf(z, m, d);
            double lnk = d.value();
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                if (target[i] == 0) {
                    continue;
                }
                if (z[i] != m) {
                    return Double.POSITIVE_INFINITY;
                }
                sum += target[i];
            }
            return sum * lnk;
        }
        sumMinusOne(z, m, false, d);
        ExpLog.log1p(d.hi, d.lo, d);
        double lh = d.hi;
        double ll = d.lo;
        double acch = 0;
        double accl = 0;
        for (int i = 0; i < z.length; i++) {
            double ti = target[i];
            if (ti == 0) {
                continue;
            }
            if (z[i] == Double.NEGATIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            // -(z_i - m - L) = (m - z_i) + L
            d.twoSum(m, -z[i]);
            if (Double.isInfinite(d.hi)) {
                return Double.POSITIVE_INFINITY;
            }
            d.add(lh, ll);
            if (Double.isInfinite(d.hi * ti)) {
                return Double.POSITIVE_INFINITY;
            }
            d.mul(ti, 0).add(acch, accl);
            if (!(d.hi <= Double.MAX_VALUE)) {
                // every term is >= 0, so an overflow (∞, or NaN inside the double-double add) is +∞
                return Double.POSITIVE_INFINITY;
            }
            acch = d.hi;
            accl = d.lo;
        }
        return acch + accl;
    }

    // ------------------------------------------------------------------ with a temperature

    /**
     * Writes log-softmax(z / t) into {@code out} (may be {@code z}) for t in [0, +∞]:
     * (z_i − m)/t − log1p(s_t), the quotient {@link #diffTimesInverse}'s double-double and s_t from
     * {@link #sumMinusOne(double[], double, double, boolean, Dd)}; both terms are &lt;= 0 and the
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
        Dd d = REGISTER.get();
        if (lnShares(z, m, t, d)) {
            double v = 0.0 - d.value(); // +0.0, not -0.0, for k = 1
            for (int i = 0; i < z.length; i++) {
                out[i] = sharesMass(z[i], m, t) ? v : Double.NEGATIVE_INFINITY;
            }
            return;
        }
        sumMinusOne(z, m, t, false, d);
        ExpLog.log1p(d.hi, d.lo, d);
        double nlh = -d.hi;
        double nll = -d.lo;
        double inv = inverse(t);
        for (int i = 0; i < z.length; i++) {
            diffTimesInverse(z[i], m, t, inv, d);
            // −∞ entries and quotients beyond the double range are −∞ (lo = 0)
            out[i] = d.hi == Double.NEGATIVE_INFINITY ? d.hi : d.add(nlh, nll).value();
        }
    }

    /**
     * Sets {@code d} to the cross-entropy −log-softmax(z / t)_label = (m − z_label)/t + log1p(s_t)
     * as a double-double, before its rounding, for t in [0, +∞]: two terms &gt;= 0, so nothing
     * cancels; +∞ with {@code lo = 0} where the loss is infinite. t = 1 is
     * {@link #crossEntropy(double[], int, Dd)}. In the limits of {@link #lnShares} the loss is
     * ln k when the label shares the mass and +∞ otherwise.
     */
    public static void crossEntropy(double[] z, int label, double t, Dd d) {
        if (t == 1) {
            crossEntropy(z, label, d);
            return;
        }
        double m = max(z);
        double zl = z[label];
        if (lnShares(z, m, t, d)) {
            if (!sharesMass(zl, m, t)) {
                d.set(Double.POSITIVE_INFINITY, 0);
            }
            return;
        }
        if (zl == Double.NEGATIVE_INFINITY) {
            d.set(Double.POSITIVE_INFINITY, 0);
            return;
        }
        sumMinusOne(z, m, t, false, d);
        ExpLog.log1p(d.hi, d.lo, d);
        double lh = d.hi;
        double ll = d.lo;
        diffTimesInverse(m, zl, t, inverse(t), d);
        if (d.hi == Double.POSITIVE_INFINITY) {
            return;
        }
        d.add(lh, ll);
    }

    /** Returns {@link #crossEntropy(double[], int, double, Dd)} rounded once. */
    public static double crossEntropy(double[] z, int label, double t) {
        Dd d = REGISTER.get();
        crossEntropy(z, label, t, d);
        return d.value();
    }

    /** Exponents below which the entropy's terms are summed at 2^600 times their size. */
    private static final int TINY_EXPONENT = -960;

    /**
     * Arguments below this contribute less than e^-800 · 801 &lt; 2^-1140 each to an entropy,
     * and are left out (the last subnormal is 2^-1074).
     */
    private static final double ENTROPY_FLOOR = -800;

    /**
     * Returns the entropy −Σ p_i ln p_i of p = softmax(z / t), t in [0, +∞], in nats:
     * H = log1p(s) + A / (1 + s) with d_i = (z_i − m)/t (double-double, &lt;= 0), e_i = exp(d_i),
     * s = Σ_{z_i ≠ m} e_i + (k − 1) for k maxima and A = Σ e_i·(−d_i). Both terms are &gt;= 0, so
     * nothing cancels: s and A are sums of terms &gt;= 0 (each within 2^-61 relative) in
     * double-double, and H is rounded once. A tiny H (a nearly one-hot row) keeps its relative
     * accuracy; terms with e_i below 2^-960 are summed at 2^600 times their size, so a subnormal
     * H is rounded once. Terms with d_i below {@link #ENTROPY_FLOOR} are left out (their
     * contribution is far below the last subnormal). In the limits of {@link #lnShares}: ln k.
     *
     * @throws IllegalArgumentException if an entry is NaN or every entry is −∞
     */
    public static double entropy(double[] z, double t, String name) {
        double m = definedMax(z, name);
        Dd d = REGISTER.get();
        if (lnShares(z, m, t, d)) {
            return 0.0 + d.value();
        }
        int maxima = 0;
        // s and A: double-double sums (sum + comp) of the terms 2^k >= 2^-960, and the same of
        // the smaller terms at 2^600 times their size
        double sum = 0;
        double comp = 0;
        double wSum = 0;
        double wComp = 0;
        double tinySum = 0;
        double tinyComp = 0;
        double tinyW = 0;
        double tinyWComp = 0;
        double inv = inverse(t);
        for (double zi : z) {
            if (zi == m) {
                maxima++;
                continue;
            }
            diffTimesInverse(zi, m, t, inv, d);
            double xh = d.hi;
            // also false for −∞ (entries, and quotients beyond the double range)
            if (!(xh >= ENTROPY_FLOOR)) {
                continue;
            }
            double xl = d.lo;
            ExpLog.expQuickScaled(xh, xl, d);
            double mh = d.hi;
            double ml = d.lo;
            int k = d.k;
            // e·(−x) as a double-double (before the scaling by 2^k)
            double ph = mh * -xh;
            double pl = Math.fma(mh, -xh, -ph) - (mh * xl + ml * xh);
            double scale = Double.longBitsToDouble((long) ((k < TINY_EXPONENT ? k + 600 : k) + 1023) << 52);
            double e = mh * scale;
            double el = ml * scale;
            double w = ph * scale;
            double wl = pl * scale;
            if (k < TINY_EXPONENT) {
                double s = tinySum + e;
                double bs = s - tinySum;
                tinyComp += ((tinySum - (s - bs)) + (e - bs)) + el;
                tinySum = s;
                double sw = tinyW + w;
                double bw = sw - tinyW;
                tinyWComp += ((tinyW - (sw - bw)) + (w - bw)) + wl;
                tinyW = sw;
            } else {
                double s = sum + e;
                double bs = s - sum;
                comp += ((sum - (s - bs)) + (e - bs)) + el;
                sum = s;
                double sw = wSum + w;
                double bw = sw - wSum;
                wComp += ((wSum - (sw - bw)) + (w - bw)) + wl;
                wSum = sw;
            }
        }
        if (sum == 0 && maxima == 1) {
            // every term below 2^-960 (or none): s < n·2^-960, so log1p(s) = s and 1/(1 + s) = 1
            // to far below 2^-800 relative, and H = s + A, rounded once from its scaled value
            d.twoSum(tinySum, tinyW).add(tinyComp + tinyWComp, 0);
            return ExpLog.scaleRounded(d.hi, d.lo, -600);
        }
        // s as a double-double (the tiny terms scaled back: their rounding errors are far below
        // an ulp of s >= 2^-960 or of k − 1 >= 1), then A, A / (1 + s) and log1p(s)
        d.twoSum(maxima - 1.0, sum).add(comp, 0).add(Math.scalb(tinySum, -600), Math.scalb(tinyComp, -600));
        double sh = d.hi;
        double sl = d.lo;
        d.twoSum(1, sh).add(sl, 0);
        double bigH = d.hi;
        double bigL = d.lo;
        d.twoSum(wSum, wComp).add(Math.scalb(tinyW, -600), Math.scalb(tinyWComp, -600)).div(bigH, bigL);
        double qh = d.hi;
        double ql = d.lo;
        ExpLog.log1p(sh, sl, d);
        return d.add(qh, ql).value();
    }

    /** Probabilities below this have their entropy terms summed at 2^600 times their size. */
    private static final double TINY_PROBABILITY = 0x1p-960;

    /**
     * Returns −Σ p_i ln p_i for p_i in [0, 1] (validated), terms with p_i = 0 or 1 contributing
     * 0: each ln p_i from {@link ExpLog#log} (relative error below 2^-84), each term
     * p_i · (−ln p_i) &gt;= 0 and their sum in double-double, rounded once. Terms of p_i below
     * 2^-960 are summed at 2^600 times their size, so a subnormal result is rounded once.
     */
    public static double entropy(double[] p) {
        Dd d = REGISTER.get();
        double sum = 0;
        double comp = 0;
        double tinySum = 0;
        double tinyComp = 0;
        for (double pi : p) {
            if (pi == 0 || pi == 1) {
                continue;
            }
            ExpLog.log(pi, 0, d);
            boolean tiny = pi < TINY_PROBABILITY;
            double q = tiny ? pi * 0x1p600 : pi;
            double th = q * -d.hi;
            double tl = Math.fma(q, -d.hi, -th) - q * d.lo;
            if (tiny) {
                double s = tinySum + th;
                double bs = s - tinySum;
                tinyComp += ((tinySum - (s - bs)) + (th - bs)) + tl;
                tinySum = s;
            } else {
                double s = sum + th;
                double bs = s - sum;
                comp += ((sum - (s - bs)) + (th - bs)) + tl;
                sum = s;
            }
        }
        if (sum == 0) {
            d.twoSum(tinySum, tinyComp);
            return ExpLog.scaleRounded(d.hi, d.lo, -600);
        }
        return d.twoSum(sum, comp).add(Math.scalb(tinySum, -600), Math.scalb(tinyComp, -600)).value();
    }
}
