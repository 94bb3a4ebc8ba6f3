/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.testing.Reference;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@code Entropy.of(p)} for probability vectors; the parameter is {@code p}. */
class EntropyOfProbabilitiesContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.ROWS);
    }

    @Override
    String vectorName() {
        return "p";
    }

    @Override
    double[] of(double[] p) {
        return new double[] {Entropy.of(p)};
    }

    @Override
    float[] of(float[] p) {
        return new float[] {Entropy.of(p)};
    }

    @Override
    double[][] of(double[][] rows) {
        return column(Entropy.of(rows));
    }

    /**
     * Probabilities k/16 (float-representable, not summing to 1: Entropy.of takes them as given);
     * the first is 0, so the contract's negated first entry of a row is −0.0, still valid.
     */
    @Override
    double[] ordinary(int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = (i * 5 % 16) / 16.0;
        }
        return p;
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.0, -0.0};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {0.0};
    }

    @Override
    double[] expected(double[] p) {
        return new double[] {Reference.entropy(p).doubleValue()};
    }

    @Override
    double toleranceUlps() {
        return 1; // the class Javadoc: within 1 ulp
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        return List.of(new double[] {1.5}, new double[] {0.5, -0.25}, new double[] {Double.POSITIVE_INFINITY, 0});
    }
}
