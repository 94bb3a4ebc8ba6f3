/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.Tutorial.Z1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Entropy in nats, of probabilities and of logits. */
class EntropyTest {

    @Test
    void ofLogitsIsTheEntropyOfTheirSoftmax() {
        double[] p = Softmax.of(Z1);
        double expected = -(p[0] * Math.log(p[0]) + p[1] * Math.log(p[1]) + p[2] * Math.log(p[2]));
        assertEquals(expected, Entropy.ofLogits(Z1), 1e-15);
        assertEquals(expected, Entropy.of(p), 1e-15);
    }

    @Test
    void equalLogitsGiveLnN() {
        // s = n − 1 maxima, A = 0: H = log1p(n − 1) = ln n, within 1 ulp of Math.log(n)
        for (int n : new int[] {1, 2, 3, 10, 1000}) {
            double[] z = new double[n];
            assertEquals(Math.log(n), Entropy.ofLogits(z), Math.ulp(Math.log(n)), "n = " + n);
            assertEquals(Math.log(n), Entropy.ofLogits(z, 0.3), Math.ulp(Math.log(n)), "n = " + n + ", T = 0.3");
        }
    }

    @Test
    void temperatureSharpensAndFlattens() {
        double h = Entropy.ofLogits(Z1);
        double sharp = Entropy.ofLogits(Z1, 0.5);
        double flat = Entropy.ofLogits(Z1, 2);
        assertEquals(0.0, Entropy.ofLogits(Z1, 0.0));
        assertEquals(Math.log(3), Entropy.ofLogits(Z1, Double.POSITIVE_INFINITY), Math.ulp(Math.log(3)));
        assertEquals(true, 0 < sharp && sharp < h && h < flat && flat < Math.log(3), sharp + " < " + h + " < " + flat);
    }

    @Test
    void nearlyOneHotRowKeepsItsDigits() {
        // the rounded softmax of [0, −50] is [1.0, e^-50]: −Σ p ln p over it loses the first
        // term, −(1 − e^-50) ln(1 − e^-50) ≈ e^-50, and gives 50·e^-50, 2 % low
        double[] z = {0, -50};
        double h = Entropy.ofLogits(z);
        assertEquals(9.83662422461598E-21, h, 2 * Math.ulp(h));
        assertEquals(50 * Math.exp(-50), Entropy.of(Softmax.of(z)), 1e-35);
    }

    @Test
    void floatForms() {
        float[] z = {0.25f, 1.23f, -0.8f};
        double[] wide = {z[0], z[1], z[2]};
        assertEquals((float) Entropy.ofLogits(wide), Entropy.ofLogits(z));
        assertEquals((float) Entropy.ofLogits(wide, 0.7), Entropy.ofLogits(z, 0.7));
        float[] p = {0.25f, 0.5f, 0.25f};
        assertEquals((float) Entropy.of(new double[] {0.25, 0.5, 0.25}), Entropy.of(p));
    }
}
