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
 * Log-softmax: log-softmax(z)ᵢ = zᵢ − LSE(z) = (zᵢ − m) − ln(1 + s), with m = max(z) and s the
 * sum of exp(zⱼ − m) over the other terms. Both parts are &lt;= 0, so the subtraction never
 * cancels, and the log of the largest probability keeps its tiny size: −8.533e-17 for
 * [0, −37], where log(softmax) gives −1.1e-16, the log of 1 − 2^-53, wrong in every digit. Use it for log-likelihoods and cross-entropy.
 * With a temperature T it is ln softmax(z / T)ᵢ = (zᵢ − m)/T − ln Σⱼ exp((zⱼ − m)/T), the
 * log-probabilities of {@link Softmax#of(double[], double)}.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code null} / length 0</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>any entry NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>length 1, entry finite or +∞</td><td>{@code [0.0]}</td></tr>
 *   <tr><td>k entries +∞</td><td>−ln k at those entries, −∞ elsewhere</td></tr>
 *   <tr><td>an entry −∞ (some entry &gt; −∞)</td><td>−∞ at that entry</td></tr>
 *   <tr><td>every entry −∞</td><td>{@code IllegalArgumentException} (undefined)</td></tr>
 *   <tr><td>entries near ±{@code Double.MAX_VALUE}, e.g. [1e308, −1e308]</td><td>[0.0, −∞]: −2e308 is below −{@code MAX_VALUE}, so it rounds to −∞; never NaN</td></tr>
 *   <tr><td>temperature T &gt; 0 finite</td><td>log-softmax(z / T), z / T never rounded: (zᵢ − m)/T is kept in double-double</td></tr>
 *   <tr><td>temperature 0 (or −0.0)</td><td>the limit T → 0⁺, as {@code Softmax}: the k maximal entries get −ln k (0.0 for a unique maximum), the others −∞</td></tr>
 *   <tr><td>temperature +∞</td><td>the limit T → ∞: −ln n at the n entries above −∞, −∞ at −∞ entries; +∞ entries, if any, still take all the mass (−ln k there)</td></tr>
 *   <tr><td>temperature negative or NaN</td><td>{@code IllegalArgumentException}, nothing written</td></tr>
 *   <tr><td>{@code out} of another length</td><td>{@code IllegalArgumentException} with both lengths, nothing written</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Within 2 ulp everywhere, results near 0 included, with or without a
 * temperature ({@code LogSoftmaxAccuracyTest}); float forms within 1 ulp of the float result.
 *
 * <p><b>Algorithm.</b> m = max(z); s = Σ exp(dⱼ) over the non-maximal entries plus (number of
 * maxima − 1), with dⱼ = zⱼ − m (a two-sum) or (zⱼ − m)/T (a double-double quotient), each
 * exponential the library's own (relative error below 2^-61, not {@link Math#exp}) and the sum
 * in double-double; L = log1p(s) in double-double (within 2^-59 relative: nothing cancels
 * against it, so its correction step runs on the same exponential); each result is dᵢ − L, two terms &lt;= 0
 * added in double-double and rounded once. At T = 1 the SIMD path runs (see
 * {@link VectorPath}); any other temperature runs the scalar kernel on both paths. At T = 1 a
 * vector longer than 8,192 entries forms s chunk by chunk, the chunks' sums added in chunk
 * order by two-sums (the bound above holds unchanged), and from
 * {@link VectorPath#PARALLEL_THRESHOLD} entries the chunks run on the common pool's threads
 * too, with the same bits as on one thread.
 */
public final class LogSoftmax {
    /**
     * The name the kernels get for a row of a batch: the batch forms check every row first, so
     * a kernel never throws there and never shows it (a name built per row, "rows[" + r + "]",
     * cost about as much as the softmax of a row of 10).
     */
    private static final String ROW = "rows[r]";

    private LogSoftmax() {
    }

    /**
     * Returns the log-softmax of {@code z} as a new array. A vector of at least
     * {@link VectorPath#PARALLEL_THRESHOLD} entries is computed on the common pool's threads
     * too, with the same bits as on one thread (see {@link VectorPath}).
     *
     * @param z the logits
     * @return the log-probabilities, each &lt;= 0
     */
    public static double[] of(double[] z) {
        return into(z, new double[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns log-softmax(z / temperature) as a new array: the logarithms of
     * {@link Softmax#of(double[], double)}, without forming them. See the class table for 0 and +∞.
     *
     * @param z the logits
     * @param temperature T &gt;= 0; below 1 sharpens, above 1 flattens
     * @return the log-probabilities, each &lt;= 0
     */
    public static double[] of(double[] z, double temperature) {
        return into(z, temperature, new double[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns the log-softmax of a float vector, computed in double and rounded once (split
     * over threads as {@link #of(double[])}).
     *
     * @param z the logits
     * @return the log-probabilities, each &lt;= 0
     */
    public static float[] of(float[] z) {
        return of(z, 1.0);
    }

    /**
     * Returns log-softmax(z / temperature) of a float vector, computed in double and rounded once.
     *
     * @param z the logits
     * @param temperature T &gt;= 0
     * @return the log-probabilities, each &lt;= 0
     */
    public static float[] of(float[] z, double temperature) {
        Checks.vector(z, "z");
        Checks.temperature(temperature);
        double[] w = Floats.widen(z);
        compute(w, w, temperature);
        return Floats.narrow(w);
    }

    /**
     * Writes the log-softmax of checked {@code z} into {@code out} (may be {@code z}): split over
     * threads at temperature 1 for a long vector (the float forms pass their widened entries).
     */
    private static void compute(double[] z, double[] out, double temperature) {
        if (temperature == 1.0 && Dispatch.splits(z.length)) {
            Dispatch.logSoftmaxVector(z, out, "z");
        } else {
            Dispatch.logSoftmax(z, out, temperature, "z");
        }
    }

    /**
     * Returns the log-softmax of each row as a new batch.
     *
     * @param rows the logits, one vector per row
     * @return the log-probabilities, same shape
     */
    public static double[][] of(double[][] rows) {
        return of(rows, 1.0);
    }

    /**
     * Returns log-softmax(row / temperature) of each row as a new batch.
     *
     * @param rows the logits, one vector per row
     * @param temperature T &gt;= 0
     * @return the log-probabilities, same shape
     */
    public static double[][] of(double[][] rows, double temperature) {
        Checks.rows(rows, "rows");
        Checks.temperature(temperature);
        Checks.rowsDefined(rows, Double.NEGATIVE_INFINITY, "rows");
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = new double[rows[r].length];
        }
        long elements = Batches.elements(rows);
        if (Batches.parallel(rows.length, elements)) {
            Batches.run(rows.length, elements, r -> Dispatch.logSoftmax(rows[r], out[r], temperature, ROW), null);
        } else {
            for (int r = 0; r < rows.length; r++) {
                Dispatch.logSoftmax(rows[r], out[r], temperature, ROW);
            }
        }
        return out;
    }

    /**
     * Returns the log-softmax of each float row as a new batch.
     *
     * @param rows the logits, one vector per row
     * @return the log-probabilities, same shape
     */
    public static float[][] of(float[][] rows) {
        return of(rows, 1.0);
    }

    /**
     * Returns log-softmax(row / temperature) of each float row as a new batch.
     *
     * @param rows the logits, one vector per row
     * @param temperature T &gt;= 0
     * @return the log-probabilities, same shape
     */
    public static float[][] of(float[][] rows, double temperature) {
        Checks.rows(rows, "rows");
        Checks.temperature(temperature);
        Checks.rowsDefined(rows, Double.NEGATIVE_INFINITY, "rows");
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            double[] w = Floats.widen(rows[r]);
            Dispatch.logSoftmax(w, w, temperature, ROW);
            out[r] = Floats.narrow(w);
        }
        return out;
    }

    /**
     * Writes the log-softmax of {@code z} into {@code out} (may be {@code z}) and returns it.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static double[] into(double[] z, double[] out) {
        return into(z, 1.0, out);
    }

    /**
     * Writes log-softmax(z / temperature) into {@code out} (may be {@code z}) and returns it.
     * It allocates nothing, so a loop over the rows of a matrix can reuse one {@code out}.
     * On an exception nothing has been written. At temperature 1, a vector of at least
     * {@link VectorPath#PARALLEL_THRESHOLD} entries is computed on the common pool's threads
     * too, with the same bits as on one thread (see {@link VectorPath}); that call allocates a
     * few small objects (the tasks and one array of chunk summaries: some kilobytes).
     *
     * @param z the logits
     * @param temperature T &gt;= 0
     * @param out the destination, same length
     * @return {@code out}
     */
    public static double[] into(double[] z, double temperature, double[] out) {
        if (temperature == 1.0 && Dispatch.kernelFindsNaN(Checks.notNull(z, "z").length)) {
            // a long vector, split over threads or not: the kernel's first pass, the maximum,
            // finds a NaN before anything is written, so no scan first unless out is bad too
            // (then the scan names the NaN first, as for a shorter vector). JMH at n = 100,000,
            // JDK 17, every core, 3 JVMs each, 2026-12-06: 128–135 µs against 146–159 with the
            // scan (-XX:PerMethodTrapLimit=1000), 150–155 against 155–163 (without it); one
            // thread unchanged (164–172 against 165–168); no JVM compiled with boxed vectors in
            // 8 more without the flag (the boxing of 2026-12-05 below did not come back)
            Checks.outOfUnscanned(z, out);
            compute(z, out, 1.0);
            return out;
        }
        // the kernel finds NaN itself, but without this scan first some JVMs compiled its SIMD
        // loops with boxed vectors (JMH -prof gc at n = 100,000, 2026-11-29: log-softmax in 3
        // JVMs of 8, 11 MB allocated per call and 3–5 times slower; softmax in 1 of 5, 7.9 MB),
        // against none in 20 and 5 with it; the split form too (2026-12-05: 4.5 or 11.5 MB per
        // call in 4 JVMs of 8 at n = 100,000, none of 12 with it). Since 2026-12-06 vectors above
        // one chunk skip it (above), shorter ones keep it; logsumexp keeps it at every length
        // (its kernels do not throw for a NaN entry)
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        Checks.temperature(temperature);
        compute(z, out, temperature);
        return out;
    }

    /**
     * Writes the log-softmax of float {@code z} into {@code out} (may be {@code z}) and returns
     * it (split over threads as {@link #into(double[], double, double[])}).
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static float[] into(float[] z, float[] out) {
        return into(z, 1.0, out);
    }

    /**
     * Writes log-softmax(z / temperature) of float {@code z} into {@code out} (may be {@code z})
     * and returns it, computed in double and rounded once.
     *
     * @param z the logits
     * @param temperature T &gt;= 0
     * @param out the destination, same length
     * @return {@code out}
     */
    public static float[] into(float[] z, double temperature, float[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        Checks.temperature(temperature);
        double[] w = Floats.widen(z);
        compute(w, w, temperature);
        return Floats.narrow(w, out);
    }

    /**
     * Returns the log-softmax of each row of a row-major batch ({@code z.length / rowLength}
     * rows of {@code rowLength} logits one after the other) as a new array. Special cases: those
     * of {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @return the log-probabilities, in the same layout
     */
    public static double[] ofRows(double[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new double[z.length], 0);
    }

    /**
     * Returns the log-softmax of each row of a row-major float batch as a new array, each row
     * computed in double and rounded once. Special cases: those of
     * {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row, at least 1
     * @return the log-probabilities, in the same layout
     */
    public static float[] ofRows(float[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new float[z.length], 0);
    }

    /**
     * Writes the log-softmax of each row of a row-major batch into {@code out} (same length; may
     * be {@code z}) and returns it; allocates nothing. Special cases: those of
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
     * Writes the log-softmax of each row of the row-major slice z[offset, offset + length) into
     * out[outOffset, outOffset + length) and returns {@code out}; allocates nothing. Each row's
     * result has the bits {@link #into(double[], double[])} gives for that row alone. Every
     * check runs before anything is written; large batches run their rows in parallel.
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
     *   <tr><td>a row with every entry −∞</td><td>{@code IllegalArgumentException} naming the row</td></tr>
     *   <tr><td>a row with k entries +∞</td><td>−ln k at those entries, −∞ elsewhere</td></tr>
     *   <tr><td>an entry −∞ in a row with some entry &gt; −∞</td><td>−∞ at that entry</td></tr>
     *   <tr><td>rows of 1</td><td>0.0 each</td></tr>
     *   <tr><td>extreme rows ([1e308, −1e308], results near 0)</td><td>as a single vector ([0.0, −∞]; within 2 ulp)</td></tr>
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
        RowMajor.noRowAllNegativeInfinity(z, offset, rows, rowLength, "z");
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
     * allocate their own), computed as {@link #into(float[], float[])} computes it, and rounded
     * once; same special cases.
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
        RowMajor.noRowAllNegativeInfinity(z, offset, rows, rowLength, "z");
        if (Batches.parallel(rows, length)) {
            Batches.runRanges(rows, (from, to) -> rowRange(z, offset, rowLength, out, outOffset, from, to));
        } else {
            rowRange(z, offset, rowLength, out, outOffset, 0, rows);
        }
        return out;
    }

    /** Rows [from, to) of a checked row-major batch (the small-row kernel where there is one). */
    private static void rowRange(double[] z, int offset, int rowLength, double[] out, int outOffset, int from, int to) {
        Dispatch.logSoftmaxRows(z, offset + from * rowLength, out, outOffset + from * rowLength,
                to - from, rowLength, "z");
    }

    /** Rows [from, to) of a checked row-major float batch, each widened into this thread's buffer. */
    private static void rowRange(float[] z, int offset, int rowLength, float[] out, int outOffset, int from, int to) {
        double[] w = Floats.rowBuffer(rowLength);
        for (int r = from; r < to; r++) {
            Floats.widen(z, offset + r * rowLength, rowLength, w);
            Dispatch.logSoftmax(w, 0, w, 0, rowLength, "z");
            Floats.narrow(w, rowLength, out, outOffset + r * rowLength);
        }
    }

    /**
     * Replaces {@code z} by its log-softmax and returns it.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static double[] inPlace(double[] z) {
        return into(z, 1.0, z);
    }

    /**
     * Replaces {@code z} by log-softmax(z / temperature) and returns it.
     *
     * @param z the logits, overwritten
     * @param temperature T &gt;= 0
     * @return {@code z}
     */
    public static double[] inPlace(double[] z, double temperature) {
        return into(z, temperature, z);
    }

    /**
     * Replaces float {@code z} by its log-softmax and returns it.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static float[] inPlace(float[] z) {
        return into(z, 1.0, z);
    }
}
