/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Log-sigmoid: ln σ(x) without forming σ(x). */
class LogSigmoidTest {

    @Test
    void isTheLogOfTheSigmoid() {
        // where σ(x) is not close to 1, ln of the rounded σ(x) is accurate too
        for (double x : new double[] {-20, -3, -0.5, 0}) {
            double expected = Math.log(Sigmoid.of(x));
            assertEquals(expected, LogSigmoid.of(x), 2 * Math.ulp(expected), "x = " + x);
        }
        // for x > 0, ln σ(x) ≈ −e^−x is small and ln of a number near 1 cancels: use the 40-digit value
        for (double x : new double[] {0.5, 3, 20}) {
            double expected = HighPrecision.logSigmoid(x);
            assertEquals(expected, LogSigmoid.of(x), Math.ulp(expected), "x = " + x);
        }
    }

    @Test
    void keepsWhatLogOfSigmoidLoses() {
        // σ(40) rounds to 1, so ln σ(40) = 0; the true value is −σ(−40) ≈ −4.2e-18
        assertEquals(0.0, Math.log(Sigmoid.of(40)));
        assertEquals(-4.248354255291589E-18, LogSigmoid.of(40), Math.ulp(4.248354255291589E-18));
        // σ(−800) underflows to 0, so ln σ(−800) = −∞; the true value is −800
        assertEquals(Double.NEGATIVE_INFINITY, Math.log(Sigmoid.of(-800)));
        assertEquals(-800.0, LogSigmoid.of(-800));
    }

    @Test
    void isMinusTheBinaryCrossEntropyOfThePositiveClass() {
        double x = 1.7;
        assertEquals(-CrossEntropy.of(new double[] {x, 0}, 0), LogSigmoid.of(x), 2 * Math.ulp(LogSigmoid.of(x)));
    }
}
