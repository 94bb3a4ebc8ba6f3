/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.testing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Ulp arithmetic. The ulp of an exact value x is the spacing of the doubles (or floats) in
 * the binade of |x|: 2^(e−52) for 2^e &lt;= |x| &lt; 2^(e+1), and 2^−1074 for subnormal and
 * zero x. An exact value just below a power of two therefore has the smaller ulp, even when
 * it rounds up to the power of two.
 */
public final class Ulps {
    /** The ulp of 1 used for sums: {@code Math.ulp(1.0)} = 2^−52. */
    public static final double ULP_OF_ONE = Math.ulp(1.0);

    private static final MathContext MC = MathContext.DECIMAL64;

    private Ulps() {
    }

    /**
     * Returns the number of doubles between a and b, counting b and not a: 0 when they are
     * equal (+0.0 and −0.0 count as equal), 1 for neighbours; {@code Long.MAX_VALUE} if
     * either is NaN or the count overflows.
     *
     * @param a a double
     * @param b another double
     * @return the ulp distance
     */
    public static long distance(double a, double b) {
        if (a != a || b != b) {
            return Long.MAX_VALUE;
        }
        long d = ordered(a) - ordered(b);
        if (((ordered(a) ^ ordered(b)) & (ordered(a) ^ d)) < 0) {
            return Long.MAX_VALUE;
        }
        return Math.abs(d);
    }

    /** Maps doubles onto longs in the same order, with −0.0 and +0.0 both on 0. */
    private static long ordered(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    /**
     * Returns the ulp of the exact value, as defined in the class comment.
     *
     * @param exact an exact value within the double range
     * @return its ulp, exactly
     */
    public static BigDecimal ulp(BigDecimal exact) {
        double r = Math.abs(exact.doubleValue());
        double u = Math.ulp(r);
        if (r > Double.MIN_NORMAL && r < Double.POSITIVE_INFINITY
                && (Double.doubleToRawLongBits(r) & 0xFFFFFFFFFFFFFL) == 0
                && exact.abs().compareTo(new BigDecimal(r)) < 0) {
            u /= 2;
        }
        return new BigDecimal(u);
    }

    /**
     * Returns the float ulp of the exact value: 2^(e−23) in the binade of |x|, 2^−149 below
     * {@code Float.MIN_NORMAL}.
     *
     * @param exact an exact value within the float range
     * @return its float ulp, exactly
     */
    public static BigDecimal floatUlp(BigDecimal exact) {
        float r = Math.abs(exact.floatValue());
        float u = Math.ulp(r);
        if (r > Float.MIN_NORMAL && r < Float.POSITIVE_INFINITY
                && (Float.floatToRawIntBits(r) & 0x7FFFFF) == 0
                && exact.abs().compareTo(new BigDecimal(r)) < 0) {
            u /= 2;
        }
        return new BigDecimal(u);
    }

    /**
     * Returns |actual − exact| in ulps of the exact value. If the exact value rounds to ±∞
     * (it lies beyond the double range), the error is 0 when {@code actual} is that infinity
     * and +∞ otherwise; NaN or an infinite {@code actual} for a finite exact value gives +∞.
     *
     * @param actual the computed double
     * @param exact the exact (high-precision) value
     * @return the error in ulps
     */
    public static double error(double actual, BigDecimal exact) {
        double rounded = exact.doubleValue();
        if (Double.isInfinite(rounded)) {
            return actual == rounded ? 0 : Double.POSITIVE_INFINITY;
        }
        if (!Double.isFinite(actual)) {
            return Double.POSITIVE_INFINITY;
        }
        return new BigDecimal(actual).subtract(exact).abs().divide(ulp(exact), MC).doubleValue();
    }

    /**
     * Returns |actual − exact| in float ulps of the exact value (see {@link #error(double, BigDecimal)}).
     *
     * @param actual the computed float
     * @param exact the exact value
     * @return the error in float ulps
     */
    public static double floatError(float actual, BigDecimal exact) {
        float rounded = exact.floatValue();
        if (Float.isInfinite(rounded)) {
            return actual == rounded ? 0 : Double.POSITIVE_INFINITY;
        }
        if (!Float.isFinite(actual)) {
            return Double.POSITIVE_INFINITY;
        }
        return new BigDecimal(actual).subtract(exact).abs().divide(floatUlp(exact), MC).doubleValue();
    }

    /**
     * Returns the exact sum of the doubles, with no rounding at all.
     *
     * @param values finite doubles
     * @return their exact sum
     */
    public static BigDecimal exactSum(double[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            if (v != 0) {
                sum = sum.add(new BigDecimal(v));
            }
        }
        return sum;
    }

    /**
     * Returns |Σ values − 1| in units of {@link #ULP_OF_ONE} = 2^−52, the sum taken exactly.
     *
     * @param values finite doubles
     * @return the distance of the exact sum from 1 in ulps of 1
     */
    public static double sumErrorFromOne(double[] values) {
        return exactSum(values).subtract(BigDecimal.ONE).abs()
                .divide(new BigDecimal(ULP_OF_ONE), MC).doubleValue();
    }
}
