/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.testing.Reference;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@code Entropy.ofLogits(z)} and its forms (one value per vector). */
class EntropyContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS);
    }

    @Override
    double[] of(double[] z) {
        return new double[] {Entropy.ofLogits(z)};
    }

    @Override
    float[] of(float[] z) {
        return new float[] {Entropy.ofLogits(z)};
    }

    @Override
    double[][] of(double[][] rows) {
        return column(Entropy.ofLogits(rows));
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.5, -3.0, 1e30, -1e30, Double.POSITIVE_INFINITY};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {0.0};
    }

    @Override
    double[] expected(double[] z) {
        return new double[] {Reference.entropy(z, 1).doubleValue()};
    }

    @Override
    double toleranceUlps() {
        return 1; // the class Javadoc: within 1 ulp
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        double m = Double.NEGATIVE_INFINITY;
        return List.of(new double[] {m}, new double[] {m, m, m});
    }
}
