/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import io.github.activations.Softmax;

/**
 * Step 5: numerical stability. The textbook formula exp(zᵢ) / Σⱼ exp(zⱼ) overflows as soon as a logit passes
 * ln(Double.MAX_VALUE) ≈ 709.78: exp(1000) is +∞, and ∞/∞ is NaN. Softmax does not change when the same constant is
 * added to every logit, so {@link Softmax#of(double[])} subtracts the maximum first and never overflows.
 */
public final class NumericalStability {
    /**
     * What step 5 computes.
     *
     * @param naive the textbook formula on logits near 1000: all NaN
     * @param stable {@code Softmax.of} on the same logits: the tutorial's numbers
     */
    public record Result(double[] naive, double[] stable) { }

    private NumericalStability() { }

    /**
     * Returns exp(zᵢ) / Σⱼ exp(zⱼ), computed literally: the formula as written, which overflows.
     *
     * @param z the logits
     * @return the "softmax", NaN as soon as one exp(zᵢ) overflows
     */
    // tag::naive-softmax[]
    public static double[] naiveSoftmax(double[] z) {
        double[] e = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            e[i] = Math.exp(z[i]);                   // exp(1000) = +Infinity
            sum += e[i];
        }
        for (int i = 0; i < z.length; i++) {
            e[i] /= sum;                             // Infinity / Infinity = NaN
        }
        return e;
    }
    // end::naive-softmax[]

    /**
     * Compares the textbook formula with {@code Softmax.of} on the tutorial's logits plus 1000.
     *
     * @return both results
     */
    public static Result compute() {
        // tag::numerical-stability[]
        double[] z = {1000.25, 1001.23, 999.2};      // the tutorial's logits plus 1000
        double[] naive = naiveSoftmax(z);            // [NaN, NaN, NaN]
        double[] stable = Softmax.of(z);             // [0.249, 0.664, 0.087], as for [0.25, 1.23, -0.8]
        // end::numerical-stability[]
        return new Result(naive, stable);
    }
}
