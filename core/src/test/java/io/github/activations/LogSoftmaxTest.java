/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.Tutorial.Z1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Log-softmax: ln p without forming p. */
class LogSoftmaxTest {

    @Test
    void isTheLogOfSoftmax() {
        double[] p = Softmax.of(Z1);
        double[] logp = LogSoftmax.of(Z1);
        for (int i = 0; i < 3; i++) {
            assertEquals(Math.log(p[i]), logp[i], 1e-15);
            assertEquals(p[i], Math.exp(logp[i]), 1e-15);
        }
    }

    @Test
    void isZMinusLogSumExp() {
        double lse = LogSumExp.of(Z1);
        double[] logp = LogSoftmax.of(Z1);
        for (int i = 0; i < 3; i++) {
            assertEquals(Z1[i] - lse, logp[i], 1e-15);
        }
    }

    @Test
    void keepsTheTinyLogOfTheLargestProbability() {
        // softmax([0, -37])[0] = 1 − 8.5e-17 rounds to 1 − 2^-53, so log(softmax) gives
        // −1.1e-16, 30% off; log-softmax keeps −e^-37 to the last bit
        assertEquals(-0x1p-53, Math.log(Softmax.of(new double[] {0, -37})[0]));
        assertArrayEquals(new double[] {-8.533047625744066E-17, -37.0}, LogSoftmax.of(new double[] {0, -37}));
    }

    @Test
    void staysFiniteWhereLogOfSoftmaxIsInfinite() {
        assertArrayEquals(new double[] {-800.0, 0.0}, LogSoftmax.of(new double[] {0, 800}));
    }
}
