/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.VectorSupportProvider;

/**
 * Argmax: the index of the largest entry, the predicted class. It equals
 * argmax(softmax(z)), but softmax is not needed to find it.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code null} / length 0</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>any entry NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>ties (equal maxima)</td><td>the first index</td></tr>
 *   <tr><td>−0.0 and +0.0</td><td>equal (a tie: the first index)</td></tr>
 *   <tr><td>entries +∞</td><td>the first +∞</td></tr>
 *   <tr><td>every entry −∞</td><td>0 (all tie)</td></tr>
 *   <tr><td>batch of zero rows</td><td>an empty array</td></tr>
 *   </tbody>
 * </table>
 */
public final class Argmax {
    private Argmax() {
    }

    /**
     * Returns the index of the largest entry (ties: the first).
     *
     * @param z the scores
     * @return the index of the maximum
     */
    public static int of(double[] z) {
        // NaN: found by the kernel's first pass, which then returns -1
        int i = index(Checks.nonEmpty(z, "z"));
        if (i < 0) {
            throw Checks.nanIn(z, "z");
        }
        return i;
    }

    /**
     * Returns the index of the largest float entry (ties: the first).
     *
     * @param z the scores
     * @return the index of the maximum
     */
    public static int of(float[] z) {
        int i = VectorSupportProvider.get().argmax(Checks.nonEmpty(z, "z"));
        if (i < 0) {
            throw Checks.nanIn(z, "z");
        }
        return i;
    }

    /**
     * Returns the argmax of each row.
     *
     * @param rows the scores, one vector per row
     * @return one index per row
     */
    public static int[] of(double[][] rows) {
        Checks.rows(rows, "rows");
        int[] out = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = index(rows[r]);
        }
        return out;
    }

    /**
     * Returns the argmax of each float row.
     *
     * @param rows the scores, one vector per row
     * @return one index per row
     */
    public static int[] of(float[][] rows) {
        Checks.rows(rows, "rows");
        int[] out = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = of(rows[r]);
        }
        return out;
    }

    private static int index(double[] z) {
        return VectorSupportProvider.get().argmax(z);
    }
}
