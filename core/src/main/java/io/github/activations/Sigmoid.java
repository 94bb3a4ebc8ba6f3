/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Batches;
import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;
import io.github.activations.internal.RowMajor;

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
        return Dispatch.sigmoid(x);
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
        long elements = Batches.elements(rows);
        if (Batches.parallel(rows.length, elements)) {
            Batches.run(rows.length, elements, r -> out[r] = apply(rows[r], new double[rows[r].length]), null);
        } else {
            for (int r = 0; r < rows.length; r++) {
                out[r] = apply(rows[r], new double[rows[r].length]);
            }
        }
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
        return Dispatch.sigmoidDerivative(x);
    }

    /**
     * Returns σ of each entry of a row-major batch ({@code z.length / rowLength} rows of
     * {@code rowLength} entries) as a new array. Special cases: those of
     * {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @return the probabilities, in the same layout
     */
    public static double[] ofRows(double[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new double[z.length], 0);
    }

    /**
     * Returns σ of each entry of a row-major float batch as a new array. Special cases: those of
     * {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @return the probabilities, in the same layout
     */
    public static float[] ofRows(float[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new float[z.length], 0);
    }

    /**
     * Writes σ of each entry of a row-major batch into {@code out} (same length; may be
     * {@code z}) and returns it; allocates nothing. Special cases: those of
     * {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @param out the destination, {@code z.length} entries
     * @return {@code out}
     */
    public static double[] intoRows(double[] z, int rowLength, double[] out) {
        Checks.notNull(z, "z");
        RowMajor.sameLength(z.length, Checks.notNull(out, "out").length, "z.length");
        return intoRows(z, 0, z.length, rowLength, out, 0);
    }

    /**
     * Float form of {@link #intoRows(double[], int, double[])}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @param out the destination, {@code z.length} entries
     * @return {@code out}
     */
    public static float[] intoRows(float[] z, int rowLength, float[] out) {
        Checks.notNull(z, "z");
        RowMajor.sameLength(z.length, Checks.notNull(out, "out").length, "z.length");
        return intoRows(z, 0, z.length, rowLength, out, 0);
    }

    /**
     * Writes σ of each entry of the row-major slice z[offset, offset + length) into
     * out[outOffset, outOffset + length) and returns {@code out}; allocates nothing. The rows
     * matter for the checks and the messages: each entry has the bits of {@link #of(double)}.
     * Every check runs before anything is written; large batches run their rows in parallel.
     *
     * <table class="striped">
     *   <caption>Special cases of the row-major forms</caption>
     *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
     *   <tbody>
     *   <tr><td>{@code z} or {@code out} null</td><td>{@code NullPointerException} naming it</td></tr>
     *   <tr><td>{@code rowLength} &lt; 1</td><td>{@code IllegalArgumentException}</td></tr>
     *   <tr><td>{@code offset} or {@code length} negative, or the slice past the end of z (or the output range past the end of out)</td><td>{@code IndexOutOfBoundsException} with the range and the array length</td></tr>
     *   <tr><td>{@code length} not a multiple of {@code rowLength}</td><td>{@code IllegalArgumentException} with both</td></tr>
     *   <tr><td>{@code out} of another length (forms without offsets)</td><td>{@code IllegalArgumentException} with both lengths</td></tr>
     *   <tr><td>{@code out} is {@code z} at another, overlapping offset</td><td>{@code IllegalArgumentException} (the same offset works in place)</td></tr>
     *   <tr><td>{@code length} 0</td><td>zero rows: nothing is written</td></tr>
     *   <tr><td>an entry NaN</td><td>{@code IllegalArgumentException} naming its index, row and column</td></tr>
     *   <tr><td>entries ±∞</td><td>1.0 and 0.0</td></tr>
     *   <tr><td>entries near −745</td><td>the correctly rounded subnormal, as {@link #of(double)}</td></tr>
     *   </tbody>
     * </table>
     *
     * @param z the logits
     * @param offset the index in {@code z} of the first entry of row 0
     * @param length the entries of the slice, a multiple of {@code rowLength}
     * @param rowLength the entries per row, at least 1
     * @param out the destination
     * @param outOffset the index in {@code out} of the first result
     * @return {@code out}
     */
    public static double[] intoRows(double[] z, int offset, int length, int rowLength, double[] out, int outOffset) {
        int rows = RowMajor.rows(Checks.notNull(z, "z").length, offset, length, rowLength, "z");
        RowMajor.out(z, offset, length, out, Checks.notNull(out, "out").length, outOffset, length, true);
        RowMajor.noNaN(z, offset, length, rowLength, "z");
        if (Batches.parallel(rows, length)) {
            Batches.runRanges(rows, (from, to) -> Dispatch.sigmoid(
                    z, offset + from * rowLength, out, outOffset + from * rowLength, (to - from) * rowLength));
        } else if (length > 0) {
            Dispatch.sigmoid(z, offset, out, outOffset, length);
        }
        return out;
    }

    /**
     * Float form of {@link #intoRows(double[], int, int, int, double[], int)}: each entry has the
     * bits of {@link #of(float[])}; same special cases.
     *
     * @param z the logits
     * @param offset the index in {@code z} of the first entry of row 0
     * @param length the entries of the slice, a multiple of {@code rowLength}
     * @param rowLength the entries per row, at least 1
     * @param out the destination
     * @param outOffset the index in {@code out} of the first result
     * @return {@code out}
     */
    public static float[] intoRows(float[] z, int offset, int length, int rowLength, float[] out, int outOffset) {
        int rows = RowMajor.rows(Checks.notNull(z, "z").length, offset, length, rowLength, "z");
        RowMajor.out(z, offset, length, out, Checks.notNull(out, "out").length, outOffset, length, true);
        RowMajor.noNaN(z, offset, length, rowLength, "z");
        if (Batches.parallel(rows, length)) {
            Batches.runRanges(rows, (from, to) -> Dispatch.sigmoid(
                    z, offset + from * rowLength, out, outOffset + from * rowLength, (to - from) * rowLength));
        } else if (length > 0) {
            Dispatch.sigmoid(z, offset, out, outOffset, length);
        }
        return out;
    }

    private static double[] apply(double[] z, double[] out) {
        Dispatch.sigmoid(z, out);
        return out;
    }

    private static float[] apply(float[] z, float[] out) {
        Dispatch.sigmoid(z, out);
        return out;
    }
}
