/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Softmax;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WhyNotDivideBySumTest {
    private final WhyNotDivideBySum.Result r = WhyNotDivideBySum.compute();

    @Test
    void z1GivesNegativeProbabilities() {
        assertArrayEquals(new double[] {0.368, 1.809, -1.176}, r.z1(), 5e-4);
        assertTrue(r.z1()[2] < 0, "a negative 'probability'");
        assertTrue(r.z1()[1] > 1, "a 'probability' above 1");
        assertEquals(1, Arrays.stream(r.z1()).sum(), 1e-15, "and yet they sum to 1");
    }

    @Test
    void z2SumsToZeroAndIsRejectedClearly() {
        String message = r.z2error().getMessage();
        assertTrue(message != null && message.toLowerCase(Locale.ROOT).contains("sum"),
                "the message should say the sum is the problem: " + message);
    }

    @Test
    void softmaxHasNoTroubleWithZ2() {
        // The guide's table: softmax needs no nonzero sum, since every e^zᵢ is positive.
        assertArrayEquals(new double[] {0.196, 0.685, 0.119}, Softmax.of(new double[] {-0.25, 1, -0.75}), 5e-4);
    }

    @Test
    void z3KeepsTheRatioOfTheLogits() {
        assertArrayEquals(new double[] {0.083, 0.75, 0.167}, r.z3(), 5e-4);
        assertArrayEquals(new double[] {0.231, 0.514, 0.255}, r.softmaxZ3(), 5e-4);
        assertEquals(9.0, r.z3()[1] / r.z3()[0], 1e-12, "1:9:2");
    }

    @Test
    void z4GivesAZeroLogitNoProbability() {
        assertArrayEquals(new double[] {0, 0.9, 0.1}, r.z4(), 5e-4);
        assertEquals(0.0, r.z4()[0]);
        assertArrayEquals(new double[] {0.219, 0.539, 0.242}, r.softmaxZ4(), 5e-4);
    }
}
