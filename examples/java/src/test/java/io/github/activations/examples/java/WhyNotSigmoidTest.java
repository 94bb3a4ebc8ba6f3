/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhyNotSigmoidTest {
    private final WhyNotSigmoid.Result r = WhyNotSigmoid.compute();

    @Test
    void squashesEachLogitOnItsOwn() {
        assertArrayEquals(new double[] {0.562, 0.774, 0.310}, r.s(), 5e-4);
    }

    @Test
    void scoresDoNotSumToOne() {
        assertEquals(1.646, r.total(), 5e-4);
    }

    @Test
    void twoMutuallyExclusiveClassesPassTheThreshold() {
        assertEquals(2, r.aboveThreshold());
    }
}
