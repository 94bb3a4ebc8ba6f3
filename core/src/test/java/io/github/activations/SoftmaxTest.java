/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.Tutorial.Z1;
import static io.github.activations.Tutorial.round3;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The softmax of the tutorial, step by step. */
class SoftmaxTest {

    @Test
    void tutorialLogitsGiveTheTutorialProbabilities() {
        double[] p = Softmax.of(Z1);
        assertArrayEquals(new double[] {0.249, 0.664, 0.087}, round3(p));
        assertEquals(1.0, Tutorial.sum(p), 1e-15);
        assertArrayEquals(new double[] {0.25, 1.23, -0.8}, Z1, "z is untouched");
    }

    @Test
    void floatFormGivesTheSameNumbers() {
        float[] p = Softmax.of(new float[] {0.25f, 1.23f, -0.8f});
        assertEquals(0.249, p[0], 5e-4);
        assertEquals(0.664, p[1], 5e-4);
        assertEquals(0.087, p[2], 5e-4);
    }

    @Test
    void inPlaceOverwritesAndIntoWritesOut() {
        double[] z = Z1.clone();
        assertSame(z, Softmax.inPlace(z));
        assertArrayEquals(Softmax.of(Z1), z);
        double[] out = new double[3];
        assertSame(out, Softmax.into(Z1, out));
        assertArrayEquals(Softmax.of(Z1), out);
    }

    @Test
    void addingAConstantChangesNothing() {
        // softmax(z + c) = softmax(z); with c = 1000 a naive exp would overflow
        double[] shifted = {1000.25, 1001.23, 999.2};
        assertArrayEquals(Softmax.of(Z1), Softmax.of(shifted), 1e-12);
    }

    @Test
    void twoClassesAreTheSigmoid() {
        for (double z : new double[] {-745, -40, -1, -0.0, 0, 0.5, 3, 37, 800}) {
            assertEquals(Sigmoid.of(z), Softmax.of(new double[] {z, 0})[0], "z = " + z);
        }
    }

    @Test
    void temperatureOneIsPlainSoftmax() {
        assertArrayEquals(Softmax.of(Z1), Softmax.of(Z1, 1.0));
    }

    @Test
    void lowTemperatureSharpensHighTemperatureFlattens() {
        double plain = Softmax.of(Z1)[1];
        assertTrue(Softmax.of(Z1, 0.5)[1] > plain);
        assertTrue(Softmax.of(Z1, 2.0)[1] < plain);
    }

    @Test
    void temperatureZeroIsOneHotArgmax() {
        assertArrayEquals(new double[] {0, 1, 0}, Softmax.of(Z1, 0.0));
        assertArrayEquals(new double[] {0.5, 0, 0.5}, Softmax.of(new double[] {2, 1, 2}, 0.0), "ties share");
    }

    @Test
    void temperatureInfinityIsUniform() {
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, Softmax.of(Z1, Double.POSITIVE_INFINITY));
    }

    @Test
    void floatTemperatureIsTheDoubleTemperature() {
        float[] z = {0.25f, 1.23f, -0.8f};
        assertArrayEquals(Softmax.of(z, 0.5), Softmax.of(z, 0.5f));
        assertArrayEquals(Softmax.of(new float[][] {z}, 3.0)[0], Softmax.of(new float[][] {z}, 3.0f)[0]);
        assertThrows(IllegalArgumentException.class, () -> Softmax.of(z, -1f));
    }

    @Test
    void negativeTemperatureIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Softmax.of(Z1, -1.0));
        assertTrue(e.getMessage().contains("temperature"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Softmax.of(Z1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Softmax.of(Z1, Double.NEGATIVE_INFINITY));
    }

    @Test
    void maskTrueMeansKeptAndMaskedEntriesAreNotRead() {
        // a padded sequence: the last two slots are padding and may hold anything, NaN included
        double[] z = {0.25, 1.23, -0.8, Double.NaN, Double.POSITIVE_INFINITY};
        boolean[] keep = {true, true, true, false, false};
        double[] p = Softmax.of(z, keep);
        double[] expected = Softmax.of(Z1);
        assertArrayEquals(new double[] {expected[0], expected[1], expected[2], 0, 0}, p);
    }

    @Test
    void maskOfOneEntryGivesOne() {
        assertArrayEquals(new double[] {0, 1, 0}, Softmax.of(new double[] {5, -3, 7}, new boolean[] {false, true, false}));
    }

    @Test
    void fullyMaskedVectorGivesZeros() {
        assertArrayEquals(new double[] {0, 0}, Softmax.of(new double[] {1, 2}, new boolean[2]));
    }

    @Test
    void maskOfAnotherLengthIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Softmax.of(Z1, new boolean[] {true}));
        assertTrue(e.getMessage().contains("mask.length 1") && e.getMessage().contains("z.length 3"), e.getMessage());
    }

    @Test
    void jacobianOfTheTutorial() {
        double[] p = Softmax.of(Z1);
        double[][] j = Softmax.jacobian(p);
        for (int a = 0; a < 3; a++) {
            assertEquals(p[a] * (1 - p[a]), j[a][a], 1e-16);
            double rowSum = 0;
            for (int b = 0; b < 3; b++) {
                assertEquals(j[a][b], j[b][a], "symmetric");
                rowSum += j[a][b];
            }
            assertEquals(0, rowSum, 1e-16, "each row sums to 0: softmax ignores a shift of z");
        }
    }

    @Test
    void backwardEqualsJacobianTimesGradient() {
        double[][] ps = {Softmax.of(Z1), {0.5, 0.5}, {0.1, 0.2, 0.3, 0.4}, {1.0}};
        double[][] gs = {{1, -2, 0.5}, {3, -1}, {0.25, 0, -4, 1}, {2}};
        for (int c = 0; c < ps.length; c++) {
            double[] p = ps[c];
            double[] g = gs[c];
            double[][] j = Softmax.jacobian(p);
            double[] dz = Softmax.backward(p, g);
            for (int i = 0; i < p.length; i++) {
                double expected = 0;
                for (int k = 0; k < p.length; k++) {
                    expected += j[k][i] * g[k];
                }
                assertEquals(expected, dz[i], 1e-15, "case " + c + ", entry " + i);
            }
        }
    }

    @Test
    void backwardOfAOneHotGradientIsAJacobianRow() {
        double[] p = Softmax.of(Z1);
        double[][] j = Softmax.jacobian(p);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(j[k], Softmax.backward(p, OneHot.of(k, 3)), 1e-16);
        }
    }

    @Test
    void backwardOfTheCrossEntropyGradientIsPMinusTarget() {
        // dL/dp = -t / p for L = -Σ t ln p; the chain rule through softmax gives p - t
        double[] p = Softmax.of(Z1);
        double[] t = OneHot.of(1, 3);
        double[] g = {0, -1 / p[1], 0};
        double[] dz = Softmax.backward(p, g);
        for (int i = 0; i < 3; i++) {
            assertEquals(p[i] - t[i], dz[i], 1e-15);
        }
    }

    @Test
    void backwardFloatForm() {
        float[] dz = Softmax.backward(new float[] {0.25f, 0.75f}, new float[] {1, 0});
        assertArrayEquals(new float[] {0.1875f, -0.1875f}, dz);
    }

    @Test
    void backwardRejectsLogits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Softmax.backward(Z1, new double[3]));
        assertTrue(e.getMessage().contains("p[1]"), e.getMessage());
    }

    @Test
    void batchIsRowByRow() {
        double[][] p = Softmax.of(new double[][] {Z1, {0, 0}});
        assertArrayEquals(Softmax.of(Z1), p[0]);
        assertArrayEquals(new double[] {0.5, 0.5}, p[1]);
    }
}
