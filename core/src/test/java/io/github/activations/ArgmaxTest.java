/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Argmax: the predicted class. */
class ArgmaxTest {

    @Test
    void tutorialPredictsPanda() {
        double[] z = {0.25, 1.23, -0.8};
        assertEquals(1, Argmax.of(z));
        assertEquals(Argmax.of(z), Argmax.of(Softmax.of(z)), "softmax keeps the order");
    }

    @Test
    void tiesGoToTheFirstIndex() {
        assertEquals(0, Argmax.of(new double[] {2, 2, 2}));
        assertEquals(1, Argmax.of(new double[] {0, 2, 1, 2}));
        assertEquals(1, Argmax.of(new float[] {0, 2, 1, 2}));
    }

    @Test
    void batchGivesOneIndexPerRow() {
        assertArrayEquals(new int[] {1, 0, 2}, Argmax.of(new double[][] {{0.25, 1.23, -0.8}, {5}, {1, 1, 3}}));
        assertArrayEquals(new int[] {1, 0}, Argmax.of(new float[][] {{0, 1}, {1, 0}}));
    }
}
