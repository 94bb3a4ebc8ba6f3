/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;

/**
 * Log-sigmoid: ln σ(x) = −ln(1 + e^−x) = −softplus(−x), the log-probability of the positive
 * class, computed without forming σ(x) (which rounds to 1 above about 37.43 and to 0 below
 * about −745.13).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>x NaN (scalar form)</td><td>NaN</td></tr>
 *   <tr><td>an array entry NaN / array {@code null} or empty</td><td>{@code IllegalArgumentException} naming the index / {@code NullPointerException} or {@code IllegalArgumentException}</td></tr>
 *   <tr><td>x = +∞</td><td>−0.0</td></tr>
 *   <tr><td>x = −∞</td><td>−∞</td></tr>
 *   <tr><td>x = ±0.0</td><td>−ln 2</td></tr>
 *   <tr><td>x &gt; 708.4</td><td>−e^−x rounded: a subnormal, then −0.0 beyond 745.13 (never flushed early)</td></tr>
 *   <tr><td>x &lt; −33.27 (about)</td><td>x itself: e^x is below half an ulp of x (above that, x − log1p(e^x) rounded)</td></tr>
 *   <tr><td>{@code out} of another length</td><td>{@code IllegalArgumentException} with both lengths, nothing written</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Within 1 ulp everywhere, subnormal results included
 * ({@code LogSigmoidAccuracyTest}); the float forms within 1 ulp of the float result.
 *
 * <p><b>Algorithm.</b> With E = e^−|x| in double-double: −log1p(E) for x &gt;= 0 and
 * x − log1p(E) for x &lt; 0. Both terms of the second form are negative, so nothing cancels;
 * log1p is the library's double-double logarithm.
 */
public final class LogSigmoid {
    private LogSigmoid() {
    }

    /**
     * Returns ln σ(x).
     *
     * @param x the logit
     * @return the log-probability, &lt;= 0
     */
    public static double of(double x) {
        return Dispatch.logSigmoid(x);
    }

    /**
     * Returns ln σ of each entry as a new array.
     *
     * @param z the logits
     * @return the log-probabilities
     */
    public static double[] of(double[] z) {
        return into(z, new double[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns ln σ of each float entry as a new array, each computed in double and rounded once.
     *
     * @param z the logits
     * @return the log-probabilities
     */
    public static float[] of(float[] z) {
        return into(z, new float[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns ln σ of each entry of each row, as a new batch.
     *
     * @param rows the logits
     * @return the log-probabilities, same shape
     */
    public static double[][] of(double[][] rows) {
        Checks.rows(rows, "rows");
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = into(rows[r], new double[rows[r].length]);
        }
        return out;
    }

    /**
     * Returns ln σ of each entry of each float row, as a new batch.
     *
     * @param rows the logits
     * @return the log-probabilities, same shape
     */
    public static float[][] of(float[][] rows) {
        Checks.rows(rows, "rows");
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = into(rows[r], new float[rows[r].length]);
        }
        return out;
    }

    /**
     * Writes ln σ of each entry into {@code out} (may be {@code z}) and returns it.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static double[] into(double[] z, double[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        Dispatch.logSigmoid(z, out);
        return out;
    }

    /**
     * Writes ln σ of each float entry into {@code out} (may be {@code z}) and returns it.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static float[] into(float[] z, float[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        Dispatch.logSigmoid(z, out);
        return out;
    }

    /**
     * Replaces each entry of {@code z} by its log-sigmoid and returns {@code z}.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static double[] inPlace(double[] z) {
        return into(z, z);
    }

    /**
     * Replaces each entry of float {@code z} by its log-sigmoid and returns {@code z}.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static float[] inPlace(float[] z) {
        return into(z, z);
    }
}
