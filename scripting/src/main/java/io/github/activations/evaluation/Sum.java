/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

/**
 * A compensated sum (Neumaier's variant of Kahan summation): the error of adding n terms is
 * about 2^-53 of the sum plus n · 2^-106 of the largest term, instead of n · 2^-53. The
 * evaluation and the fits sum per-row terms in fixed-size chunks, then the chunks in order, so
 * a result never depends on how the rows were split over threads.
 */
final class Sum {
    private double hi;
    private double lo;

    /** Adds {@code x}; once the sum is infinite it stays infinite (the correction stays finite). */
    void add(double x) {
        double t = hi + x;
        if (Double.isFinite(t)) {
            if (Math.abs(hi) >= Math.abs(x)) {
                lo += (hi - t) + x;
            } else {
                lo += (x - t) + hi;
            }
        }
        hi = t;
    }

    /** Adds another sum, both of its parts. */
    void add(Sum other) {
        add(other.hi);
        add(other.lo);
    }

    /** Returns the sum rounded to double (the infinite sum if a term was infinite). */
    double value() {
        return Double.isFinite(hi) ? hi + lo : hi;
    }
}
