/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.Tutorial.round3;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Softmin: softmax of the negated scores, favouring the smallest. */
class SoftminTest {

    @Test
    void isSoftmaxOfMinusZBitForBit() {
        double[] z = {0.25, 1.23, -0.8};
        assertArrayEquals(Softmax.of(new double[] {-0.25, -1.23, 0.8}), Softmin.of(z));
        assertArrayEquals(Softmax.of(new double[] {-0.25, -1.23, 0.8}, 2.0), Softmin.of(z, 2.0));
    }

    @Test
    void favoursTheSmallestCost() {
        double[] distances = {3.0, 0.5, 1.0};
        assertEquals(1, Argmax.of(Softmin.of(distances)));
        assertArrayEquals(new double[] {0.049, 0.592, 0.359}, round3(Softmin.of(distances)));
    }
}
