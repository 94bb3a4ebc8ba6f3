/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Argmax;
import org.junit.jupiter.api.Test;

class SoftmaxScoresTest {
    private final SoftmaxScores.Result r = SoftmaxScores.compute();

    @Test
    void givesTheTutorialsProbabilitiesToThreeDecimals() {
        // "to 3 decimals": within half a unit of the third decimal, as np.round(p, 3) shows them.
        assertArrayEquals(new double[] {0.249, 0.664, 0.087}, r.p(), 5e-4);
        assertEquals("[0.249, 0.664, 0.087]", Tutorial.round3(r.p()));
    }

    @Test
    void probabilitiesLieStrictlyBetweenZeroAndOneAndSumToOne() {
        for (double p : r.p()) {
            assertTrue(p > 0 && p < 1, "not in (0, 1): " + p);
        }
        // Three additions of numbers below 1 each round by at most 2^-53: 2 ulp(1) covers them.
        assertEquals(1.0, r.total(), 2 * Math.ulp(1.0));
    }

    @Test
    void keepsTheOrderOfTheLogits() {
        // z: panda 1.23 > seal 0.25 > duck -0.8, and the same for p.
        assertTrue(r.p()[1] > r.p()[0] && r.p()[0] > r.p()[2]);
    }

    @Test
    void predictsPanda() {
        assertEquals(1, r.k());
        assertEquals(Argmax.of(r.z()), r.k(), "argmax(softmax(z)) == argmax(z)");
        assertEquals("panda", r.label());
    }
}
