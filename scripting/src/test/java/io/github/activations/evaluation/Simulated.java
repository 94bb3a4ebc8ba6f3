/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.data.Dataset;
import io.github.activations.data.LogitMatrix;
import java.util.SplittableRandom;

/**
 * Seeded simulated classifiers for the tests. The true class y is uniform; each logit is
 * zⱼ = N(0, 1) + boost·[j = y]. For this generative model the exact posterior is
 * P(y = c | z) ∝ exp(boost · z_c) (the Gaussian likelihood ratio), so softmax(boost · z) is
 * perfectly calibrated; the model's logits are {@code overconfidence · boost · z}, so the
 * temperature that calibrates them tends to {@code overconfidence} as the rows grow. Logits are
 * rounded to multiples of 1/16 (exact in float and in the Dfp reference, whose exponentials are
 * then one per distinct value); the rounding moves a logit by at most 1/32.
 */
final class Simulated {
    /** The default seed of every simulated data set; a failing test prints it with the data set name. */
    static final long SEED = 20_261_130L;

    private Simulated() {
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller: enough for test data, and independent of java.util.Random's generator
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    static double quantise(double x) {
        return Math.rint(x * 16) / 16;
    }

    /** A multi-class data set of float logits, as above. */
    static Dataset multiClass(String name, int rows, int classes, double boost, double overconfidence, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[rows * classes];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = random.nextInt(classes);
            for (int j = 0; j < classes; j++) {
                double x = gaussian(random) + (j == y[r] ? boost : 0);
                z[r * classes + j] = (float) quantise(overconfidence * boost * x);
            }
        }
        return Dataset.of(name, LogitMatrix.wrap(z, rows, classes), y, null);
    }

    /**
     * A one-score data set: c ~ N(0, spread²) is the calibrated logit, y ~ Bernoulli(σ(c)), and
     * the model's score is s = overconfidence · c + shift, so Platt's map tends to
     * a = 1/overconfidence, b = −shift/overconfidence.
     */
    static Dataset binary(String name, int rows, double spread, double overconfidence, double shift, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] s = new double[rows];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            double c = spread * gaussian(random);
            y[r] = random.nextDouble() < 1 / (1 + Math.exp(-c)) ? 1 : 0;
            s[r] = quantise(overconfidence * c + shift);
        }
        return Dataset.of(name, LogitMatrix.wrap(s, rows, 1), y, null);
    }
}
