/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.Set;

/** The vector contract of {@link TopK} with k = 1 (so every row of a batch qualifies). */
class TopKContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS);
    }

    @Override
    double[] of(double[] z) {
        return java.util.Arrays.stream(TopK.of(z, 1)).asDoubleStream().toArray();
    }

    @Override
    float[] of(float[] z) {
        return narrow(java.util.Arrays.stream(TopK.of(z, 1)).asDoubleStream().toArray());
    }

    @Override
    double[][] of(double[][] rows) {
        int[][] top = TopK.of(rows, 1);
        double[][] r = new double[top.length][];
        for (int i = 0; i < top.length; i++) {
            r[i] = java.util.Arrays.stream(top[i]).asDoubleStream().toArray();
        }
        return r;
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, -3.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {0};
    }

    @Override
    double[] expected(double[] z) {
        return new double[] {Argmax.of(z)};
    }

    @Override
    double toleranceUlps() {
        return 0; // indices: exact
    }
}
