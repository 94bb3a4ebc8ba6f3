/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import io.github.activations.DivideBySum;
import io.github.activations.Softmax;

/**
 * Step 4: why not divide each logit by the sum of the logits? The tutorial's four cases z1..z4.
 *
 * <ol>
 *   <li>z1 = [0.25, 1.23, −0.8]: the results sum to 1 but are negative or above 1: not probabilities.</li>
 *   <li>z2 = [−0.25, 1, −0.75]: the logits sum to 0, so there is nothing to divide by. NumPy warns and returns
 *       infinities; {@link DivideBySum#of(double[])} throws an {@link IllegalArgumentException} that says so.</li>
 *   <li>z3 = [0.1, 0.9, 0.2]: all positive, so it works, but the scores keep the ratio 1:9:2 of the logits;
 *       softmax compares them by their differences.</li>
 *   <li>z4 = [0, 0.9, 0.1]: a logit of 0 gets probability 0; softmax still gives it 0.219.</li>
 * </ol>
 */
public final class WhyNotDivideBySum {
    /**
     * What step 4 computes.
     *
     * @param z1 divide-by-sum of z1: negative "probabilities"
     * @param z2error the exception for z2, whose logits sum to zero
     * @param z3 divide-by-sum of z3
     * @param softmaxZ3 softmax of z3
     * @param z4 divide-by-sum of z4
     * @param softmaxZ4 softmax of z4
     */
    public record Result(double[] z1, IllegalArgumentException z2error, double[] z3, double[] softmaxZ3,
                         double[] z4, double[] softmaxZ4) { }

    private WhyNotDivideBySum() { }

    /**
     * Divides the tutorial's four vectors by their sums, next to softmax.
     *
     * @return the four outcomes
     */
    public static Result compute() {
        // tag::why-not-divide-by-sum[]
        double[] byZ1 = DivideBySum.of(new double[] {0.25, 1.23, -0.8});  // [0.368, 1.809, -1.176]: not probabilities

        IllegalArgumentException z2error = null;
        try {
            DivideBySum.of(new double[] {-0.25, 1, -0.75});                // the logits sum to 0
        } catch (IllegalArgumentException e) {
            z2error = e;                                                    // says that the sum is zero
        }

        double[] z3 = {0.1, 0.9, 0.2};
        double[] byZ3 = DivideBySum.of(z3);        // [0.083, 0.75, 0.167]: the ratio 1:9:2 of the logits
        double[] softZ3 = Softmax.of(z3);          // [0.231, 0.514, 0.255]

        double[] z4 = {0, 0.9, 0.1};
        double[] byZ4 = DivideBySum.of(z4);        // [0, 0.9, 0.1]: a logit of 0 gets no probability at all
        double[] softZ4 = Softmax.of(z4);          // [0.219, 0.539, 0.242]
        // end::why-not-divide-by-sum[]
        if (z2error == null) {
            throw new AssertionError("DivideBySum.of accepted logits that sum to zero");
        }
        return new Result(byZ1, z2error, byZ3, softZ3, byZ4, softZ4);
    }
}
