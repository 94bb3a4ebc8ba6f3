/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.testing.Reference;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The vector contract of {@code LogSoftmax.of(z, temperature)} and its forms at T = 0.75: that
 * of {@link LogSoftmaxContractTest} (length 1, undefined input, the 2-ulp bound) with the
 * temperature forms and their reference.
 */
class LogSoftmaxTemperatureContractTest extends LogSoftmaxContractTest {
    private static final double T = 0.75;

    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS, Form.ROWS_FLOAT, Form.INTO, Form.INTO_FLOAT, Form.IN_PLACE);
    }

    @Override
    double[] of(double[] z) {
        return LogSoftmax.of(z, T);
    }

    @Override
    float[] of(float[] z) {
        return LogSoftmax.of(z, T);
    }

    @Override
    double[][] of(double[][] rows) {
        return LogSoftmax.of(rows, T);
    }

    @Override
    float[][] of(float[][] rows) {
        return LogSoftmax.of(rows, T);
    }

    @Override
    double[] into(double[] z, double[] out) {
        return LogSoftmax.into(z, T, out);
    }

    @Override
    float[] into(float[] z, float[] out) {
        return LogSoftmax.into(z, T, out);
    }

    @Override
    double[] inPlace(double[] z) {
        return LogSoftmax.inPlace(z, T);
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.5, -3.0, 1e30, -1e30, Double.POSITIVE_INFINITY};
    }

    @Override
    double[] expected(double[] z) {
        return Arrays.stream(Reference.logSoftmax(z, T)).mapToDouble(BigDecimal::doubleValue).toArray();
    }
}
