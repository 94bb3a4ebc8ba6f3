/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Top-k: the k best classes, best first. */
class TopKTest {

    @Test
    void bestFirst() {
        double[] z = {0.25, 1.23, -0.8, 0.9};
        assertArrayEquals(new int[] {1, 3}, TopK.of(z, 2));
        assertArrayEquals(new int[] {1, 3, 0, 2}, TopK.of(z, 4));
    }

    @Test
    void tiesByLowerIndex() {
        assertArrayEquals(new int[] {0, 2, 4}, TopK.of(new double[] {5, 1, 5, 3, 5}, 3));
        assertArrayEquals(new int[] {0, 2, 4, 3, 1}, TopK.of(new double[] {5, 1, 5, 3, 5}, 5));
    }

    @Test
    void topOneIsArgmax() {
        double[][] zs = {{0.25, 1.23, -0.8}, {2, 2, 1}, {-1, -1}, {3}};
        for (double[] z : zs) {
            assertEquals(Argmax.of(z), TopK.of(z, 1)[0]);
        }
    }

    @Test
    void orderDoesNotDependOnTheHeap() {
        // a longer vector with many ties: compare with a stable sort
        double[] z = new double[40];
        for (int i = 0; i < z.length; i++) {
            z[i] = (i * 7) % 5;
        }
        Integer[] idx = new Integer[z.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(z[b], z[a]));
        for (int k = 0; k <= z.length; k++) {
            int[] top = TopK.of(z, k);
            for (int i = 0; i < k; i++) {
                assertEquals(idx[i].intValue(), top[i], "k = " + k);
            }
        }
    }

    @Test
    void floatAndBatchForms() {
        assertArrayEquals(new int[] {2, 0}, TopK.of(new float[] {1, 0, 2}, 2));
        int[][] top = TopK.of(new double[][] {{1, 0, 2}, {3, 4}}, 1);
        assertArrayEquals(new int[] {2}, top[0]);
        assertArrayEquals(new int[] {1}, top[1]);
    }
}
