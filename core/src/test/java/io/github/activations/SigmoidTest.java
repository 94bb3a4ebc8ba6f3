/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sigmoid, its complement and its derivative. */
class SigmoidTest {

    @Test
    void ordinaryValues() {
        assertEquals(0.5, Sigmoid.of(0));
        assertEquals(0.7310585786300049, Sigmoid.of(1)); // 1 / (1 + e^-1), correctly rounded
        assertEquals(1.0, Sigmoid.of(1) + Sigmoid.of(-1), 1e-16);
    }

    @Test
    void theComplementIsSigmaOfMinusX() {
        // 1 − σ(40) cancels to 0; σ(−40) is the right answer
        assertEquals(0.0, 1 - Sigmoid.of(40));
        assertEquals(4.248354255291589E-18, Sigmoid.of(-40));
    }

    @Test
    void neverFlushesToZeroEarly() {
        assertEquals(Double.MIN_VALUE, Sigmoid.of(-745));
        assertTrue(Sigmoid.of(-709) > 0 && Sigmoid.of(-709) < Double.MIN_NORMAL);
    }

    @Test
    void arrayFormsApplyTheScalarForm() {
        // the array forms (the scalar path, or SIMD lanes that hand entries below −693 to the
        // scalar kernel) give the scalar bits on both sides of ±693, in the tails, at the
        // infinities and signed zeros, and on random values
        double[] edges = {-745, -3, 0, -0.0, 2.5, 40, 693, -693, Math.nextUp(693.0), Math.nextDown(-693.0),
            708, -708, -709.5, 745, 1e-300, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        java.util.Random random = new java.util.Random(20261129L);
        double[] z = new double[edges.length + 4000];
        System.arraycopy(edges, 0, z, 0, edges.length);
        for (int i = edges.length; i < z.length; i++) {
            z[i] = (random.nextDouble() * 2 - 1) * (i % 2 == 0 ? 30 : 760);
        }
        double[] p = Sigmoid.of(z);
        for (int i = 0; i < z.length; i++) {
            assertEquals(Sigmoid.of(z[i]), p[i], "z = " + z[i]);
        }
        assertArrayEquals(new float[] {0.5f, (float) Sigmoid.of(1)}, Sigmoid.of(new float[] {0, 1}));
        // floats: 3,000 entries (several SIMD blocks of 256 on the vector path), in place as well
        float[] f = new float[3000];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) z[i];
        }
        float[] q = Sigmoid.of(f);
        for (int i = 0; i < f.length; i++) {
            assertEquals((float) Sigmoid.of((double) f[i]), q[i], "z = " + f[i]);
        }
        assertArrayEquals(q, Sigmoid.inPlace(f));
    }

    @Test
    void derivativeAtZeroIsAQuarter() {
        assertEquals(0.25, Sigmoid.derivative(0));
        assertEquals(0.25, Sigmoid.derivative(-0.0));
    }

    @Test
    void derivativeIsSigmaTimesSigmaOfMinusX() {
        for (double x : new double[] {-30, -5, -1, -0.25, 0.5, 1, 2.5, 10, 30}) {
            double expected = Sigmoid.of(x) * Sigmoid.of(-x);
            assertEquals(expected, Sigmoid.derivative(x), 2 * Math.ulp(expected), "x = " + x);
            assertEquals(Sigmoid.derivative(x), Sigmoid.derivative(-x), "symmetric: x = " + x);
        }
        assertEquals(0.19661193324148185, Sigmoid.derivative(1)); // e / (1 + e)², mpmath
        assertEquals(0.07010371654510816, Sigmoid.derivative(2.5));
    }

    @Test
    void derivativeMatchesAFiniteDifference() {
        double h = 1e-5;
        for (double x : new double[] {-3, -0.5, 0, 0.7, 4}) {
            double fd = (Sigmoid.of(x + h) - Sigmoid.of(x - h)) / (2 * h);
            assertEquals(fd, Sigmoid.derivative(x), 1e-10, "x = " + x);
        }
    }

    @Test
    void derivativeTails() {
        assertEquals(4.248354255291589E-18, Sigmoid.derivative(40));
        assertEquals(Double.MIN_VALUE, Sigmoid.derivative(-745));
        assertEquals(0.0, Sigmoid.derivative(800));
        assertEquals(0.0, Sigmoid.derivative(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Sigmoid.derivative(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Sigmoid.derivative(Double.NaN)));
    }
}
