/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Softmax;
import org.junit.jupiter.api.Test;

class NumericalStabilityTest {
    private final NumericalStability.Result r = NumericalStability.compute();

    @Test
    void naiveFormulaOverflowsToNaN() {
        for (double p : r.naive()) {
            assertTrue(Double.isNaN(p), "exp(1000) overflows, and Infinity / Infinity is NaN");
        }
    }

    @Test
    void naiveFormulaUnderflowsToNaNToo() {
        // exp(-1000) is 0, and 0 / 0 is NaN as well.
        for (double p : NumericalStability.naiveSoftmax(new double[] {-1000, -1001})) {
            assertTrue(Double.isNaN(p));
        }
    }

    @Test
    void softmaxGivesTheTutorialsNumbers() {
        assertArrayEquals(new double[] {0.249, 0.664, 0.087}, r.stable(), 5e-4);
        // Adding 1000 rounds each logit by at most ulp(1000)/2 ≈ 5.7e-14, so the probabilities move by far less
        // than 1e-12.
        assertArrayEquals(Softmax.of(new double[] {0.25, 1.23, -0.8}), r.stable(), 1e-12);
    }

    @Test
    void naiveFormulaIsFineOnSmallLogits() {
        // exp(zᵢ)/Σ exp(zⱼ) is not wrong, only fragile: on small logits it agrees with Softmax.of to a few ulp.
        double[] z = {0.25, 1.23, -0.8};
        assertArrayEquals(Softmax.of(z), NumericalStability.naiveSoftmax(z), 1e-15);
    }
}
