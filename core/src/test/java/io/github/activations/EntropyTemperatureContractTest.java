/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.testing.Reference;

/** The vector contract of {@code Entropy.ofLogits(z, temperature)} and its forms, at T = 0.75. */
class EntropyTemperatureContractTest extends EntropyContractTest {
    private static final double T = 0.75;

    @Override
    double[] of(double[] z) {
        return new double[] {Entropy.ofLogits(z, T)};
    }

    @Override
    float[] of(float[] z) {
        return new float[] {Entropy.ofLogits(z, T)};
    }

    @Override
    double[][] of(double[][] rows) {
        return column(Entropy.ofLogits(rows, T));
    }

    @Override
    double[] expected(double[] z) {
        return new double[] {Reference.entropy(z, T).doubleValue()};
    }
}
