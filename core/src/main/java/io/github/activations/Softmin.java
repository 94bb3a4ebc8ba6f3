/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;

/**
 * Softmin: softmin(z) = softmax(−z), a distribution that favours the smallest entries (for
 * costs or distances rather than scores). Negation is exact, so every special case and
 * accuracy bound of {@link Softmax} carries over with the roles of +∞ and −∞ swapped.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code null} / length 0 / NaN entry</td><td>{@code NullPointerException} / {@code IllegalArgumentException} (with the index)</td></tr>
 *   <tr><td>k entries −∞</td><td>those entries 1/k, all others 0</td></tr>
 *   <tr><td>an entry +∞ (some entry &lt; +∞)</td><td>0 at that entry</td></tr>
 *   <tr><td>every entry +∞</td><td>{@code IllegalArgumentException} (undefined)</td></tr>
 *   <tr><td>temperature 0 / +∞ / negative or NaN</td><td>the minima share the mass / uniform over the finite entries, or shared by the −∞ entries if there are any / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@code out} of another length</td><td>{@code IllegalArgumentException} with both lengths, nothing written</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> As {@link Softmax}: each element within 2 ulp, the sum within 4 ulp of 1.
 */
public final class Softmin {
    private Softmin() {
    }

    /**
     * Returns softmax(−z) as a new array.
     *
     * @param z the scores (lower is better)
     * @return the probabilities
     */
    public static double[] of(double[] z) {
        return of(z, 1.0);
    }

    /**
     * Returns softmax(−z / temperature) as a new array.
     *
     * @param z the scores (lower is better)
     * @param temperature T &gt;= 0
     * @return the probabilities
     */
    public static double[] of(double[] z, double temperature) {
        Checks.vector(z, "z");
        return Softmax.inPlace(negate(z), temperature);
    }

    /**
     * Returns softmax(−z) of a float vector, computed in double and rounded once.
     *
     * @param z the scores (lower is better)
     * @return the probabilities
     */
    public static float[] of(float[] z) {
        Checks.vector(z, "z");
        return Softmax.of(negate(z));
    }

    /**
     * Returns the softmin of each row as a new batch.
     *
     * @param rows the scores, one vector per row
     * @return the probabilities, same shape
     */
    public static double[][] of(double[][] rows) {
        Checks.rows(rows, "rows");
        Checks.rowsDefined(rows, Double.POSITIVE_INFINITY, "rows");
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = Softmax.of(negate(rows[r]));
        }
        return out;
    }

    /**
     * Returns the softmin of each float row as a new batch.
     *
     * @param rows the scores, one vector per row
     * @return the probabilities, same shape
     */
    public static float[][] of(float[][] rows) {
        Checks.rows(rows, "rows");
        Checks.rowsDefined(rows, Double.POSITIVE_INFINITY, "rows");
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = Softmax.of(negate(rows[r]));
        }
        return out;
    }

    /**
     * Writes softmax(−z) into {@code out} (may be {@code z}) and returns it.
     *
     * @param z the scores
     * @param out the destination, same length
     * @return {@code out}
     */
    public static double[] into(double[] z, double[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        double[] neg = Softmax.inPlace(negate(z), 1.0);
        System.arraycopy(neg, 0, out, 0, neg.length);
        return out;
    }

    /**
     * Writes softmax(−z) of a float vector into {@code out} (may be {@code z}) and returns it.
     *
     * @param z the scores
     * @param out the destination, same length
     * @return {@code out}
     */
    public static float[] into(float[] z, float[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        float[] p = Softmax.of(negate(z));
        System.arraycopy(p, 0, out, 0, p.length);
        return out;
    }

    /**
     * Replaces {@code z} by softmax(−z) and returns it.
     *
     * @param z the scores, overwritten
     * @return {@code z}
     */
    public static double[] inPlace(double[] z) {
        return into(z, z);
    }

    /**
     * Replaces float {@code z} by softmax(−z) and returns it.
     *
     * @param z the scores, overwritten
     * @return {@code z}
     */
    public static float[] inPlace(float[] z) {
        return into(z, z);
    }

    private static double[] negate(double[] z) {
        Checks.defined(z, Double.POSITIVE_INFINITY, "z");
        double[] n = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            n[i] = -z[i];
        }
        return n;
    }

    private static float[] negate(float[] z) {
        Checks.defined(z, Double.POSITIVE_INFINITY, "z");
        float[] n = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            n[i] = -z[i];
        }
        return n;
    }
}
