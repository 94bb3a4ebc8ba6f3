/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.Set;

/** The vector contract of {@link Argmax}: one index per vector (batch: one per row). */
class ArgmaxContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS, Form.ROWS_FLOAT);
    }

    @Override
    double[] of(double[] z) {
        return new double[] {Argmax.of(z)};
    }

    @Override
    float[] of(float[] z) {
        return new float[] {Argmax.of(z)};
    }

    @Override
    double[][] of(double[][] rows) {
        return column(Argmax.of(rows));
    }

    @Override
    float[][] of(float[][] rows) {
        return floatColumn(Argmax.of(rows));
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
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            if (z[i] > z[best]) {
                best = i;
            }
        }
        return new double[] {best};
    }

    @Override
    double toleranceUlps() {
        return 0; // an index: exact
    }
}
