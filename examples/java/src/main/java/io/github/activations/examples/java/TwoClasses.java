/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import io.github.activations.Sigmoid;
import io.github.activations.Softmax;

/**
 * Step 6: for two classes, softmax is the sigmoid. Give the second output node a constant logit 0: then
 * softmax([z, 0])₀ = eᶻ / (eᶻ + 1) = σ(z), and softmax([z, 0])₁ = 1 − σ(z) = σ(−z).
 *
 * <p>The library makes the first equality hold to the last bit, for every double z, so code can switch between the
 * two freely.
 */
public final class TwoClasses {
    private TwoClasses() { }

    /**
     * Counts the z in [from, to], stepping by {@code step}, where {@code Softmax.of([z, 0])[0]} and
     * {@code Sigmoid.of(z)} differ in any bit.
     *
     * @param from the first z
     * @param to the last z
     * @param step the distance between consecutive z
     * @return the number of mismatches: 0
     */
    public static long mismatches(double from, double to, double step) {
        long count = 0;
        long n = Math.round((to - from) / step);
        for (long i = 0; i <= n; i++) {
            double z = from + i * step;
            // tag::two-classes[]
            double[] p = Softmax.of(new double[] {z, 0});    // two classes: the second has logit 0
            double s = Sigmoid.of(z);                        // one sigmoid output
            boolean same = Double.doubleToRawLongBits(p[0]) == Double.doubleToRawLongBits(s);  // always true
            // end::two-classes[]
            if (!same) {
                count++;
            }
        }
        return count;
    }
}
