/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.Tutorial.Z1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cross-entropy: −ln of the probability given to the true class. */
class CrossEntropyTest {

    @Test
    void isMinusLnSoftmaxOfTheLabel() {
        double[] p = Softmax.of(Z1);
        for (int y = 0; y < 3; y++) {
            double naive = -Math.log(p[y]);
            assertEquals(naive, CrossEntropy.of(Z1, y), 4 * Math.ulp(naive), "label " + y);
            assertEquals(-LogSoftmax.of(Z1)[y], CrossEntropy.of(Z1, y), 2 * Math.ulp(naive));
        }
    }

    @Test
    void tutorialLossForPanda() {
        // p(panda) = 0.664, so the loss is −ln 0.6637 = 0.410
        assertEquals(0.410, CrossEntropy.of(Z1, 1), 5e-4);
    }

    @Test
    void staysFiniteWhereTheNaiveFormulaIsInfinite() {
        double[] z = {0, 800};
        assertEquals(0.0, Softmax.of(z)[0]);
        assertEquals(Double.POSITIVE_INFINITY, -Math.log(Softmax.of(z)[0]));
        assertEquals(800.0, CrossEntropy.of(z, 0));
    }

    @Test
    void softTargetsWeighTheLogProbabilities() {
        double[] t = {0.2, 0.7, 0.1};
        double[] logp = LogSoftmax.of(Z1);
        double expected = -(t[0] * logp[0] + t[1] * logp[1] + t[2] * logp[2]);
        assertEquals(expected, CrossEntropy.of(Z1, t), 1e-15);
    }

    @Test
    void batchAndMean() {
        double[][] logits = {Z1, {2, 0}};
        int[] labels = {1, 0};
        double[] losses = CrossEntropy.of(logits, labels);
        assertArrayEquals(new double[] {CrossEntropy.of(Z1, 1), CrossEntropy.of(new double[] {2, 0}, 0)}, losses);
        assertEquals((losses[0] + losses[1]) / 2, CrossEntropy.mean(logits, labels), 1e-16);
        assertEquals(0, CrossEntropy.of(new double[0][], new int[0]).length);
    }

    @Test
    void meanOfNoRowsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossEntropy.mean(new double[0][], new int[0]));
        assertTrue(e.getMessage().contains("no rows"), e.getMessage());
    }

    @Test
    void labelsOfAnotherLengthAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossEntropy.of(new double[][] {Z1}, new int[] {0, 1}));
        assertTrue(e.getMessage().contains("labels.length 2") && e.getMessage().contains("logits.length 1"), e.getMessage());
    }

    @Test
    void floatForms() {
        float[] z = {0.25f, 1.23f, -0.8f};
        assertEquals((float) CrossEntropy.of(new double[] {z[0], z[1], z[2]}, 2), CrossEntropy.of(z, 2));
        assertEquals((float) CrossEntropy.of(new double[] {z[0], z[1], z[2]}, new double[] {0, 1, 0}),
                CrossEntropy.of(z, new float[] {0, 1, 0}));
    }
}
