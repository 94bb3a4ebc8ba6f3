/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.activations.Softmax;
import org.junit.jupiter.api.Test;

class WhyNotArgmaxTest {
    private final WhyNotArgmax.Result r = WhyNotArgmax.compute();

    @Test
    void argmaxPutsAllTheMassOnPanda() {
        assertArrayEquals(new double[] {0, 1, 0}, r.oneHot());
    }

    @Test
    void argmaxHasAZeroGradient() {
        // Exactly zero: nudging a logit by 1e-6 never changes which one is largest here.
        assertArrayEquals(new double[] {0, 0, 0}, r.argmaxGradient());
    }

    @Test
    void softmaxHasAUsefulGradient() {
        // p_panda·(e_panda − p): raise the panda logit, lower the others.
        assertArrayEquals(new double[] {-0.165, 0.223, -0.058}, r.softmaxGradient(), 5e-4);
    }

    @Test
    void backwardAgreesWithNudging() {
        // Central differences with h = 1e-6 have truncation error ~h²·|f'''| ≈ 1e-12 and rounding error
        // ~ulp(1)/h ≈ 2e-10 here; 1e-8 leaves room for both.
        double[] z = {0.25, 1.23, -0.8};
        double[] gradOut = {0, 1, 0};
        double[] nudged = WhyNotArgmax.gradientByNudging(Softmax::of, z, gradOut);
        assertArrayEquals(nudged, r.softmaxGradient(), 1e-8);
    }

    @Test
    void backwardIsTheJacobianTransposedTimesGradOut() {
        double[][] jacobian = Softmax.jacobian(r.p());
        double[] gradOut = {0, 1, 0};
        double[] expected = new double[3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                expected[j] += jacobian[i][j] * gradOut[i];
            }
        }
        // Both are sums of at most three products of numbers below 1: a few ulp of 1 at most.
        assertArrayEquals(expected, r.softmaxGradient(), 1e-15);
    }
}
