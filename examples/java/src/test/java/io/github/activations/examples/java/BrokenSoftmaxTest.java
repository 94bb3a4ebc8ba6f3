/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.activations.DivideBySum;
import org.junit.jupiter.api.Test;

/**
 * The broken implementations look plausible: on the tutorial's logits they give its numbers to 3 decimals. Only the
 * property tests in {@link SoftmaxProperties} show what is wrong with them.
 */
class BrokenSoftmaxTest {
    private static final double[] Z = {0.25, 1.23, -0.8};
    private static final double[] TUTORIAL = {0.249, 0.664, 0.087};

    @Test
    void withoutMaxShiftPassesTheTutorialsExample() {
        assertArrayEquals(TUTORIAL, BrokenSoftmax.withoutMaxShift(Z), 5e-4);
    }

    @Test
    void summedInFloatPassesTheTutorialsExample() {
        assertArrayEquals(TUTORIAL, BrokenSoftmax.summedInFloat(Z), 5e-4);
    }

    @Test
    void divideBySumPassesTheTutorialsPositiveExample() {
        // z3 = [0.1, 0.9, 0.2]: all positive, so divide-by-sum looks like a probability distribution.
        assertArrayEquals(new double[] {0.083, 0.75, 0.167}, DivideBySum.of(new double[] {0.1, 0.9, 0.2}), 5e-4);
    }
}
