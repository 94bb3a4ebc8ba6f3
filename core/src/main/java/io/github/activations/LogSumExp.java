/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Batches;
import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;
import io.github.activations.internal.Floats;
import io.github.activations.internal.RowMajor;

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
 *
 * <p><b>Long vectors.</b> A vector longer than 8,192 entries forms its sum chunk by chunk, the
 * chunks' sums added in chunk order by two-sums whose errors are kept (the bounds above hold
 * unchanged); from {@link VectorPath#PARALLEL_THRESHOLD} entries {@link #of(double[])} and
 * {@link #of(float[])} run the chunks on the common pool's threads too, with the same bits as
 * on one thread (see {@link VectorPath}). The 200-bit exact sum runs on the calling thread.
 */
public final class LogSumExp {
    private LogSumExp() {
    }

    /**
     * Returns ln Σ exp(zᵢ). A vector of at least {@link VectorPath#PARALLEL_THRESHOLD} entries
     * is computed on the common pool's threads too, with the same bits as on one thread.
     *
     * @param z the logits
     * @return the log-sum-exp
     */
    public static double of(double[] z) {
        // the scan first, split or not: see LogSoftmax.into
        Checks.vector(z, "z");
        return Dispatch.splits(z.length) ? Dispatch.logSumExpVector(z, "z") : Dispatch.logSumExp(z);
    }

    /**
     * Returns ln Σ exp(zᵢ) for a float vector, computed in double and rounded once (split over
     * threads as {@link #of(double[])}).
     *
     * @param z the logits
     * @return the log-sum-exp
     */
    public static float of(float[] z) {
        Checks.vector(z, "z");
        double[] w = Floats.widen(z);
        return (float) (Dispatch.splits(w.length) ? Dispatch.logSumExpVector(w, "z") : Dispatch.logSumExp(w));
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
        long elements = Batches.elements(rows);
        if (Batches.parallel(rows.length, elements)) {
            Batches.run(rows.length, elements, r -> out[r] = Dispatch.logSumExp(rows[r]), null);
        } else {
            for (int r = 0; r < rows.length; r++) {
                out[r] = Dispatch.logSumExp(rows[r]);
            }
        }
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

    /**
     * Returns the log-sum-exp of each row of a row-major batch ({@code z.length / rowLength}
     * rows of {@code rowLength} logits one after the other), one value per row. Special cases:
     * those of {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @return one value per row
     */
    public static double[] ofRows(double[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new double[rows(z.length, rowLength)], 0);
    }

    /**
     * Returns the log-sum-exp of each row of a row-major float batch, each computed in double
     * and rounded once. Special cases: those of {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @return one value per row
     */
    public static float[] ofRows(float[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new float[rows(z.length, rowLength)], 0);
    }

    /**
     * Writes the log-sum-exp of each row of a row-major batch into {@code out}, which holds one
     * entry per row ({@code z.length / rowLength}), and returns it; allocates nothing. Special
     * cases: those of {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @param out the destination, one entry per row
     * @return {@code out}
     */
    public static double[] intoRows(double[] z, int rowLength, double[] out) {
        Checks.notNull(z, "z");
        RowMajor.sameLength(rows(z.length, rowLength), Checks.notNull(out, "out").length, "the number of rows");
        return intoRows(z, 0, z.length, rowLength, out, 0);
    }

    /**
     * Float form of {@link #intoRows(double[], int, double[])}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @param out the destination, one entry per row
     * @return {@code out}
     */
    public static float[] intoRows(float[] z, int rowLength, float[] out) {
        Checks.notNull(z, "z");
        RowMajor.sameLength(rows(z.length, rowLength), Checks.notNull(out, "out").length, "the number of rows");
        return intoRows(z, 0, z.length, rowLength, out, 0);
    }

    /**
     * Writes the log-sum-exp of each row of the row-major slice z[offset, offset + length) into
     * out[outOffset, outOffset + length / rowLength) and returns {@code out}; allocates nothing.
     * Each value has the bits {@link #of(double[])} gives for that row alone. Every check runs
     * before anything is written; large batches run their rows in parallel.
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
     *   <tr><td>{@code out} is {@code z} and the ranges overlap</td><td>{@code IllegalArgumentException}</td></tr>
     *   <tr><td>{@code length} 0</td><td>zero rows: nothing is written</td></tr>
     *   <tr><td>an entry NaN</td><td>{@code IllegalArgumentException} naming its index, row and column</td></tr>
     *   <tr><td>a row with an entry +∞</td><td>+∞</td></tr>
     *   <tr><td>a row with every entry −∞</td><td>−∞ (ln 0)</td></tr>
     *   <tr><td>rows of 1</td><td>the entry itself</td></tr>
     *   <tr><td>extreme rows ([MAX, MAX], cancelling results near 0)</td><td>as a single vector: finite, within 2 ulp</td></tr>
     *   </tbody>
     * </table>
     *
     * @param z the logits
     * @param offset the index in {@code z} of the first entry of row 0
     * @param length the entries of the slice, a multiple of {@code rowLength}
     * @param rowLength the entries per row, at least 1
     * @param out the destination
     * @param outOffset the index in {@code out} of the first row's value
     * @return {@code out}
     */
    public static double[] intoRows(double[] z, int offset, int length, int rowLength, double[] out, int outOffset) {
        int rows = RowMajor.rows(Checks.notNull(z, "z").length, offset, length, rowLength, "z");
        RowMajor.out(z, offset, length, out, Checks.notNull(out, "out").length, outOffset, rows, false);
        RowMajor.noNaN(z, offset, length, rowLength, "z");
        if (Batches.parallel(rows, length)) {
            Batches.runRanges(rows, (from, to) -> rowRange(z, offset, rowLength, out, outOffset, from, to));
        } else {
            rowRange(z, offset, rowLength, out, outOffset, 0, rows);
        }
        return out;
    }

    /**
     * Float form of {@link #intoRows(double[], int, int, int, double[], int)}: each row widened
     * to double (in a per-thread buffer of at most 64 KiB; rows longer than 6,016 entries
     * allocate their own), computed as {@link #of(float[])} computes it, and rounded once; same
     * special cases.
     *
     * @param z the logits
     * @param offset the index in {@code z} of the first entry of row 0
     * @param length the entries of the slice, a multiple of {@code rowLength}
     * @param rowLength the entries per row, at least 1
     * @param out the destination
     * @param outOffset the index in {@code out} of the first row's value
     * @return {@code out}
     */
    public static float[] intoRows(float[] z, int offset, int length, int rowLength, float[] out, int outOffset) {
        int rows = RowMajor.rows(Checks.notNull(z, "z").length, offset, length, rowLength, "z");
        RowMajor.out(z, offset, length, out, Checks.notNull(out, "out").length, outOffset, rows, false);
        RowMajor.noNaN(z, offset, length, rowLength, "z");
        if (Batches.parallel(rows, length)) {
            Batches.runRanges(rows, (from, to) -> rowRange(z, offset, rowLength, out, outOffset, from, to));
        } else {
            rowRange(z, offset, rowLength, out, outOffset, 0, rows);
        }
        return out;
    }

    /** The number of rows of a whole array, checked. */
    private static int rows(int length, int rowLength) {
        return RowMajor.rows(length, 0, length, rowLength, "z");
    }

    /** Rows [from, to) of a checked row-major batch (the small-row kernel where there is one). */
    private static void rowRange(double[] z, int offset, int rowLength, double[] out, int outOffset, int from, int to) {
        Dispatch.logSumExpRows(z, offset + from * rowLength, out, outOffset + from, to - from, rowLength);
    }

    /** Rows [from, to) of a checked row-major float batch, each widened into this thread's buffer. */
    private static void rowRange(float[] z, int offset, int rowLength, float[] out, int outOffset, int from, int to) {
        double[] w = Floats.rowBuffer(rowLength);
        for (int r = from; r < to; r++) {
            Floats.widen(z, offset + r * rowLength, rowLength, w);
            out[outOffset + r] = (float) Dispatch.logSumExp(w, 0, rowLength);
        }
    }
}
