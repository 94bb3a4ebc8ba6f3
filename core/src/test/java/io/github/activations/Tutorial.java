/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

/** Small helpers for the tutorial tests: the numbers a learner reads, to 3 decimals. */
final class Tutorial {
    /** The tutorial's logits for {seal, panda, duck}. */
    static final double[] Z1 = {0.25, 1.23, -0.8};

    private Tutorial() {
    }

    /** Each entry rounded half away from zero to 3 decimals, as the tutorial prints it. */
    static double[] round3(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = new java.math.BigDecimal(v[i]).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue();
        }
        return r;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
