/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;
import io.github.activations.internal.Floats;

/**
 * Divide-by-sum: zᵢ / Σⱼ zⱼ, the naive normalisation the softmax tutorial starts from. It is
 * kept so experiments can show why softmax wins: its "probabilities" can be negative or
 * above 1 (z = [0.25, 1.23, −0.8] gives [0.368, 1.809, −1.176]), it is undefined when the
 * logits sum to 0 ([−0.25, 1, −0.75]), it ignores the scale of the logits and maps a 0 logit
 * to probability 0. Use {@link Softmax} for real work.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code null} / length 0</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>any entry NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>any entry ±∞</td><td>{@code IllegalArgumentException} naming the index (∞/∞ is undefined)</td></tr>
 *   <tr><td>the exact sum is 0</td><td>{@code IllegalArgumentException}: "sum of logits is 0"</td></tr>
 *   <tr><td>negative entries or a negative sum</td><td>computed as defined: results may be negative or exceed 1</td></tr>
 *   <tr><td>sum tiny against the entries</td><td>results may overflow to ±∞</td></tr>
 *   <tr><td>sum beyond {@code Double.MAX_VALUE} (e.g. [1e308, 1e308])</td><td>the exact result ([0.5, 0.5]): the sum is scaled, never overflows</td></tr>
 *   <tr><td>{@code out} of another length</td><td>{@code IllegalArgumentException} with both lengths, nothing written</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Within 1 ulp (measured: 0.5): the sum is exact to double-double
 * precision (recomputed exactly when it cancels to below 2^-100 of Σ|zᵢ|), and each quotient
 * is rounded once, subnormal results included (tiny numerators, sums and quotients are divided
 * at a larger scale).
 */
public final class DivideBySum {
    private DivideBySum() {
    }

    /**
     * Returns zᵢ / Σⱼ zⱼ as a new array.
     *
     * @param z the logits
     * @return z normalised by its sum
     */
    public static double[] of(double[] z) {
        return into(z, new double[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns zᵢ / Σⱼ zⱼ of a float vector, computed in double and rounded once.
     *
     * @param z the logits
     * @return z normalised by its sum
     */
    public static float[] of(float[] z) {
        Checks.vector(z, "z");
        double[] w = Floats.widen(z);
        return Floats.narrow(into(w, w));
    }

    /**
     * Returns each row divided by its own sum, as a new batch.
     *
     * @param rows the logits, one vector per row
     * @return the normalised rows
     */
    public static double[][] of(double[][] rows) {
        Checks.rows(rows, "rows");
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = new double[rows[r].length];
            Dispatch.divideBySum(rows[r], out[r], "rows[" + r + "]");
        }
        return out;
    }

    /**
     * Returns each float row divided by its own sum, as a new batch.
     *
     * @param rows the logits, one vector per row
     * @return the normalised rows
     */
    public static float[][] of(float[][] rows) {
        Checks.rows(rows, "rows");
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            double[] w = Floats.widen(rows[r]);
            Dispatch.divideBySum(w, w, "rows[" + r + "]");
            out[r] = Floats.narrow(w);
        }
        return out;
    }

    /**
     * Writes zᵢ / Σⱼ zⱼ into {@code out} (may be {@code z}) and returns it; nothing is written
     * when an exception is thrown.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static double[] into(double[] z, double[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        Dispatch.divideBySum(z, out, "z");
        return out;
    }

    /**
     * Replaces z by zᵢ / Σⱼ zⱼ and returns it.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static double[] inPlace(double[] z) {
        return into(z, z);
    }

    /**
     * Writes zᵢ / Σⱼ zⱼ of a float vector into {@code out} (may be {@code z}) and returns it;
     * computed in double, each result rounded once; nothing is written on an exception.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static float[] into(float[] z, float[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        double[] w = Floats.widen(z);
        Dispatch.divideBySum(w, w, "z");
        return Floats.narrow(w, out);
    }

    /**
     * Replaces float z by zᵢ / Σⱼ zⱼ and returns it.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static float[] inPlace(float[] z) {
        return into(z, z);
    }
}
