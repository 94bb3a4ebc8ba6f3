/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The vector contract of {@link Logit}: its parameter is {@code p}, and it has no batch form. */
class LogitContractTest extends ActivationContractTest {
    private static final double[] PROBABILITIES = {0.25, 0.6, 0.1, 0.9, 0.5, 0.75, 0.01, 0.999};

    @Override
    Set<Form> forms() {
        return EnumSet.of(Form.OF, Form.OF_FLOAT, Form.INTO, Form.INTO_FLOAT, Form.IN_PLACE, Form.IN_PLACE_FLOAT);
    }

    @Override
    String vectorName() {
        return "p";
    }

    @Override
    double[] of(double[] p) {
        return Logit.of(p);
    }

    @Override
    float[] of(float[] p) {
        return Logit.of(p);
    }

    @Override
    double[] into(double[] p, double[] out) {
        return Logit.into(p, out);
    }

    @Override
    float[] into(float[] p, float[] out) {
        return Logit.into(p, out);
    }

    @Override
    double[] inPlace(double[] p) {
        return Logit.inPlace(p);
    }

    @Override
    float[] inPlace(float[] p) {
        return Logit.inPlace(p);
    }

    @Override
    double[] ordinary(int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = (float) PROBABILITIES[i % PROBABILITIES.length];
        }
        return p;
    }

    @Override
    double[] lengthOneInputs() {
        return new double[] {0.0, -0.0, 0.5, 1.0, 0.25, 0.875};
    }

    @Override
    double[] expectedOfLengthOne(double p) {
        return new double[] {Logit.of(p)};
    }

    @Override
    double[] expected(double[] p) {
        double[] r = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = HighPrecision.logit(p[i]);
        }
        return r;
    }

    @Override
    double toleranceUlps() {
        return 1; // the class Javadoc: within 1 ulp
    }

    @Override
    List<double[]> invalidWithoutNaN() {
        return List.of(new double[] {0.5, 1.5, 0.25}, new double[] {-0.25},
                new double[] {0.5, Double.POSITIVE_INFINITY});
    }
}
