/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The scalar kernels of the sigmoid family: σ, its derivative, ln σ and the logit, each rounded
 * once from a double-double value. The softmax of two entries is the pair σ(a − b), σ(b − a)
 * from {@link #sigmoid(double, double)}, so it equals {@code Sigmoid.of} bit for bit.
 *
 * <p>Internal: not part of the public API.
 */
public final class SigmoidKernels {
    private SigmoidKernels() {
    }

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

    /** Writes σ of each entry of z[zo, zo + n) into out[oo, oo + n) (the same region or disjoint ones). */
    public static void sigmoid(double[] z, int zo, double[] out, int oo, int n) {
        for (int i = 0; i < n; i++) {
            out[oo + i] = sigmoid(z[zo + i], 0);
        }
    }

    /** Float form of {@link #sigmoid(double[], int, double[], int, int)}: σ in double, rounded once to float. */
    public static void sigmoid(float[] z, int zo, float[] out, int oo, int n) {
        for (int i = 0; i < n; i++) {
            out[oo + i] = (float) sigmoid(z[zo + i], 0);
        }
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

    /** Returns σ'(x) with a register of its own: {@link #sigmoidDerivative(double, Dd)}. */
    public static double sigmoidDerivative(double x) {
        return sigmoidDerivative(x, new Dd());
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

    /** Returns ln σ(x) with a register of its own: {@link #logSigmoid(double, Dd)}. */
    public static double logSigmoid(double x) {
        return logSigmoid(x, new Dd());
    }

    /** Writes ln σ of each entry into {@code out} (as long as z; may be z). */
    public static void logSigmoid(double[] z, double[] out) {
        Dd d = new Dd();
        for (int i = 0; i < z.length; i++) {
            out[i] = logSigmoid(z[i], d);
        }
    }

    /** Float form of {@link #logSigmoid(double[], double[])}: ln σ in double, rounded once to float. */
    public static void logSigmoid(float[] z, float[] out) {
        Dd d = new Dd();
        for (int i = 0; i < z.length; i++) {
            out[i] = (float) logSigmoid(z[i], d);
        }
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

    /** Returns logit(p) with a register of its own: {@link #logit(double, Dd)}. */
    public static double logit(double p) {
        return logit(p, new Dd());
    }

    /** Writes the logit of each entry into {@code out} (as long as p; may be p). */
    public static void logit(double[] p, double[] out) {
        Dd d = new Dd();
        for (int i = 0; i < p.length; i++) {
            out[i] = logit(p[i], d);
        }
    }

    /** Float form of {@link #logit(double[], double[])}: the logit in double, rounded once to float. */
    public static void logit(float[] p, float[] out) {
        Dd d = new Dd();
        for (int i = 0; i < p.length; i++) {
            out[i] = (float) logit(p[i], d);
        }
    }
}
