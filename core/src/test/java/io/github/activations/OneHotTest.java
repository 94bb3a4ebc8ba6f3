/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One-hot: the target distribution of a hard label. */
class OneHotTest {

    @Test
    void aSingleOneAtTheIndex() {
        assertArrayEquals(new double[] {0, 1, 0}, OneHot.of(1, 3));
        assertArrayEquals(new double[] {1}, OneHot.of(0, 1));
        assertArrayEquals(new float[] {0, 0, 1f}, OneHot.ofFloat(2, 3));
    }

    @Test
    void oneRowPerLabel() {
        double[][] batch = OneHot.of(new int[] {2, 0}, 3);
        assertArrayEquals(new double[] {0, 0, 1}, batch[0]);
        assertArrayEquals(new double[] {1, 0, 0}, batch[1]);
    }

    @Test
    void isWhatArgmaxOutputsAsADistribution() {
        double[] z = {0.25, 1.23, -0.8};
        assertArrayEquals(OneHot.of(Argmax.of(z), 3), Softmax.of(z, 0.0));
    }

    @Test
    void crossEntropyAgainstTheOneHotTargetIsTheLabelLoss() {
        double[] z = {0.25, 1.23, -0.8};
        for (int y = 0; y < 3; y++) {
            assertEquals(CrossEntropy.of(z, y), CrossEntropy.of(z, OneHot.of(y, 3)), Math.ulp(CrossEntropy.of(z, y)));
        }
    }
}
