/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@link Softmin}. */
class SoftminContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS, Form.ROWS_FLOAT,
                Form.INTO, Form.INTO_FLOAT, Form.IN_PLACE, Form.IN_PLACE_FLOAT);
    }

    @Override
    double[] of(double[] z) {
        return Softmin.of(z);
    }

    @Override
    float[] of(float[] z) {
        return Softmin.of(z);
    }

    @Override
    double[][] of(double[][] rows) {
        return Softmin.of(rows);
    }

    @Override
    float[][] of(float[][] rows) {
        return Softmin.of(rows);
    }

    @Override
    double[] into(double[] z, double[] out) {
        return Softmin.into(z, out);
    }

    @Override
    float[] into(float[] z, float[] out) {
        return Softmin.into(z, out);
    }

    @Override
    double[] inPlace(double[] z) {
        return Softmin.inPlace(z);
    }

    @Override
    float[] inPlace(float[] z) {
        return Softmin.inPlace(z);
    }


    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.5, -3.0, 1e30, Double.NEGATIVE_INFINITY};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {1.0};
    }

    @Override
    double[] expected(double[] z) {
        double[] neg = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            neg[i] = -z[i];
        }
        return HighPrecision.softmax(neg);
    }

    @Override
    double toleranceUlps() {
        return 2; // as Softmax: negation is exact
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        double p = Double.POSITIVE_INFINITY;
        return List.of(new double[] {p}, new double[] {p, p, p});
    }
}
