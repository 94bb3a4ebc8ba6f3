/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.Set;

/** The vector contract of {@link LogSigmoid} (it has no batch form). */
class LogSigmoidContractTest extends ActivationContractTest {
    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.INTO, Form.INTO_FLOAT, Form.IN_PLACE, Form.IN_PLACE_FLOAT);
    }

    @Override
    double[] of(double[] z) {
        return LogSigmoid.of(z);
    }

    @Override
    float[] of(float[] z) {
        return LogSigmoid.of(z);
    }

    @Override
    double[] into(double[] z, double[] out) {
        return LogSigmoid.into(z, out);
    }

    @Override
    float[] into(float[] z, float[] out) {
        return LogSigmoid.into(z, out);
    }

    @Override
    double[] inPlace(double[] z) {
        return LogSigmoid.inPlace(z);
    }

    @Override
    float[] inPlace(float[] z) {
        return LogSigmoid.inPlace(z);
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, -0.0, 1.5, -3.0, 100.0, -100.0,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }

    @Override
    double[] expectedOfLengthOne(double x) {
        return new double[] {LogSigmoid.of(x)};
    }

    @Override
    double[] expected(double[] z) {
        double[] r = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            r[i] = HighPrecision.logSigmoid(z[i]);
        }
        return r;
    }

    @Override
    double toleranceUlps() {
        return 1; // the class Javadoc: within 1 ulp everywhere
    }
}
