/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;
import io.github.activations.internal.RowMajor;

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
        // NaN: found by the kernel's first pass (no scan before it)
        return Dispatch.argmax(Checks.nonEmpty(z, "z"), "z");
    }

    /**
     * Returns the index of the largest float entry (ties: the first).
     *
     * @param z the scores
     * @return the index of the maximum
     */
    public static int of(float[] z) {
        return Dispatch.argmax(Checks.nonEmpty(z, "z"), "z");
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
            out[r] = Dispatch.argmax(rows[r], 0, rows[r].length);
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

    /**
     * Returns the argmax of each row of a row-major batch ({@code z.length / rowLength} rows of
     * {@code rowLength} scores one after the other), one index per row, counted from the row's
     * start. Special cases: those of {@link #intoRows(double[], int, int, int, int[], int)}.
     *
     * @param z the scores, row after row
     * @param rowLength the entries per row, at least 1
     * @return one index per row, in [0, rowLength)
     */
    public static int[] ofRows(double[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new int[rows(z.length, rowLength)], 0);
    }

    /**
     * Float form of {@link #ofRows(double[], int)}.
     *
     * @param z the scores, row after row
     * @param rowLength the entries per row, at least 1
     * @return one index per row, in [0, rowLength)
     */
    public static int[] ofRows(float[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new int[rows(z.length, rowLength)], 0);
    }

    /**
     * Writes the argmax of each row of a row-major batch into {@code out} (one entry per row)
     * and returns it; allocates nothing. Special cases: those of
     * {@link #intoRows(double[], int, int, int, int[], int)}.
     *
     * @param z the scores, row after row
     * @param rowLength the entries per row, at least 1
     * @param out the destination, one entry per row
     * @return {@code out}
     */
    public static int[] intoRows(double[] z, int rowLength, int[] out) {
        Checks.notNull(z, "z");
        RowMajor.sameLength(rows(z.length, rowLength), Checks.notNull(out, "out").length, "the number of rows");
        return intoRows(z, 0, z.length, rowLength, out, 0);
    }

    /**
     * Float form of {@link #intoRows(double[], int, int[])}.
     *
     * @param z the scores, row after row
     * @param rowLength the entries per row, at least 1
     * @param out the destination, one entry per row
     * @return {@code out}
     */
    public static int[] intoRows(float[] z, int rowLength, int[] out) {
        Checks.notNull(z, "z");
        RowMajor.sameLength(rows(z.length, rowLength), Checks.notNull(out, "out").length, "the number of rows");
        return intoRows(z, 0, z.length, rowLength, out, 0);
    }

    /**
     * Writes the argmax of each row of the row-major slice z[offset, offset + length) into
     * out[outOffset, outOffset + length / rowLength) and returns {@code out}: each index counted
     * from the start of its row, equal to {@link #of(double[])} of that row alone. Allocates
     * nothing; every check runs before anything is written.
     *
     * <table class="striped">
     *   <caption>Special cases of the row-major forms</caption>
     *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
     *   <tbody>
     *   <tr><td>{@code z} or {@code out} null</td><td>{@code NullPointerException} naming it</td></tr>
     *   <tr><td>{@code rowLength} &lt; 1</td><td>{@code IllegalArgumentException}</td></tr>
     *   <tr><td>{@code offset} or {@code length} negative, or the slice past the end of z (or the output range past the end of out)</td><td>{@code IndexOutOfBoundsException} with the range and the array length</td></tr>
     *   <tr><td>{@code length} not a multiple of {@code rowLength}</td><td>{@code IllegalArgumentException} with both</td></tr>
     *   <tr><td>{@code out} not one entry per row (forms without offsets)</td><td>{@code IllegalArgumentException} with both counts</td></tr>
     *   <tr><td>{@code length} 0</td><td>zero rows: nothing is written</td></tr>
     *   <tr><td>an entry NaN</td><td>{@code IllegalArgumentException} naming its index, row and column</td></tr>
     *   <tr><td>ties in a row (−0.0 and +0.0 included)</td><td>the first index of the row</td></tr>
     *   <tr><td>a row with entries +∞</td><td>its first +∞</td></tr>
     *   <tr><td>a row with every entry −∞</td><td>0</td></tr>
     *   </tbody>
     * </table>
     *
     * @param z the scores
     * @param offset the index in {@code z} of the first entry of row 0
     * @param length the entries of the slice, a multiple of {@code rowLength}
     * @param rowLength the entries per row, at least 1
     * @param out the destination
     * @param outOffset the index in {@code out} of the first row's index
     * @return {@code out}
     */
    public static int[] intoRows(double[] z, int offset, int length, int rowLength, int[] out, int outOffset) {
        int rows = RowMajor.rows(Checks.notNull(z, "z").length, offset, length, rowLength, "z");
        RowMajor.range(Checks.notNull(out, "out").length, outOffset, rows, "out");
        RowMajor.noNaN(z, offset, length, rowLength, "z");
        for (int r = 0; r < rows; r++) {
            int start = offset + r * rowLength;
            out[outOffset + r] = Dispatch.argmax(z, start, start + rowLength);
        }
        return out;
    }

    /**
     * Float form of {@link #intoRows(double[], int, int, int, int[], int)}; same special cases.
     *
     * @param z the scores
     * @param offset the index in {@code z} of the first entry of row 0
     * @param length the entries of the slice, a multiple of {@code rowLength}
     * @param rowLength the entries per row, at least 1
     * @param out the destination
     * @param outOffset the index in {@code out} of the first row's index
     * @return {@code out}
     */
    public static int[] intoRows(float[] z, int offset, int length, int rowLength, int[] out, int outOffset) {
        int rows = RowMajor.rows(Checks.notNull(z, "z").length, offset, length, rowLength, "z");
        RowMajor.range(Checks.notNull(out, "out").length, outOffset, rows, "out");
        RowMajor.noNaN(z, offset, length, rowLength, "z");
        for (int r = 0; r < rows; r++) {
            int start = offset + r * rowLength;
            out[outOffset + r] = Dispatch.argmax(z, start, start + rowLength);
        }
        return out;
    }

    /** The number of rows of a whole array, checked. */
    private static int rows(int length, int rowLength) {
        return RowMajor.rows(length, 0, length, rowLength, "z");
    }
}
