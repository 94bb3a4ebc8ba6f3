/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@link DivideBySum}. */
class DivideBySumContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS, Form.ROWS_FLOAT,
                Form.INTO, Form.INTO_FLOAT, Form.IN_PLACE, Form.IN_PLACE_FLOAT);
    }

    @Override
    double[] of(double[] z) {
        return DivideBySum.of(z);
    }

    @Override
    float[] of(float[] z) {
        return DivideBySum.of(z);
    }

    @Override
    double[][] of(double[][] rows) {
        return DivideBySum.of(rows);
    }

    @Override
    float[][] of(float[][] rows) {
        return DivideBySum.of(rows);
    }

    @Override
    double[] into(double[] z, double[] out) {
        return DivideBySum.into(z, out);
    }

    @Override
    float[] into(float[] z, float[] out) {
        return DivideBySum.into(z, out);
    }

    @Override
    double[] inPlace(double[] z) {
        return DivideBySum.inPlace(z);
    }

    @Override
    float[] inPlace(float[] z) {
        return DivideBySum.inPlace(z);
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {1.5, -3.0, 100.0, 1e-30, Float.MIN_VALUE};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {1.0};
    }

    @Override
    double[] expected(double[] z) {
        return HighPrecision.divideBySum(z);
    }

    @Override
    double toleranceUlps() {
        return 1; // the class Javadoc: within 1 ulp
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        return List.of(new double[] {0.0}, new double[] {-0.25, 1, -0.75},
                new double[] {1, Double.POSITIVE_INFINITY}, new double[] {Double.NEGATIVE_INFINITY});
    }
}
