/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.activations.Sigmoid;
import io.github.activations.Softmax;
import org.junit.jupiter.api.Test;

class TwoClassesTest {
    @Test
    void softmaxOfZAndZeroIsTheSigmoidBitForBitOverARange() {
        // 96,001 values from -750 to 750: past the overflow of exp at 709.78 and the subnormal tail below -708.
        assertEquals(0, TwoClasses.mismatches(-750, 750, 1.0 / 64));
    }

    @Test
    void softmaxOfZAndZeroIsTheSigmoidBitForBitInTheTails() {
        double[] tails = {-Double.MAX_VALUE, -1e300, -745.2, -745, -744.5, -709.78, -37, -1e-300, -Double.MIN_VALUE,
            -0.0, 0.0, Double.MIN_VALUE, 1e-300, 37, 709.78, 745, 1e300, Double.MAX_VALUE};
        for (double z : tails) {
            assertEquals(Double.doubleToRawLongBits(Sigmoid.of(z)),
                    Double.doubleToRawLongBits(Softmax.of(new double[] {z, 0})[0]), "z = " + z);
        }
    }

    @Test
    void theSecondClassGetsOneMinusSigmoid() {
        // softmax([z, 0])₁ = 1 − σ(z) = σ(−z); both are correctly rounded to within an ulp or two of a number ≤ 1.
        for (double z = -20; z <= 20; z += 0.25) {
            assertEquals(Sigmoid.of(-z), Softmax.of(new double[] {z, 0})[1], 4 * Math.ulp(1.0), "z = " + z);
        }
    }
}
