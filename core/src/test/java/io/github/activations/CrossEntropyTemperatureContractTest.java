/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.testing.Reference;

/**
 * The vector contract of {@code CrossEntropy.of(logits, label, temperature)} with label 0 at
 * T = 0.75: that of {@link CrossEntropyContractTest} (forms, names, length 1, undefined input)
 * with the temperature forms and their reference.
 */
class CrossEntropyTemperatureContractTest extends CrossEntropyContractTest {
    private static final double T = 0.75;

    @Override
    double[] of(double[] z) {
        return new double[] {CrossEntropy.of(z, 0, T)};
    }

    @Override
    float[] of(float[] z) {
        return new float[] {CrossEntropy.of(z, 0, T)};
    }

    @Override
    double[][] of(double[][] rows) {
        return column(CrossEntropy.of(rows, new int[rows == null ? 0 : rows.length], T));
    }

    @Override
    double[] expected(double[] z) {
        return new double[] {Reference.logSoftmax(z, T)[0].negate().doubleValue()};
    }
}
