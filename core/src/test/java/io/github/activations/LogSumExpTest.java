/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.Tutorial.Z1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Log-sum-exp: the normaliser of softmax. */
class LogSumExpTest {

    @Test
    void tutorialValue() {
        double naive = Math.log(Math.exp(0.25) + Math.exp(1.23) + Math.exp(-0.8));
        assertEquals(naive, LogSumExp.of(Z1), 2 * Math.ulp(naive));
    }

    @Test
    void normalisesSoftmax() {
        double lse = LogSumExp.of(Z1);
        double[] p = Softmax.of(Z1);
        for (int i = 0; i < 3; i++) {
            assertEquals(p[i], Math.exp(Z1[i] - lse), 1e-15);
        }
    }

    @Test
    void doesNotOverflowWhereTheNaiveFormulaDoes() {
        assertEquals(Double.POSITIVE_INFINITY, Math.log(Math.exp(1000) + Math.exp(1000)));
        assertEquals(1000 + Math.log(2), LogSumExp.of(new double[] {1000, 1000}), Math.ulp(1000.0));
    }

    @Test
    void keepsTheSmallTerms() {
        // log(1 + e^-37) rounds 1 + e^-37 to 1 and returns 0; LSE keeps e^-37
        assertEquals(0.0, Math.log(1 + Math.exp(-37)));
        assertEquals(8.533047625744066E-17, LogSumExp.of(new double[] {0, -37}));
    }

    @Test
    void isAtLeastTheMaximumAndAtMostMaxPlusLnN() {
        double lse = LogSumExp.of(Z1);
        assertEquals(true, lse >= 1.23 && lse <= 1.23 + Math.log(3));
    }
}
