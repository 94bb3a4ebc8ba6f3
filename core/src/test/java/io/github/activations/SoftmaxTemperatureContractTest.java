/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@code Softmax.of(z, temperature)} and its forms, at T = 0.75. */
class SoftmaxTemperatureContractTest extends ActivationContractTest {
    private static final double T = 0.75;

    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS, Form.ROWS_FLOAT, Form.INTO, Form.IN_PLACE);
    }

    @Override
    double[] of(double[] z) {
        return Softmax.of(z, T);
    }

    @Override
    float[] of(float[] z) {
        return Softmax.of(z, T);
    }

    @Override
    double[][] of(double[][] rows) {
        return Softmax.of(rows, T);
    }

    @Override
    float[][] of(float[][] rows) {
        return Softmax.of(rows, T);
    }

    @Override
    double[] into(double[] z, double[] out) {
        return Softmax.into(z, T, out);
    }

    @Override
    double[] inPlace(double[] z) {
        return Softmax.inPlace(z, T);
    }


    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.5, -3.0, 1e30, Double.POSITIVE_INFINITY};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {1.0};
    }

    @Override
    double[] expected(double[] z) {
        return HighPrecision.softmax(z, T);
    }

    @Override
    double toleranceUlps() {
        return 2; // z / T is kept in double-double, so the bound of T = 1 holds
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        double m = Double.NEGATIVE_INFINITY;
        return List.of(new double[] {m, m});
    }
}
