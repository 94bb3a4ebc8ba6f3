/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The logit, inverse of the sigmoid. */
class LogitTest {

    @Test
    void undoesTheSigmoid() {
        // σ(x) is rounded, and near p = 1 the logit magnifies that rounding by 1 / (1 − p):
        // the round trip is good only where σ(x) is not close to 1
        for (double x : new double[] {-30, -5, -1, -0.1, 0, 0.1, 1, 5}) {
            assertEquals(x, Logit.of(Sigmoid.of(x)), 1e-13 * Math.max(1, Math.abs(x)) + 1e-15, "x = " + x);
        }
    }

    @Test
    void knownValues() {
        assertEquals(0.0, Logit.of(0.5));
        assertEquals(Math.log(3), Logit.of(0.75), Math.ulp(Math.log(3)));
        assertEquals(-Math.log(3), Logit.of(0.25), Math.ulp(Math.log(3)));
        // 1 − p is formed exactly, so the largest p below 1 still gives the right logit
        assertEquals(36.7368005696771, Logit.of(1 - 0x1p-53));
    }

    @Test
    void arrayFormsApplyTheScalarForm() {
        double[] p = {0.1, 0.5, 0.99};
        double[] x = Logit.of(p);
        for (int i = 0; i < p.length; i++) {
            assertEquals(Logit.of(p[i]), x[i]);
        }
    }
}
