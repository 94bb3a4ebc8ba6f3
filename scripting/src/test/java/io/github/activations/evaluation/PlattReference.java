/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.data.Dataset;

/**
 * An independent minimiser of the Platt objective F(a, b) = −Σ tᵢ ln σ(a sᵢ + b) + (1 − tᵢ) ln σ(−a sᵢ − b),
 * written without the library, by nested bisection instead of Newton's method: for fixed a the
 * optimal b solves Σ σ(a sᵢ + b) = Σ tᵢ, increasing in b; the profile F(a, b*(a)) is convex (a
 * partial minimum of a jointly convex function) with derivative Σ (σ(a sᵢ + b*(a)) − tᵢ) sᵢ
 * (the envelope theorem), so a is found by bisection on the sign of that sum. Both bisections
 * run until the bracket is two adjacent doubles.
 */
final class PlattReference {
    private final double[] s;
    private final double[] t;
    private final double targetSum;

    PlattReference(Dataset data, boolean plattTargets) {
        int n = data.rows();
        s = new double[n];
        t = new double[n];
        long positives = 0;
        for (int r = 0; r < n; r++) {
            positives += data.label(r);
        }
        long negatives = n - positives;
        double sum = 0;
        for (int r = 0; r < n; r++) {
            s[r] = data.logits().get(r, 0);
            boolean positive = data.label(r) == 1;
            t[r] = plattTargets ? (positive ? (positives + 1.0) / (positives + 2.0) : 1.0 / (negatives + 2.0))
                    : (positive ? 1 : 0);
            sum += t[r];
        }
        targetSum = sum;
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** b*(a): the root of Σ σ(a sᵢ + b) − Σ tᵢ. */
    double intercept(double a) {
        double lo = -1e3;
        double hi = 1e3;
        while (true) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                return mid;
            }
            double f = -targetSum;
            for (int i = 0; i < s.length; i++) {
                f += sigmoid(a * s[i] + mid);
            }
            if (f < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    /** Returns {a, b} at the minimum; the optimum must lie within |a| &lt; 1e3. */
    double[] minimiser() {
        double lo = -1e3;
        double hi = 1e3;
        while (true) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                return new double[] {mid, intercept(mid)};
            }
            double b = intercept(mid);
            double h = 0;
            for (int i = 0; i < s.length; i++) {
                h += (sigmoid(mid * s[i] + b) - t[i]) * s[i];
            }
            if (h < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    /** Returns the root-mean-square score, the scale of a·s against which b's error is measured. */
    double rmsScore() {
        double q = 0;
        for (double v : s) {
            q += v * v;
        }
        return Math.sqrt(q / s.length);
    }
}
