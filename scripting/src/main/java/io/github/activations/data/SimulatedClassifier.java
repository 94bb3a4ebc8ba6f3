/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The outputs of a simulated classifier whose calibration is known exactly, for learners and tests.
 *
 * <p>Each row draws a label y uniformly from {@code classes} classes and a feature vector
 * x = g + μ·e_y (g standard normal, μ the {@code separation}, e_y the one-hot vector of y). For this
 * model the exact posterior is P(y | x) = softmax(μ·x), so the logits z = μ·x are perfectly
 * calibrated. An {@code overconfidence} s multiplies them: z = s·μ·x, whose softmax is too sure of
 * itself, and temperature scaling with T = s restores the calibrated model exactly (the fitted T is
 * s up to sampling noise). With {@code binary}, each row holds the one score μ·(x₁ − x₀) of two
 * classes, times s: then P(y = 1 | x) = σ(score / s), which Platt scaling finds as a = 1/s, b = 0.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code classes < 2}, {@code count < 1}</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@code separation} or {@code overconfidence} not finite and positive</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@code count × classes} above 2<sup>31</sup> − 1</td><td>{@code IllegalArgumentException}</td></tr>
 *   </tbody>
 * </table>
 */
public final class SimulatedClassifier {
    private SimulatedClassifier() {
    }

    /**
     * Returns a seeded simulated data set (Commons Math {@code Well19937c}; the same seed gives the same bits).
     *
     * @param classes classes, at least 2
     * @param count rows, at least 1
     * @param separation μ, how far apart the classes are (larger: more accurate)
     * @param overconfidence s, the factor the logits are multiplied by (1: calibrated)
     * @param binary one score per row (two classes) instead of {@code classes} logits
     * @param seed the generator's seed
     * @param name the data set's name
     * @return the data set, with labels
     */
    public static Dataset generate(int classes, int count, double separation, double overconfidence, boolean binary,
            long seed, String name) {
        if (classes < 2 || count < 1) {
            throw new IllegalArgumentException("a simulated classifier needs classes >= 2 and count >= 1, not classes "
                    + classes + ", count " + count);
        }
        if (binary && classes != 2) {
            throw new IllegalArgumentException("binary scores have 2 classes, not " + classes);
        }
        requirePositive(separation, "separation");
        requirePositive(overconfidence, "overconfidence");
        if ((long) classes * count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(count + " rows x " + classes + " classes do not fit one array");
        }
        RandomGenerator random = new Well19937c(seed);
        int columns = binary ? 1 : classes;
        double[] logits = new double[count * columns];
        int[] labels = new int[count];
        double[] x = new double[classes];
        double scale = separation * overconfidence;
        for (int r = 0; r < count; r++) {
            int y = random.nextInt(classes);
            labels[r] = y;
            for (int c = 0; c < classes; c++) {
                x[c] = random.nextGaussian() + (c == y ? separation : 0);
            }
            if (binary) {
                logits[r] = scale * (x[1] - x[0]);
            } else {
                for (int c = 0; c < classes; c++) {
                    logits[r * columns + c] = scale * x[c];
                }
            }
        }
        return Dataset.of(name, LogitMatrix.wrap(logits, count, columns), labels, null);
    }

    private static void requirePositive(double v, String name) {
        if (!(v > 0) || v == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and positive, not " + v);
        }
    }
}
