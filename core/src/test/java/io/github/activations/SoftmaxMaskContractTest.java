/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@code Softmax.of(z, mask)} with every entry kept. */
class SoftmaxMaskContractTest extends ActivationContractTest {
    private static boolean[] keepAll(int n) {
        boolean[] m = new boolean[n];
        java.util.Arrays.fill(m, true);
        return m;
    }

    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT);
    }

    @Override
    double[] of(double[] z) {
        return Softmax.of(z, keepAll(z == null ? 0 : z.length));
    }

    @Override
    float[] of(float[] z) {
        return Softmax.of(z, keepAll(z == null ? 0 : z.length));
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.5, -3.0, Double.POSITIVE_INFINITY};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {1.0};
    }

    @Override
    double[] expected(double[] z) {
        return HighPrecision.softmax(z);
    }

    @Override
    double toleranceUlps() {
        return 2; // as the unmasked softmax
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        double m = Double.NEGATIVE_INFINITY;
        return List.of(new double[] {m, m});
    }
}
