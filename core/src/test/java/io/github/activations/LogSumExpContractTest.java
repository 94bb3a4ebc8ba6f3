/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.Set;

/** The vector contract of {@link LogSumExp}, one number per vector (batch: one per row). */
class LogSumExpContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS, Form.ROWS_FLOAT);
    }

    @Override
    double[] of(double[] z) {
        return new double[] {LogSumExp.of(z)};
    }

    @Override
    float[] of(float[] z) {
        return new float[] {LogSumExp.of(z)};
    }

    @Override
    double[][] of(double[][] rows) {
        return column(LogSumExp.of(rows));
    }

    @Override
    float[][] of(float[][] rows) {
        return floatColumn(LogSumExp.of(rows));
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, -0.5, 1.5, -3.0, 1e30, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {x};
    }

    @Override
    double[] expected(double[] z) {
        return new double[] {HighPrecision.logSumExp(z)};
    }

    @Override
    double toleranceUlps() {
        return 2; // the class Javadoc: within 2 ulp everywhere
    }
}
