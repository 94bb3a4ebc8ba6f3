/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@link Softmax}, every form, including the batch {@code into} and {@code inPlace}. */
class SoftmaxContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.allOf(Form.class);
    }

    @Override
    double[] of(double[] z) {
        return Softmax.of(z);
    }

    @Override
    float[] of(float[] z) {
        return Softmax.of(z);
    }

    @Override
    double[][] of(double[][] rows) {
        return Softmax.of(rows);
    }

    @Override
    float[][] of(float[][] rows) {
        return Softmax.of(rows);
    }

    @Override
    double[] into(double[] z, double[] out) {
        return Softmax.into(z, out);
    }

    @Override
    float[] into(float[] z, float[] out) {
        return Softmax.into(z, out);
    }

    @Override
    double[] inPlace(double[] z) {
        return Softmax.inPlace(z);
    }

    @Override
    float[] inPlace(float[] z) {
        return Softmax.inPlace(z);
    }

    @Override
    double[][] into(double[][] rows, double[][] out) {
        return Softmax.into(rows, out);
    }

    @Override
    double[][] inPlace(double[][] rows) {
        return Softmax.inPlace(rows);
    }


    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.5, -3.0, 1e30, -1e30, Double.POSITIVE_INFINITY};
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
        return 2; // the class Javadoc: each element within 2 ulp
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        double m = Double.NEGATIVE_INFINITY;
        return List.of(new double[] {m}, new double[] {m, m, m});
    }
}
