/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

/**
 * Deliberately broken softmax implementations. Each looks plausible and passes the tutorial's example; the property
 * tests in {@link SoftmaxProperties} catch every one of them.
 */
final class BrokenSoftmax {
    private BrokenSoftmax() { }

    /** The formula as written, without subtracting the maximum: exp overflows past 709.78 and underflows past −745. */
    static double[] withoutMaxShift(double[] z) {
        return NumericalStability.naiveSoftmax(z);
    }

    // tag::summed-in-float[]
    /** Subtracts the maximum as it should, but adds the exponentials up in a float: 24 bits, not 53. */
    static double[] summedInFloat(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] e = new double[z.length];
        float sum = 0;
        for (int i = 0; i < z.length; i++) {
            e[i] = Math.exp(z[i] - max);
            sum += (float) e[i];                 // each addition rounds to 24 bits
        }
        for (int i = 0; i < z.length; i++) {
            e[i] /= sum;
        }
        return e;
    }
    // end::summed-in-float[]
}
