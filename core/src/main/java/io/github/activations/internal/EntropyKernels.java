/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The scalar kernels of the losses built on log-sum-exp: cross-entropy (with a label or a
 * target distribution, with a temperature) and entropy (of a softmax, or of probabilities).
 * Each sums terms &gt;= 0 in double-double and rounds once.
 *
 * <p>Internal: not part of the public API.
 */
public final class EntropyKernels {
    private EntropyKernels() {
    }

    /**
     * Returns the cross-entropy -ln softmax(z)_label = (m - z_label) + log1p(s): both terms
     * are &gt;= 0, so nothing cancels.
     */
    public static double crossEntropy(double[] z, int label) {
        Dd d = ThreadBuffers.register();
        crossEntropy(z, label, d);
        return d.value();
    }

    /**
     * Sets {@code d} to the cross-entropy of {@link #crossEntropy(double[], int)} as a
     * double-double, before its rounding (+∞ with {@code lo = 0} where the loss is infinite).
     */
    public static void crossEntropy(double[] z, int label, Dd d) {
        double m = LogSumExpKernels.max(z);
        double zl = z[label];
        if (m == Double.POSITIVE_INFINITY) {
            if (zl != m) {
                d.set(Double.POSITIVE_INFINITY, 0);
                return;
            }
            LogSumExpKernels.lnCountOf(z, m, d);
            return;
        }
        if (zl == Double.NEGATIVE_INFINITY) {
            d.set(Double.POSITIVE_INFINITY, 0);
            return;
        }
        LogSumExpKernels.sumMinusOne(z, m, false, d);
        ExpLog.log1pQuick(d.hi, d.lo, d);
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
        double m = LogSumExpKernels.max(z);
        Dd d = ThreadBuffers.register();
        if (m == Double.POSITIVE_INFINITY) {
            LogSumExpKernels.lnCountOf(z, m, d);
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
        LogSumExpKernels.sumMinusOne(z, m, false, d);
        ExpLog.log1pQuick(d.hi, d.lo, d);
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

    /**
     * Sets {@code d} to the cross-entropy −log-softmax(z / t)_label = (m − z_label)/t + log1p(s_t)
     * as a double-double, before its rounding, for t in [0, +∞]: two terms &gt;= 0, so nothing
     * cancels; +∞ with {@code lo = 0} where the loss is infinite. t = 1 is
     * {@link #crossEntropy(double[], int, Dd)}. In the limits of {@link LogSumExpKernels#lnShares}
     * the loss is ln k when the label shares the mass and +∞ otherwise.
     */
    public static void crossEntropy(double[] z, int label, double t, Dd d) {
        if (t == 1) {
            crossEntropy(z, label, d);
            return;
        }
        double m = LogSumExpKernels.max(z);
        double zl = z[label];
        if (LogSumExpKernels.lnShares(z, m, t, d)) {
            if (!LogSumExpKernels.sharesMass(zl, m, t)) {
                d.set(Double.POSITIVE_INFINITY, 0);
            }
            return;
        }
        if (zl == Double.NEGATIVE_INFINITY) {
            d.set(Double.POSITIVE_INFINITY, 0);
            return;
        }
        LogSumExpKernels.sumMinusOne(z, m, t, false, d);
        ExpLog.log1pQuick(d.hi, d.lo, d);
        double lh = d.hi;
        double ll = d.lo;
        Quotients.diffTimesInverse(m, zl, t, Quotients.inverse(t), d);
        if (d.hi == Double.POSITIVE_INFINITY) {
            return;
        }
        d.add(lh, ll);
    }

    /** Returns {@link #crossEntropy(double[], int, double, Dd)} rounded once. */
    public static double crossEntropy(double[] z, int label, double t) {
        Dd d = ThreadBuffers.register();
        crossEntropy(z, label, t, d);
        return d.value();
    }

    /**
     * Returns the mean of {@link #crossEntropy(double[], int, double, Dd)} over the rows (at least
     * one, checked): each loss and their sum in double-double, divided once; huge losses are
     * summed at 2^-64 scale, so the sum cannot overflow.
     */
    public static double meanCrossEntropy(double[][] logits, int[] labels, double temperature) {
        int rows = logits.length;
        double[] hi = new double[rows];
        double[] lo = new double[rows];
        Dd d = new Dd();
        double max = 0;
        for (int r = 0; r < rows; r++) {
            crossEntropy(logits[r], labels[r], temperature, d);
            hi[r] = d.hi;
            lo[r] = d.lo;
            max = Math.max(max, d.hi);
        }
        if (max == Double.POSITIVE_INFINITY) {
            return max;
        }
        // losses are >= 0; huge ones are summed at 2^-64 scale so the sum cannot overflow
        double scale = max > 0x1p1000 ? 0x1p-64 : 1.0;
        d.set(0, 0);
        for (int r = 0; r < rows; r++) {
            d.add(hi[r] * scale, lo[r] * scale);
        }
        return d.div(rows, 0).value() / scale;
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
     * contribution is far below the last subnormal). In the limits of
     * {@link LogSumExpKernels#lnShares}: ln k.
     *
     * @throws IllegalArgumentException if an entry is NaN or every entry is −∞
     */
    public static double entropy(double[] z, double t, String name) {
        double m = LogSumExpKernels.definedMax(z, name);
        Dd d = ThreadBuffers.register();
        if (LogSumExpKernels.lnShares(z, m, t, d)) {
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
        double inv = Quotients.inverse(t);
        for (double zi : z) {
            if (zi == m) {
                maxima++;
                continue;
            }
            Quotients.diffTimesInverse(zi, m, t, inv, d);
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
        Dd d = ThreadBuffers.register();
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
