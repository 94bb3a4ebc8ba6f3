/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Batches;
import io.github.activations.internal.Checks;
import io.github.activations.internal.Dd;
import io.github.activations.internal.Kernels;
import io.github.activations.internal.VectorSupportProvider;

/**
 * The logistic sigmoid σ(x) = 1 / (1 + e^−x), mapping a logit to the probability of the
 * positive class; the two-class case of {@link Softmax}.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>x NaN (scalar forms)</td><td>NaN, as {@link Math} does</td></tr>
 *   <tr><td>an array entry NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>array {@code null} / empty</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>x = +∞</td><td>1.0</td></tr>
 *   <tr><td>x = −∞</td><td>0.0</td></tr>
 *   <tr><td>x = ±0.0</td><td>0.5</td></tr>
 *   <tr><td>x &gt; 36.34 (about)</td><td>the double just below 1 (1 − 2^-53); 1.0 from x &gt; 37.43 (54 ln 2) on</td></tr>
 *   <tr><td>−745.13 &lt; x &lt; −708.4</td><td>the correctly rounded subnormal e^x / (1 + e^x): never flushed to 0 (σ(−745) = 4.9e-324)</td></tr>
 *   <tr><td>x &lt; −745.14</td><td>0.0 (the exact value is below half of {@code Double.MIN_VALUE})</td></tr>
 *   <tr><td>{@code out} of another length</td><td>{@code IllegalArgumentException} with both lengths, nothing written</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Within 1 ulp everywhere, subnormal results included (measured in
 * {@code SigmoidAccuracyTest}); float forms within 1 ulp of the float result.
 * {@code Softmax.of(new double[] {x, 0})[0] == Sigmoid.of(x)} bit for bit for every double x:
 * both use one kernel.
 *
 * <p><b>The complement.</b> Never compute 1 − σ(x) by subtraction: for x = 40, σ(x) rounds to
 * 1 and 1 − σ(x) gives 0, while the true 1 − σ(40) = σ(−40) ≈ 4.2e-18. Use
 * {@code Sigmoid.of(-x)}, which is exact to 1 ulp.
 *
 * <p><b>Algorithm.</b> e = exp(−|x|) in double-double (never overflows), then 1 / (1 + e) for
 * x &gt;= 0 and e / (1 + e) for x &lt; 0, divided in double-double and rounded once (the
 * subnormal case rounded once from the unscaled mantissa).
 */
public final class Sigmoid {
    private Sigmoid() {
    }

    /**
     * Returns σ(x) = 1 / (1 + e^−x).
     *
     * @param x the logit
     * @return the probability, in [0, 1]
     */
    public static double of(double x) {
        return Kernels.sigmoid(x, 0);
    }

    /**
     * Returns σ applied to each entry, as a new array.
     *
     * @param z the logits
     * @return the probabilities
     */
    public static double[] of(double[] z) {
        return into(z, new double[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns σ applied to each float entry, as a new array.
     *
     * @param z the logits
     * @return the probabilities
     */
    public static float[] of(float[] z) {
        return into(z, new float[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns σ applied to each entry of each row, as a new batch.
     *
     * @param rows the logits
     * @return the probabilities, same shape
     */
    public static double[][] of(double[][] rows) {
        Checks.rows(rows, "rows");
        double[][] out = new double[rows.length][];
        Batches.run(rows.length, Batches.elements(rows),
                r -> out[r] = apply(rows[r], new double[rows[r].length]), null);
        return out;
    }

    /**
     * Returns σ applied to each entry of each float row, as a new batch.
     *
     * @param rows the logits
     * @return the probabilities, same shape
     */
    public static float[][] of(float[][] rows) {
        Checks.rows(rows, "rows");
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = apply(rows[r], new float[rows[r].length]);
        }
        return out;
    }

    /**
     * Writes σ of each entry of {@code z} into {@code out} (may be {@code z}) and returns it.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static double[] into(double[] z, double[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        return apply(z, out);
    }

    /**
     * Writes σ of each float entry of {@code z} into {@code out} (may be {@code z}) and returns it.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static float[] into(float[] z, float[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        return apply(z, out);
    }

    /**
     * Replaces each entry of {@code z} by its sigmoid and returns {@code z}.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static double[] inPlace(double[] z) {
        return into(z, z);
    }

    /**
     * Replaces each entry of float {@code z} by its sigmoid and returns {@code z}.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static float[] inPlace(float[] z) {
        return into(z, z);
    }

    /**
     * Returns σ'(x) = σ(x) · σ(−x) = e^−|x| / (1 + e^−|x|)², the derivative of the sigmoid.
     * NaN gives NaN, ±∞ give 0, 0 gives 0.25; subnormal results are not flushed. Within 1 ulp.
     *
     * @param x the logit
     * @return dσ/dx at x, in [0, 0.25]
     */
    public static double derivative(double x) {
        return Kernels.sigmoidDerivative(x, new Dd());
    }

    private static double[] apply(double[] z, double[] out) {
        VectorSupportProvider.get().sigmoid(z, out);
        return out;
    }

    private static float[] apply(float[] z, float[] out) {
        VectorSupportProvider.get().sigmoid(z, out);
        return out;
    }
}
