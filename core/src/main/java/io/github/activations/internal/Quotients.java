/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * (a − b) / t as a double-double, for the kernels with a temperature: the exact difference
 * divided once ({@link #diffOverT}), or multiplied by 1/t with its remainder
 * ({@link #diffTimesInverse}), never rounded before the exponential.
 *
 * <p>Internal: not part of the public API.
 */
public final class Quotients {
    private Quotients() {
    }

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
}
