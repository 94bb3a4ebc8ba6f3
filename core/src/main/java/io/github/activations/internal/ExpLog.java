/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exponential and logarithm in double-double precision (about 2^-100 relative error), the
 * engine behind every function of the library.
 *
 * <p>exp: x = (256·k + j)·ln2/256 + r, with ln2/256 split in three parts so the reduction is
 * exact to about 2^-110; exp(x) = 2^k · 2^(j/256) · exp(r) with |r| &lt;= ln2/512, the table
 * 2^(j/256) held as double-double (built exactly with {@link BigMath} at class
 * initialisation) and exp(r) a degree-9 Taylor polynomial whose five leading steps run in
 * double-double Horner form.
 *
 * <p>log: x = 2^e · f with f in [0.75, 1.5); ln x = e·ln2 + log1p(f - 1), where f - 1 is exact
 * and log1p is a short series near 0 or one Newton step on {@link Math#log1p} corrected with
 * the double-double exponential.
 *
 * <p>Internal: not part of the public API.
 */
public final class ExpLog {
    /** Arguments below this give exp(x) &lt; 2^-1075, which rounds to 0. */
    public static final double EXP_UNDERFLOW = -745.1332191019412;
    /** Arguments above this give exp(x) &gt; Double.MAX_VALUE. */
    public static final double EXP_OVERFLOW = 709.782712893384;

    static final int TABLE_BITS = 8;
    static final int TABLE_SIZE = 1 << TABLE_BITS;
    static final double[] TAB_HI = new double[TABLE_SIZE];
    static final double[] TAB_LO = new double[TABLE_SIZE];
    /** 256 / ln 2. */
    static final double INV_L = 369.3299304675746;
    /** Adding then subtracting 1.5·2^52 rounds to the nearest integer, ties to even, like rint. */
    static final double MAGIC = 0x1.8p52;
    /** The bits of {@link #MAGIC}: subtracted from the bits of x + MAGIC, they leave rint(x) as a long. */
    static final long MAGIC_BITS = Double.doubleToRawLongBits(MAGIC);
    /** ln2/256 = L1 + L2 + L3; L1 and L2 have 34 significant bits, so n·L1 and n·L2 are exact for |n| &lt; 2^19. */
    static final double L1;
    static final double L2;
    static final double L3;
    /**
     * ln2/256 = L_A + L_B to about 2^-115: L_A is ln2/256 rounded to double, so x − n·L_A
     * (|x − n·L_A| &lt; 2^-9) is a multiple of 2^-62 that fits in 53 bits, exact in one fused step.
     */
    static final double L_A;
    /** Second part of ln2/256. */
    static final double L_B;
    /** ln 2 = LN2_HI + LN2_MID + LN2_LO; LN2_HI and LN2_MID have 42 significant bits (e·LN2_x exact for |e| &lt; 2^11). */
    public static final double LN2_HI;
    /** Second part of ln 2. */
    public static final double LN2_MID;
    /** Third part of ln 2. */
    public static final double LN2_LO;
    /** 1 / ln 2. */
    static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 rounded to double (within 2^-55.2 of it). */
    static final double LN2_A = 0x1.62e42fefa39efp-1;
    /**
     * {@link #MAGIC} + 1023: x·(1/ln 2) + FLOAT_MAGIC rounds to FLOAT_MAGIC + k, whose bits shifted
     * left by 52 are those of 2^k (for −1022 &lt; k &lt;= 1023; see {@link #expForFloat}).
     */
    static final double FLOAT_MAGIC = MAGIC + 1023;
    /**
     * Coefficients of r² to r⁷ of {@link #expForFloat}'s polynomial 1 + r + c2·r² + … + c7·r⁷,
     * fitted to exp on [−ln2/2, ln2/2] for the least largest relative error (Lawson's iteration
     * on 400 Chebyshev points at 40 digits, 2026-12-06): 2^-34.17, the same with the coefficients
     * rounded to double (checked on 20,001 points).
     */
    static final double FLOAT_C2 = 0x1.0000003a1b9ebp-1;
    /** See {@link #FLOAT_C2}. */
    static final double FLOAT_C3 = 0x1.5555544366775p-3;
    /** See {@link #FLOAT_C2}. */
    static final double FLOAT_C4 = 0x1.55548dd730577p-5;
    /** See {@link #FLOAT_C2}. */
    static final double FLOAT_C5 = 0x1.1112708b779a7p-7;
    /** See {@link #FLOAT_C2}. */
    static final double FLOAT_C6 = 0x1.6d8cf50857b3ep-10;
    /** See {@link #FLOAT_C2}. */
    static final double FLOAT_C7 = 0x1.9f08abbd45300p-13;
    /** Lowest argument of {@link #expForFloat}: above it, 2^k stays a normal double. */
    public static final double FLOAT_EXP_FLOOR = -708.0;
    private static final double C3_HI = 1.0 / 6;
    private static final double C3_LO;
    private static final double C4_HI = 1.0 / 24;
    private static final double C4_LO;

    static {
        MathContext mc = new MathContext(60);
        BigDecimal ln2 = BigMath.LN2;
        BigDecimal l = ln2.divide(BigDecimal.valueOf(TABLE_SIZE), mc);
        L1 = truncate(l.doubleValue(), 34);
        BigDecimal rest = l.subtract(new BigDecimal(L1));
        L2 = truncate(rest.doubleValue(), 34);
        L3 = rest.subtract(new BigDecimal(L2)).doubleValue();
        L_A = l.doubleValue();
        L_B = l.subtract(new BigDecimal(L_A)).doubleValue();
        LN2_HI = truncate(ln2.doubleValue(), 42);
        rest = ln2.subtract(new BigDecimal(LN2_HI));
        LN2_MID = truncate(rest.doubleValue(), 42);
        LN2_LO = rest.subtract(new BigDecimal(LN2_MID)).doubleValue();
        BigDecimal sixth = BigDecimal.ONE.divide(BigDecimal.valueOf(6), mc);
        C3_LO = sixth.subtract(new BigDecimal(C3_HI)).doubleValue();
        BigDecimal twentyFourth = BigDecimal.ONE.divide(BigDecimal.valueOf(24), mc);
        C4_LO = twentyFourth.subtract(new BigDecimal(C4_HI)).doubleValue();
        // 2^(j/256) = step^j with step = exp(ln2/256), carried at 60 digits
        BigDecimal step = BigMath.exp(l, mc);
        BigDecimal t = BigDecimal.ONE;
        for (int j = 0; j < TABLE_SIZE; j++) {
            TAB_HI[j] = t.doubleValue();
            TAB_LO[j] = t.subtract(new BigDecimal(TAB_HI[j])).doubleValue();
            t = t.multiply(step, mc);
        }
    }

    private ExpLog() {
    }

    /** Keeps the {@code bits} leading significant bits of a positive normal double. */
    private static double truncate(double v, int bits) {
        long mask = -1L << (52 - (bits - 1));
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) & mask);
    }

    /**
     * Sets {@code d} to exp(xh + xl) as a mantissa {@code d.hi + d.lo} in about [1, 2) and a
     * binary exponent {@code d.k}. Requires {@code |xh| < 1400} (so that |n| &lt; 2^19 and the
     * reduction is exact; the sums of {@link LogSumExpKernels} go down to
     * {@link LogSumExpKernels#SUM_FLOOR}) and {@code |xl| <= ulp(xh)}.
     */
    public static void expScaled(double xh, double xl, Dd d) {
        double nd = Math.rint(xh * INV_L);
        int n = (int) nd;
        // xh - n·L1 is exact (Sterbenz, or n = 0); n·L2 is exact
        double t1 = xh - nd * L1;
        double t2 = nd * L2;
        double rh = t1 - t2;
        double rl = ((t1 - rh) - t2) + (xl - nd * L3);
        double r = rh + rl;
        rl = rl - (r - rh);
        rh = r;
        // exp(r) by Horner: the degree 5..9 part in double, the rest in double-double
        double q = 1.0 / 362880;
        q = q * rh + 1.0 / 40320;
        q = q * rh + 1.0 / 5040;
        q = q * rh + 1.0 / 720;
        q = q * rh + 1.0 / 120;
        d.set(q, 0);
        d.mul(rh, rl).add(C4_HI, C4_LO);
        d.mul(rh, rl).add(C3_HI, C3_LO);
        d.mul(rh, rl).add(0.5, 0);
        d.mul(rh, rl).add(1, 0);
        d.mul(rh, rl).add(1, 0);
        int j = n & (TABLE_SIZE - 1);
        d.mul(TAB_HI[j], TAB_LO[j]);
        d.k = n >> TABLE_BITS;
    }

    /**
     * The fast variant of {@link #expScaled}: same reduction and table, but exp(r) − 1 − r is
     * a degree-6 polynomial in plain double, so the relative error is below 2^-68 instead of
     * 2^-100. Enough for every result that is rounded once from it (softmax, sigmoid, sums
     * of positive terms); {@link #log1p} and cancelling sums use the full variant.
     */
    public static void expLiteScaled(double xh, double xl, Dd d) {
        double nd = Math.rint(xh * INV_L);
        int n = (int) nd;
        double t1 = xh - nd * L1;
        double t2 = nd * L2;
        double rh = t1 - t2;
        double rl = ((t1 - rh) - t2) + (xl - nd * L3);
        double r = rh + rl;
        // r²/2 + ... + r⁶/720 is below 2^-19 with relative error ~2^-52: absolute 2^-71;
        // the first omitted term r⁷/5040 is below 2^-79
        double p = r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720)))));
        double hi = 1 + rh;
        double lo = ((1 - hi) + rh) + (rl + p);
        int j = n & (TABLE_SIZE - 1);
        d.set(hi, lo).mul(TAB_HI[j], TAB_LO[j]);
        d.k = n >> TABLE_BITS;
    }

    /**
     * The quick variant, for results rounded once from a term of about double precision
     * (softmax terms and their sum, sigmoid): the same table, a reduction in two fused steps
     * (r_h = x_h − n·L_A exact, r_l = x_l − n·L_B with an error below 2^-96 for |n| &lt; 2^19),
     * exp(r) − 1 − r of degree 5 in fused Horner form, and the table product as one fused
     * operation instead of a double-double product. Sets {@code d.hi + d.lo} (a fast two-sum,
     * so {@code |d.lo| <= ulp(d.hi)/2}) and {@code d.k} with relative error below 2^-61: the
     * rounding of w = r + p (|w| &lt; 2^-9.5, so 2^-62.5), that of the fused th·w + tl (2^-62.5
     * relative to th), the first omitted term r⁶/720 (2^-66.6) and roundings below 2^-72. The
     * SIMD path repeats these operations lane by lane, so both give the same bits.
     */
    public static void expQuickScaled(double xh, double xl, Dd d) {
        double nd = quickN(xh);
        int n = (int) nd;
        double w = quickW(xh, xl, nd);
        int j = n & (TABLE_SIZE - 1);
        double th = TAB_HI[j];
        double v = Math.fma(th, w, TAB_LO[j]);
        double mh = th + v;
        d.hi = mh;
        d.lo = (th - mh) + v;
        d.k = n >> TABLE_BITS;
    }

    /**
     * The n of {@link #expQuickScaled}'s reduction x = n·ln2/256 + r, as a double (an integer,
     * |n| &lt; 2^19 in the exponential's range). Kernels that write the quick exponential out
     * call this and {@link #quickW}, so every copy has the same bits.
     */
    static double quickN(double xh) {
        return Math.fma(xh, INV_L, MAGIC) - MAGIC;
    }

    /** w = exp(r) − 1 of {@link #expQuickScaled} for x = xh + xl and n = {@code nd}. */
    static double quickW(double xh, double xl, double nd) {
        double rh = Math.fma(-nd, L_A, xh);
        double rl = Math.fma(-nd, L_B, xl);
        double r = rh + rl;
        double q = Math.fma(Math.fma(Math.fma(r, 1.0 / 120, 1.0 / 24), r, 1.0 / 6), r, 0.5);
        return rh + Math.fma(r * r, q, rl);
    }

    /** {@link #exp} on the quick variant {@link #expQuickScaled} (relative error below 2^-61). */
    public static void expQuick(double xh, double xl, Dd d) {
        if (outOfRange(xh, d)) {
            return;
        }
        expQuickScaled(xh, xl, d);
        unscale(d);
    }

    /**
     * exp(x) for the float forms, in plain double with relative error below 2^-34, for x in
     * [{@link #FLOAT_EXP_FLOOR}, 0]: x = k·ln 2 + r with |r| &lt;= ln2/2 + 2^-44 in one fused step
     * on {@link #LN2_A} (|k| &lt;= 1021 times its 2^-55.2 error, plus the rounding of r: below
     * 2^-45.2 absolute in r, so relative in exp(r)), exp(r) the degree-7 polynomial of
     * {@link #FLOAT_C2} (2^-34.17 relative) in Horner form (its roundings add a few 2^-53), and
     * 2^k from the bits of x/ln 2 + {@link #FLOAT_MAGIC} shifted left by 52: that sum is
     * FLOAT_MAGIC + k in [2^52, 2^53), whose low 52 bits are 2^51 + 1023 + k, and the shift
     * leaves 1023 + k, in [2, 1023], in the exponent field. A result rounded from it to float is
     * within 0.5 + 2^-10 ulp, far inside the 1 ulp of the float forms. The SIMD path repeats
     * these operations lane by lane.
     */
    public static double expForFloat(double x) {
        double t = Math.fma(x, INV_LN2, FLOAT_MAGIC);
        double k = t - FLOAT_MAGIC;
        double r = Math.fma(k, -LN2_A, x);
        double p = Math.fma(FLOAT_C7, r, FLOAT_C6);
        p = Math.fma(p, r, FLOAT_C5);
        p = Math.fma(p, r, FLOAT_C4);
        p = Math.fma(p, r, FLOAT_C3);
        p = Math.fma(p, r, FLOAT_C2);
        p = Math.fma(p, r, 1);
        p = Math.fma(p, r, 1);
        return p * Double.longBitsToDouble(Double.doubleToRawLongBits(t) << 52);
    }

    /** {@link #exp} on the fast variant {@link #expLiteScaled} (relative error below 2^-68). */
    public static void expLite(double xh, double xl, Dd d) {
        if (outOfRange(xh, d)) {
            return;
        }
        expLiteScaled(xh, xl, d);
        unscale(d);
    }

    /** Sets d to 0 or +∞ and returns true where exp(xh) underflows or overflows outright. */
    private static boolean outOfRange(double xh, Dd d) {
        if (xh < EXP_UNDERFLOW - 1e-3) {
            d.set(0, 0);
            return true;
        }
        if (xh > EXP_OVERFLOW + 1e-3) {
            d.set(Double.POSITIVE_INFINITY, 0);
            return true;
        }
        return false;
    }

    /**
     * Sets {@code d} to exp(xh + xl) as {@code d.hi + d.lo} with {@code d.k = 0}; 0 below
     * {@link #EXP_UNDERFLOW}, +∞ above {@link #EXP_OVERFLOW}. When the result is subnormal,
     * {@code d.hi} is within 1 ulp and {@code d.lo} is 0.
     */
    public static void exp(double xh, double xl, Dd d) {
        if (outOfRange(xh, d)) {
            return;
        }
        expScaled(xh, xl, d);
        unscale(d);
    }

    /** Applies {@code d.k} to {@code d.hi + d.lo}; subnormal results rounded once into {@code d.hi}. */
    private static void unscale(Dd d) {
        int k = d.k;
        d.k = 0;
        if (k >= -1000 && k <= 1000) {
            // 2^k built from its bits: one exact multiplication instead of Math.scalb's branches
            double p = Double.longBitsToDouble((long) (k + 1023) << 52);
            d.hi *= p;
            d.lo *= p;
        } else if (k > 1000) {
            d.hi = Math.scalb(d.hi, k);
            d.lo = Math.scalb(d.lo, k);
        } else {
            d.hi = scaleRounded(d.hi, d.lo, k);
            d.lo = 0;
        }
    }

    /**
     * {@link Math#scalb}, bit for bit, as one multiplication by 2^k when 2^k is a normal double
     * (one correctly rounded product, as the last step of {@code Math.scalb} is).
     */
    public static double scalb(double x, int k) {
        if (k >= Double.MIN_EXPONENT && k <= Double.MAX_EXPONENT) {
            return x * Double.longBitsToDouble((long) (k + 1023) << 52);
        }
        return Math.scalb(x, k);
    }

    /**
     * Returns (hi + lo) · 2^k rounded once, subnormal results included: the double rounding
     * of hi + lo then of the scaling is avoided by folding lo into the sticky bits. Requires
     * {@code |lo| <= ulp(hi)}.
     */
    public static double scaleRounded(double hi, double lo, int k) {
        if (k == 0 || hi == 0) {
            return scalb(hi + lo, k);
        }
        if (Math.abs(hi) >= Math.scalb(Double.MIN_NORMAL, -k)) {
            // a normal result (or ∞): the scaling is exact, and the spacing just below
            // MIN_NORMAL equals the spacing above it, so rounding hi + lo first is the one
            // rounding (the sticky logic below assumes the subnormal spacing). The test is on
            // hi itself: hi · 2^k may round up to MIN_NORMAL from below.
            return scalb(hi + lo, k);
        }
        double s = Math.scalb(hi, k);
        // remainder of the scaling (exact: s is a multiple of 2^-1074 times 2^-k)
        double back = Math.scalb(s, -k);
        double rem = (hi - back) + lo;
        if (rem == 0) {
            return s;
        }
        double ulp = Math.scalb(Double.MIN_VALUE, -k);
        double half = ulp / 2;
        double up = Math.copySign(Double.MIN_VALUE, rem);
        double ar = Math.abs(rem);
        if (ar > half || (ar == half && (Double.doubleToRawLongBits(Math.abs(s)) & 1) != 0)) {
            return s + up;
        }
        return s;
    }

    /**
     * Sets {@code d} to ln(1 + x) for x = xh + xl &gt; -1, finite,
     * with absolute error below 2^-103 · max(1, |result|) and relative error below 2^-84.
     */
    public static void log1p(double xh, double xl, Dd d) {
        if (xh > 0.5 || xh < -0.25) {
            // 1 + x as double-double (exact for x >= -1), then the logarithm of the sum
            d.twoSum(1, xh).add(xl, 0);
            log(d.hi, d.lo, d);
            return;
        }
        log1pNearZero(xh, xl, d);
    }

    /**
     * ln(1 + x) for x = xh + xl &gt;= 0 finite, for a result that nothing cancels against (the L of
     * log-softmax, which is subtracted from z_i − m &lt;= 0): relative error below 2^-59.6, not the
     * 2^-84 of {@link #log1p}. For x &gt; 0.5 the correction step of {@link #log1pNearZero} runs on
     * the quick exponential ({@link #expQuickScaled}, 2^-61 relative): t = (1 + g)·e^−y0 − 1 then
     * carries an absolute error below 2^-61·(1 + 2^-50), and so does log1p(g); the terms e·ln 2
     * and the double-double additions add below 2^-100 relative; and ln(1 + x) &gt;= ln 1.5 =
     * 0.405, so the relative error is below 2^-61.01 / 0.405 + 2^-100 &lt; 2^-59.69. For smaller x (a result that may be tiny, where an absolute
     * 2^-61 is no bound) it is {@link #log1p}. Log-softmax's s has a relative error below 2^-61,
     * which moves L by at most 2^-61·L (as s/(1 + s) &lt;= log1p(s)): together within
     * {@link LogSumExpKernels#QUICK_LOG1P_ERROR} = 2^-59, about 1/64 ulp of each result.
     */
    public static void log1pQuick(double xh, double xl, Dd d) {
        if (!(xh > 0.5)) {
            log1p(xh, xl, d);
            return;
        }
        d.twoSum(1, xh).add(xl, 0);
        log(d.hi, d.lo, d, true);
    }

    /**
     * {@link #log1p} for x in about [−0.25, 0.5], never through {@link #log}: {@code log}
     * reduces to this range and calls it directly, because its f − 1 can land just outside
     * (f = 1.5 with a positive trailing part gives 0.5 + 2^-53), where {@code log1p} would send
     * it back to {@code log} for ever. Valid for |x| &lt;= 1.
     */
    private static void log1pNearZero(double xh, double xl, Dd d) {
        log1pNearZero(xh, xl, d, false);
    }

    /**
     * {@link #log1pNearZero(double, double, Dd)}, with the correction step on the quick
     * exponential when {@code quick} (absolute error below 2^-61·(1 + 2^-50) for |x| &gt;= 2^-20:
     * see {@link #log1pQuick}).
     */
    private static void log1pNearZero(double xh, double xl, Dd d, boolean quick) {
        double ax = Math.abs(xh);
        if (ax < 0x1p-20) {
            // x - x²/2 + x³/3 - x⁴/4 + x⁵/5: the next term is below 2^-100 relative
            double s2h = xh * xh;
            double s2l = Math.fma(xh, xh, -s2h) + 2 * xh * xl;
            double tail = s2h * xh * (1.0 / 3 - xh * (0.25 - xh * 0.2));
            d.set(xh, xl).add(-0.5 * s2h, -0.5 * s2l).add(tail, 0);
            d.k = 0;
            return;
        }
        double y0 = Math.log1p(xh);
        // t = (1 + x)·exp(-y0) - 1, tiny; ln(1 + x) = y0 + ln(1 + t) = y0 + t - t²/2
        if (quick) {
            expQuickScaled(-y0, 0, d);
        } else {
            expScaled(-y0, 0, d);
        }
        double eh = Math.scalb(d.hi, d.k);
        double el = Math.scalb(d.lo, d.k);
        double uh = 1 + xh;
        double ul = (1 - uh) + xh + xl;
        double ph = uh * eh;
        double pl = Math.fma(uh, eh, -ph);
        double t = (ph - 1) + (pl + uh * el + ul * eh);
        d.set(y0, 0).add(t - 0.5 * t * t, 0);
        d.k = 0;
    }

    /**
     * Sets {@code d} to ln(x) for x = xh + xl &gt; 0 finite ({@code xh} positive; subnormal
     * allowed), with absolute error below 2^-103 · max(1, |result|).
     */
    public static void log(double xh, double xl, Dd d) {
        log(xh, xl, d, false);
    }

    /** {@link #log(double, double, Dd)}, its log1p step on the quick exponential when {@code quick}. */
    private static void log(double xh, double xl, Dd d, boolean quick) {
        int e = Math.getExponent(xh);
        double fh;
        double fl;
        if (e < Double.MIN_EXPONENT) {
            fh = xh * 0x1p60;
            fl = xl * 0x1p60;
            e = Math.getExponent(fh) - 60;
            fh = Math.scalb(fh, -(e + 60));
            fl = Math.scalb(fl, -(e + 60));
        } else {
            fh = Math.scalb(xh, -e);
            fl = Math.scalb(xl, -e);
        }
        if (fh > 1.5) {
            fh *= 0.5;
            fl *= 0.5;
            e++;
        }
        // f - 1 is exact for f in [0.75, 1.5]
        double gh = fh - 1;
        double g = gh + fl;
        double gl = fl - (g - gh);
        if (g == 0 && e == 0) {
            d.set(0, 0);
            return;
        }
        log1pNearZero(g, gl, d, quick);
        if (e != 0) {
            double ed = e;
            d.add(ed * LN2_HI, 0).add(ed * LN2_MID, 0).add(ed * LN2_LO, 0);
        }
    }
}
