/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * A mutable double-double number {@code (hi + lo) · 2^k}, with {@code |lo| <= ulp(hi) / 2}
 * after normalisation, and the error-free transformations that build it.
 *
 * <p>Internal: not part of the public API. One instance is created per public call and reused
 * for every element, so the kernels allocate nothing per element.
 */
public final class Dd {
    /** Leading part. */
    public double hi;
    /** Trailing part, at most half an ulp of {@link #hi} once normalised. */
    public double lo;
    /** Binary exponent applied to {@code hi + lo} (used by the exponential kernel). */
    public int k;

    /** Sets this to {@code hi + lo}, exponent 0. */
    public Dd set(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
        this.k = 0;
        return this;
    }

    /** Sets this to the exact sum {@code a + b} (Knuth's two-sum). */
    public Dd twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double e = (a - (s - bb)) + (b - bb);
        if (e != e && s - s == 0) {
            // s is finite but s - a overflowed (|a| + |b| > MAX_VALUE): redo at half scale,
            // where halving is exact for numbers this large
            double ah = a * 0.5;
            double bh = b * 0.5;
            double sh = ah + bh;
            double bbh = sh - ah;
            e = ((ah - (sh - bbh)) + (bh - bbh)) * 2;
        }
        this.hi = s;
        this.lo = e;
        this.k = 0;
        return this;
    }

    /** Sets this to the exact product {@code a · b} (fused multiply-add residual). */
    public Dd twoProd(double a, double b) {
        double p = a * b;
        this.hi = p;
        this.lo = Math.fma(a, b, -p);
        this.k = 0;
        return this;
    }

    /** Adds {@code bh + bl} to this, keeping about 106 bits. */
    public Dd add(double bh, double bl) {
        double s = hi + bh;
        double bb = s - hi;
        double e = (hi - (s - bb)) + (bh - bb);
        e += lo + bl;
        double r = s + e;
        this.lo = e - (r - s);
        this.hi = r;
        return this;
    }

    /** Multiplies this by {@code bh + bl}, keeping about 106 bits. */
    public Dd mul(double bh, double bl) {
        double p = hi * bh;
        double e = Math.fma(hi, bh, -p);
        e += hi * bl + lo * bh;
        double r = p + e;
        this.lo = e - (r - p);
        this.hi = r;
        return this;
    }

    /** Divides this by {@code bh + bl} (nonzero), keeping about 104 bits. */
    public Dd div(double bh, double bl) {
        double q1 = hi / bh;
        if (Double.isInfinite(q1) || q1 == 0) {
            this.hi = q1;
            this.lo = 0;
            return this;
        }
        // the remainder this - q1·b: one fused operation, exact and free of intermediate
        // overflow even when q1·b rounds past MAX_VALUE
        double rem = (Math.fma(-q1, bh, hi) + lo) - q1 * bl;
        double q2 = rem / bh;
        double r = q1 + q2;
        this.lo = q2 - (r - q1);
        this.hi = r;
        return this;
    }

    /** Replaces this by its reciprocal 1 / (hi + lo), keeping about 104 bits. */
    public Dd invert() {
        double h = hi;
        double l = lo;
        return set(1, 0).div(h, l);
    }

    /** Returns {@code hi + lo} rounded to the nearest double. */
    public double value() {
        return hi + lo;
    }
}
