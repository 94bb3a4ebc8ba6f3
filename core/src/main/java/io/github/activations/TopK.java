/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;
import io.github.activations.internal.Floats;
import io.github.activations.internal.RowMajor;

/**
 * Top-k: the indices of the k largest entries, by descending value, ties by ascending index
 * (a stable order, so {@code TopK.of(z, 1)[0] == Argmax.of(z)}).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code null} / length 0</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>any entry NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>k &lt; 0 or k &gt; length</td><td>{@code IllegalArgumentException} with k and the length</td></tr>
 *   <tr><td>k = 0</td><td>an empty array</td></tr>
 *   <tr><td>k = length</td><td>every index, sorted by descending value</td></tr>
 *   <tr><td>equal values (−0.0 and +0.0 included)</td><td>lower index first</td></tr>
 *   <tr><td>±∞ entries</td><td>ordered as values: +∞ first, −∞ last</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Algorithm.</b> A bounded binary heap of the k best indices: O(n log k) time, O(k) memory.
 */
public final class TopK {
    private TopK() {
    }

    /**
     * Returns the indices of the {@code k} largest entries, by descending value, ties by index.
     *
     * @param z the scores
     * @param k how many indices, 0 to {@code z.length}
     * @return {@code k} indices
     */
    public static int[] of(double[] z, int k) {
        Checks.vector(z, "z");
        checkK(k, z.length, "z");
        return Dispatch.topK(z, k);
    }

    /**
     * Returns the indices of the {@code k} largest float entries, by descending value, ties by index.
     *
     * @param z the scores
     * @param k how many indices, 0 to {@code z.length}
     * @return {@code k} indices
     */
    public static int[] of(float[] z, int k) {
        Checks.vector(z, "z");
        checkK(k, z.length, "z");
        return Dispatch.topK(Floats.widen(z), k);
    }

    /**
     * Returns the top-k indices of each row.
     *
     * @param rows the scores, one vector per row
     * @param k how many indices per row, at most the shortest row's length
     * @return {@code k} indices per row
     */
    public static int[][] of(double[][] rows, int k) {
        Checks.rows(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            checkK(k, rows[r].length, "rows[" + r + "]");
        }
        int[][] out = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = Dispatch.topK(rows[r], k);
        }
        return out;
    }

    /**
     * Returns the top-k indices of each float row.
     *
     * @param rows the scores, one vector per row
     * @param k how many indices per row, at most the shortest row's length
     * @return {@code k} indices per row
     */
    public static int[][] of(float[][] rows, int k) {
        Checks.rows(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            checkK(k, rows[r].length, "rows[" + r + "]");
        }
        int[][] out = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = of(rows[r], k);
        }
        return out;
    }

    private static void checkK(int k, int n, String name) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("k = " + k + " is not in [0, " + name + ".length = " + n + "]");
        }
    }

    /**
     * Returns the top-k indices of each row of a row-major batch ({@code z.length / rowLength}
     * rows of {@code rowLength} scores one after the other): k indices per row, row after row,
     * each counted from its row's start. Special cases: those of
     * {@link #intoRows(double[], int, int, int, int, int[], int)}.
     *
     * @param z the scores, row after row
     * @param rowLength the entries per row, at least 1
     * @param k how many indices per row, 0 to {@code rowLength}
     * @return {@code k} indices per row
     */
    public static int[] ofRows(double[] z, int rowLength, int k) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, k, new int[outLength(z.length, rowLength, k)], 0);
    }

    /**
     * Float form of {@link #ofRows(double[], int, int)}.
     *
     * @param z the scores, row after row
     * @param rowLength the entries per row, at least 1
     * @param k how many indices per row, 0 to {@code rowLength}
     * @return {@code k} indices per row
     */
    public static int[] ofRows(float[] z, int rowLength, int k) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, k, new int[outLength(z.length, rowLength, k)], 0);
    }

    /**
     * Writes the top-k indices of each row of a row-major batch into {@code out}, k per row, and
     * returns it; allocates nothing. Special cases: those of
     * {@link #intoRows(double[], int, int, int, int, int[], int)}.
     *
     * @param z the scores, row after row
     * @param rowLength the entries per row, at least 1
     * @param k how many indices per row, 0 to {@code rowLength}
     * @param out the destination, {@code k} entries per row
     * @return {@code out}
     */
    public static int[] intoRows(double[] z, int rowLength, int k, int[] out) {
        Checks.notNull(z, "z");
        RowMajor.sameLength(outLength(z.length, rowLength, k), Checks.notNull(out, "out").length, "k times the rows");
        return intoRows(z, 0, z.length, rowLength, k, out, 0);
    }

    /**
     * Float form of {@link #intoRows(double[], int, int, int[])}.
     *
     * @param z the scores, row after row
     * @param rowLength the entries per row, at least 1
     * @param k how many indices per row, 0 to {@code rowLength}
     * @param out the destination, {@code k} entries per row
     * @return {@code out}
     */
    public static int[] intoRows(float[] z, int rowLength, int k, int[] out) {
        Checks.notNull(z, "z");
        RowMajor.sameLength(outLength(z.length, rowLength, k), Checks.notNull(out, "out").length, "k times the rows");
        return intoRows(z, 0, z.length, rowLength, k, out, 0);
    }

    /**
     * Writes the top-k indices of each row of the row-major slice z[offset, offset + length)
     * into out[outOffset, outOffset + k · rows), k per row, and returns {@code out}: row r's
     * indices, counted from the start of the row, are {@link #of(double[], int)} of that row
     * alone. The heap of each row lives in its part of {@code out}, so nothing is allocated;
     * every check runs before anything is written.
     *
     * <table class="striped">
     *   <caption>Special cases of the row-major forms</caption>
     *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
     *   <tbody>
     *   <tr><td>{@code z} or {@code out} null</td><td>{@code NullPointerException} naming it</td></tr>
     *   <tr><td>{@code rowLength} &lt; 1</td><td>{@code IllegalArgumentException}</td></tr>
     *   <tr><td>{@code offset} or {@code length} negative, or the slice past the end of z (or the output range past the end of out)</td><td>{@code IndexOutOfBoundsException} with the range and the array length</td></tr>
     *   <tr><td>{@code length} not a multiple of {@code rowLength}</td><td>{@code IllegalArgumentException} with both</td></tr>
     *   <tr><td>k &lt; 0 or k &gt; {@code rowLength}</td><td>{@code IllegalArgumentException} with k and the row length</td></tr>
     *   <tr><td>{@code out} not k entries per row (forms without offsets)</td><td>{@code IllegalArgumentException} with both counts</td></tr>
     *   <tr><td>{@code length} 0, or k = 0</td><td>nothing is written</td></tr>
     *   <tr><td>an entry NaN</td><td>{@code IllegalArgumentException} naming its index, row and column</td></tr>
     *   <tr><td>equal values in a row (−0.0 and +0.0 included)</td><td>lower index first</td></tr>
     *   <tr><td>±∞ entries</td><td>ordered as values: +∞ first, −∞ last</td></tr>
     *   </tbody>
     * </table>
     *
     * @param z the scores
     * @param offset the index in {@code z} of the first entry of row 0
     * @param length the entries of the slice, a multiple of {@code rowLength}
     * @param rowLength the entries per row, at least 1
     * @param k how many indices per row, 0 to {@code rowLength}
     * @param out the destination
     * @param outOffset the index in {@code out} of row 0's first index
     * @return {@code out}
     */
    public static int[] intoRows(double[] z, int offset, int length, int rowLength, int k, int[] out, int outOffset) {
        int rows = RowMajor.rows(Checks.notNull(z, "z").length, offset, length, rowLength, "z");
        RowMajor.k(k, rowLength);
        RowMajor.range(Checks.notNull(out, "out").length, outOffset, rows * k, "out");
        RowMajor.noNaN(z, offset, length, rowLength, "z");
        for (int r = 0; r < rows; r++) {
            Dispatch.topK(z, offset + r * rowLength, rowLength, k, out, outOffset + r * k);
        }
        return out;
    }

    /**
     * Float form of {@link #intoRows(double[], int, int, int, int, int[], int)}: each row widened
     * (exactly, so the order is the same) into a per-thread buffer of at most 64 KiB (rows longer
     * than 6,016 entries allocate their own); same special cases.
     *
     * @param z the scores
     * @param offset the index in {@code z} of the first entry of row 0
     * @param length the entries of the slice, a multiple of {@code rowLength}
     * @param rowLength the entries per row, at least 1
     * @param k how many indices per row, 0 to {@code rowLength}
     * @param out the destination
     * @param outOffset the index in {@code out} of row 0's first index
     * @return {@code out}
     */
    public static int[] intoRows(float[] z, int offset, int length, int rowLength, int k, int[] out, int outOffset) {
        int rows = RowMajor.rows(Checks.notNull(z, "z").length, offset, length, rowLength, "z");
        RowMajor.k(k, rowLength);
        RowMajor.range(Checks.notNull(out, "out").length, outOffset, rows * k, "out");
        RowMajor.noNaN(z, offset, length, rowLength, "z");
        if (rows == 0 || k == 0) {
            return out;
        }
        double[] w = Floats.rowBuffer(rowLength);
        for (int r = 0; r < rows; r++) {
            Floats.widen(z, offset + r * rowLength, rowLength, w);
            Dispatch.topK(w, 0, rowLength, k, out, outOffset + r * k);
        }
        return out;
    }

    /** k times the number of rows of a whole array, checked (k too). */
    private static int outLength(int length, int rowLength, int k) {
        int rows = RowMajor.rows(length, 0, length, rowLength, "z");
        RowMajor.k(k, rowLength);
        return Math.multiplyExact(rows, k);
    }
}
