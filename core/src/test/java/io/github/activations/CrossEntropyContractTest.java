/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@code CrossEntropy.of(logits, label)} with label 0; the parameter is {@code logits}. */
class CrossEntropyContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS);
    }

    @Override
    String vectorName() {
        return "logits";
    }

    @Override
    String batchName() {
        return "logits";
    }

    @Override
    double[] of(double[] z) {
        return new double[] {CrossEntropy.of(z, 0)};
    }

    @Override
    float[] of(float[] z) {
        return new float[] {CrossEntropy.of(z, 0)};
    }

    @Override
    double[][] of(double[][] rows) {
        return column(CrossEntropy.of(rows, new int[rows == null ? 0 : rows.length]));
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.5, -3.0, 1e30, Double.POSITIVE_INFINITY};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {0.0};
    }

    @Override
    double[] expected(double[] z) {
        return new double[] {HighPrecision.crossEntropy(z, 0)};
    }

    @Override
    double toleranceUlps() {
        return 2; // the class Javadoc: the label form within 2 ulp
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        double m = Double.NEGATIVE_INFINITY;
        return List.of(new double[] {m}, new double[] {m, m});
    }
}
