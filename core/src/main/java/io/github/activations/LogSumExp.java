/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Batches;
import io.github.activations.internal.Checks;
import io.github.activations.internal.Floats;
import io.github.activations.internal.VectorSupportProvider;

/**
 * Log-sum-exp: LSE(z) = ln Σᵢ exp(zᵢ), computed as m + ln(1 + Σ_{zᵢ &lt; m} exp(zᵢ − m) + (k − 1))
 * with m = max(z) and k the number of maxima, so it neither overflows nor loses the small
 * terms. It is the normaliser of softmax: softmax(z)ᵢ = exp(zᵢ − LSE(z)).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code null} / length 0</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>any entry NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>any entry +∞</td><td>+∞</td></tr>
 *   <tr><td>every entry −∞</td><td>−∞ (ln 0; defined, unlike softmax)</td></tr>
 *   <tr><td>some entries −∞</td><td>those entries ignored</td></tr>
 *   <tr><td>length 1</td><td>the entry itself, exactly</td></tr>
 *   <tr><td>entries near {@code Double.MAX_VALUE}</td><td>finite: LSE([MAX, MAX]) = MAX + ln 2, which rounds to {@code MAX_VALUE}; no overflow, no NaN</td></tr>
 *   <tr><td>result near 0 by cancellation (e.g. [−ln 2, −ln 2])</td><td>still within 2 ulp: the slow exact path takes over when the double-double bound does not hold</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Within 2 ulp everywhere, results near 0 included ({@code LogSumExpAccuracyTest});
 * the float form within 1 ulp of the float result. The logarithm's argument is the sum of the
 * non-maximal terms, formed in double-double and passed to a double-double log1p, so
 * LSE([0, −37]) = 8.5e-17 is exact to the last bit where a naive log(1 + e^−37) returns 0.
 * When the maximum is negative and cancels the logarithm so far that the double-double
 * error bound exceeds 1/16 ulp of the result, the sum is recomputed exactly enough: in
 * 200-bit fixed point, with its logarithm to 60 digits (about 100 times slower, and only in
 * that case; the log-probabilities of a softmax, whose log-sum-exp is 0 up to rounding, take
 * this path).
 */
public final class LogSumExp {
    private LogSumExp() {
    }

    /**
     * Returns ln Σ exp(zᵢ).
     *
     * @param z the logits
     * @return the log-sum-exp
     */
    public static double of(double[] z) {
        // the scan first: see LogSoftmax.into
        return VectorSupportProvider.get().logSumExp(Checks.vector(z, "z"));
    }

    /**
     * Returns ln Σ exp(zᵢ) for a float vector, computed in double and rounded once.
     *
     * @param z the logits
     * @return the log-sum-exp
     */
    public static float of(float[] z) {
        Checks.vector(z, "z");
        double[] w = Floats.widen(z);
        return (float) VectorSupportProvider.get().logSumExp(w);
    }

    /**
     * Returns the log-sum-exp of each row.
     *
     * @param rows the logits, one vector per row
     * @return one value per row
     */
    public static double[] of(double[][] rows) {
        Checks.rows(rows, "rows");
        double[] out = new double[rows.length];
        Batches.run(rows.length, Batches.elements(rows),
                r -> out[r] = VectorSupportProvider.get().logSumExp(rows[r]), null);
        return out;
    }

    /**
     * Returns the log-sum-exp of each float row, each computed in double and rounded once.
     *
     * @param rows the logits, one vector per row
     * @return one value per row
     */
    public static float[] of(float[][] rows) {
        Checks.rows(rows, "rows");
        float[] out = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = of(rows[r]);
        }
        return out;
    }
}
