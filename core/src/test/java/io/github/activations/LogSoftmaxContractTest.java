/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@link LogSoftmax}. */
class LogSoftmaxContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS, Form.ROWS_FLOAT,
                Form.INTO, Form.INTO_FLOAT, Form.IN_PLACE, Form.IN_PLACE_FLOAT);
    }

    @Override
    double[] of(double[] z) {
        return LogSoftmax.of(z);
    }

    @Override
    float[] of(float[] z) {
        return LogSoftmax.of(z);
    }

    @Override
    double[][] of(double[][] rows) {
        return LogSoftmax.of(rows);
    }

    @Override
    float[][] of(float[][] rows) {
        return LogSoftmax.of(rows);
    }

    @Override
    double[] into(double[] z, double[] out) {
        return LogSoftmax.into(z, out);
    }

    @Override
    float[] into(float[] z, float[] out) {
        return LogSoftmax.into(z, out);
    }

    @Override
    double[] inPlace(double[] z) {
        return LogSoftmax.inPlace(z);
    }

    @Override
    float[] inPlace(float[] z) {
        return LogSoftmax.inPlace(z);
    }


    @Override
    double[] lengthOneInputs() {
        // [+∞] gives -0.0, not the documented [0.0]: see LogSoftmaxSpecialCasesTest
        return new double[] {0.0, 1.5, -3.0, 1e30, -1e30};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {0.0};
    }

    @Override
    double[] expected(double[] z) {
        return HighPrecision.logSoftmax(z);
    }

    @Override
    double toleranceUlps() {
        return 2; // the class Javadoc: within 2 ulp everywhere
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        double m = Double.NEGATIVE_INFINITY;
        return List.of(new double[] {m}, new double[] {m, m, m});
    }
}
