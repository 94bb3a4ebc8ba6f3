/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.Tutorial.round3;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tutorial's four reasons why dividing by the sum is not softmax. */
class DivideBySumTest {

    @Test
    void z1GivesNegativeAndAboveOneProbabilities() {
        double[] z1 = {0.25, 1.23, -0.8};
        assertArrayEquals(new double[] {0.368, 1.809, -1.176}, round3(DivideBySum.of(z1)));
        assertArrayEquals(new double[] {0.249, 0.664, 0.087}, round3(Softmax.of(z1)));
    }

    @Test
    void z2SumsToZero() {
        double[] z2 = {-0.25, 1, -0.75};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DivideBySum.of(z2));
        assertTrue(e.getMessage().contains("sum of logits is 0"), e.getMessage());
        Softmax.of(z2); // softmax is defined
    }

    @Test
    void z3IgnoresTheScaleOfTheLogits() {
        double[] z3 = {0.1, 0.9, 0.2};
        assertArrayEquals(new double[] {0.083, 0.75, 0.167}, round3(DivideBySum.of(z3)));
        assertArrayEquals(new double[] {0.231, 0.514, 0.255}, round3(Softmax.of(z3)));
        // multiplying the logits by 10 changes nothing for divide-by-sum, but sharpens softmax
        double[] z3x10 = {1, 9, 2};
        assertArrayEquals(round3(DivideBySum.of(z3)), round3(DivideBySum.of(z3x10)));
        assertTrue(Softmax.of(z3x10)[1] > 0.99);
    }

    @Test
    void z4MapsAZeroLogitToProbabilityZero() {
        double[] z4 = {0, 0.9, 0.1};
        assertArrayEquals(new double[] {0, 0.9, 0.1}, round3(DivideBySum.of(z4)));
        assertArrayEquals(new double[] {0.219, 0.539, 0.242}, round3(Softmax.of(z4)));
    }
}
