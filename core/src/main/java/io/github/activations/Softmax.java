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
import java.util.concurrent.Executor;

/**
 * Softmax: softmax(z)ᵢ = exp(zᵢ − m) / Σⱼ exp(zⱼ − m), with m = max(z), a probability
 * distribution over the entries of z that keeps their order. With a temperature T the input
 * is z / T; with a mask only the kept entries take part.
 *
 * <table class="striped">
 *   <caption>Special cases (every form)</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code z} (or a row, or an output array) is {@code null}</td><td>{@code NullPointerException} naming it</td></tr>
 *   <tr><td>length 0</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>any entry NaN</td><td>{@code IllegalArgumentException} naming the index (and the row in a batch)</td></tr>
 *   <tr><td>length 1, entry finite or +∞</td><td>{@code [1.0]}</td></tr>
 *   <tr><td>k entries +∞</td><td>those entries 1/k, all others 0</td></tr>
 *   <tr><td>an entry −∞ (and some entry &gt; −∞)</td><td>0 at that entry</td></tr>
 *   <tr><td>every entry −∞</td><td>{@code IllegalArgumentException} (the result would be 0/0)</td></tr>
 *   <tr><td>entries near ±{@code Double.MAX_VALUE}, e.g. {@code [1e308, -1e308]}</td><td>the exact result rounded ({@code [1.0, 0.0]}): no overflow, no NaN</td></tr>
 *   <tr><td>entries so far below the maximum that exp underflows</td><td>the correctly rounded subnormal, or 0 below 2^-1075</td></tr>
 *   <tr><td>temperature T &gt; 0 finite</td><td>softmax(z / T), z / T never rounded (the quotient is kept in double-double)</td></tr>
 *   <tr><td>temperature 0 (or −0.0)</td><td>the limit T → 0⁺: the maximal entries share the mass equally (one-hot for a unique maximum)</td></tr>
 *   <tr><td>temperature +∞</td><td>the limit T → ∞: uniform over the finite entries; +∞ entries, if any, still take all the mass</td></tr>
 *   <tr><td>temperature negative or NaN</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>mask of another length</td><td>{@code IllegalArgumentException} with both lengths</td></tr>
 *   <tr><td>mask entry {@code false}</td><td>that entry is not read (it may be NaN) and gets 0</td></tr>
 *   <tr><td>mask all {@code false}</td><td>all zeros</td></tr>
 *   <tr><td>{@code out} of another length</td><td>{@code IllegalArgumentException} with both lengths, nothing written</td></tr>
 *   <tr><td>batch of zero rows</td><td>zero rows</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Each element is within 2 ulp of the exact value (about 1.51 ulp by
 * construction: one rounding of the exponential, whose error is below 2^-61, and one of the
 * quotient; the normaliser is a double-double sum of terms accurate to 2^-61); the exact sum of
 * the outputs is within 4 ulp of 1 for any length. Float forms are within 1 ulp of the exact
 * float result (computed in double to about 2^-31, rounded once). The test {@code SoftmaxAccuracyTest}
 * measures both against a 40-digit reference. The same bounds hold on the SIMD path (see
 * {@link VectorPath}), which runs the same exponential lane by lane; it sums in another order,
 * so a result may differ from the scalar path's by 1 ulp ({@code VectorSupportTest}).
 *
 * <p><b>Two classes.</b> For two entries (or two kept entries) the result is computed as
 * [σ(a − b), σ(b − a)] with the same kernel as {@link Sigmoid}, so
 * {@code Softmax.of(new double[] {z, 0})[0] == Sigmoid.of(z)} holds bit for bit for every
 * double z.
 *
 * <p><b>Algorithm.</b> m = max(z); each zᵢ − m (and its division by T) is formed exactly as a
 * double-double, its exponential is computed by the library's double-double exponential
 * (not {@link Math#exp}), the sum is accumulated in double-double, and each output is
 * eᵢ · (1/S) rounded once. The maximum is subtracted first, so nothing overflows. See
 * Blanchard, Higham and Mary, "Accurate computation of the log-sum-exp and softmax
 * functions", IMA J. Numer. Anal. 41 (2021).
 */
public final class Softmax {
    /**
     * The name the kernels get for a row of a batch: the batch forms check every row first, so
     * a kernel never throws there and never shows it (a name built per row, "rows[" + r + "]",
     * cost about as much as the softmax of a row of 10).
     */
    private static final String ROW = "rows[r]";

    private Softmax() {
    }

    /**
     * Returns the softmax of {@code z} as a new array; {@code z} is not modified.
     *
     * @param z the logits
     * @return the probabilities, same length as {@code z}
     */
    public static double[] of(double[] z) {
        return into(z, 1.0, new double[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns the softmax of {@code z} as a new float array, computed in double and rounded once.
     *
     * @param z the logits
     * @return the probabilities, same length as {@code z}
     */
    public static float[] of(float[] z) {
        return of(z, 1.0);
    }

    /**
     * Returns softmax(z / temperature) as a new array; see the class table for 0 and +∞.
     *
     * @param z the logits
     * @param temperature T &gt;= 0; below 1 sharpens, above 1 flattens
     * @return the probabilities, same length as {@code z}
     */
    public static double[] of(double[] z, double temperature) {
        return into(z, temperature, new double[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns softmax(z / temperature) as a new float array, computed in double and rounded once.
     *
     * @param z the logits
     * @param temperature T &gt;= 0
     * @return the probabilities, same length as {@code z}
     */
    public static float[] of(float[] z, double temperature) {
        if (temperature == 1.0) {
            return into(z, new float[Checks.notNull(z, "z").length]);
        }
        Checks.vector(z, "z"); // see LogSoftmax.into: the scan keeps the SIMD loops compiled well
        Checks.temperature(temperature);
        return floatRow(z, temperature, "z");
    }

    /**
     * Returns the softmax over the entries whose mask is {@code true}, as a new array;
     * masked entries get 0 and are not read (padding may hold anything, NaN included).
     *
     * @param z the logits
     * @param mask {@code true} where the entry takes part, same length as {@code z}
     * @return the probabilities; all zeros when every entry is masked
     */
    public static double[] of(double[] z, boolean[] mask) {
        Checks.notNull(z, "z");
        Checks.mask(mask, z.length);
        Checks.maskedVector(z, mask, "z");
        double[] out = new double[z.length];
        Dispatch.softmax(z, out, mask, "z");
        return out;
    }

    /**
     * Returns softmax(z / temperature) as a new float array: the same as the {@code double}
     * temperature form, for callers (Kotlin) that hold the temperature as a {@code float}.
     *
     * @param z the logits
     * @param temperature T &gt;= 0
     * @return the probabilities, same length as {@code z}
     */
    public static float[] of(float[] z, float temperature) {
        return of(z, (double) temperature);
    }

    /**
     * Returns the masked softmax of a float vector, computed in double and rounded once.
     *
     * @param z the logits
     * @param mask {@code true} where the entry takes part, same length as {@code z}
     * @return the probabilities; all zeros when every entry is masked
     */
    public static float[] of(float[] z, boolean[] mask) {
        Checks.notNull(z, "z");
        Checks.mask(mask, z.length);
        return Floats.narrow(of(Floats.widen(z), mask));
    }

    /**
     * Returns the softmax of each row as a new batch; rows may differ in length.
     *
     * @param rows the logits, one vector per row
     * @return one probability vector per row
     */
    public static double[][] of(double[][] rows) {
        return of(rows, 1.0);
    }

    /**
     * Returns softmax(row / temperature) of each row as a new batch.
     *
     * @param rows the logits, one vector per row
     * @param temperature T &gt;= 0
     * @return one probability vector per row
     */
    public static double[][] of(double[][] rows, double temperature) {
        Checks.rows(rows, "rows");
        Checks.temperature(temperature);
        Checks.rowsDefined(rows, Double.NEGATIVE_INFINITY, "rows");
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = new double[rows[r].length];
        }
        if (temperature == 1.0) {
            unitRows(rows, out);
            return out;
        }
        long elements = Batches.elements(rows);
        if (Batches.parallel(rows.length, elements)) {
            Batches.run(rows.length, elements, r -> Dispatch.softmax(rows[r], out[r], temperature, ROW), null);
        } else {
            for (int r = 0; r < rows.length; r++) {
                Dispatch.softmax(rows[r], out[r], temperature, ROW);
            }
        }
        return out;
    }

    /**
     * Returns the softmax of each row as a new batch, the rows (and the NaN scan that checks
     * them first) split over {@code executor} whatever the batch size (the other batch forms
     * use the common pool above {@link VectorPath#PARALLEL_THRESHOLD} elements). Results are
     * bit for bit those of the sequential form; when rows fail, the exception of the lowest
     * failing row is thrown.
     *
     * @param rows the logits, one vector per row
     * @param executor runs the blocks of rows, e.g. a fixed thread pool
     * @return one probability vector per row
     */
    public static double[][] of(double[][] rows, Executor executor) {
        Checks.notNull(rows, "rows");
        Checks.notNull(executor, "executor");
        Checks.rows(rows, "rows", executor);
        Checks.rowsDefined(rows, Double.NEGATIVE_INFINITY, "rows");
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = new double[rows[r].length];
        }
        Batches.run(rows.length, Batches.elements(rows),
                r -> Dispatch.softmax(rows[r], out[r], 1.0, ROW), executor);
        return out;
    }

    /**
     * Softmax at temperature 1 of checked rows into out (same shape), split over the common pool
     * above the parallel threshold: rows of the lengths the small-row kernel takes in ranges of
     * rows, the others one by one through a lambda, as before that kernel (each row's kernel is
     * then compiled on its own: a loop that calls it directly had C2 inline the float kernel's
     * vector loops into the loop's compilation and box their vectors, 21 MB per batch of
     * 10,000 × 1,000 floats, JDK 17, 2026-12-05).
     */
    private static void unitRows(double[][] rows, double[][] out) {
        long elements = Batches.elements(rows);
        boolean parallel = Batches.parallel(rows.length, elements);
        if (rows.length > 0 && Dispatch.groupsRows(rows[0].length)) {
            if (parallel) {
                Batches.runRanges(rows.length, (from, to) -> Dispatch.softmaxRows(rows, out, from, to, ROW));
            } else {
                Dispatch.softmaxRows(rows, out, 0, rows.length, ROW);
            }
        } else if (parallel) {
            Batches.run(rows.length, elements, r -> Dispatch.softmax(rows[r], out[r], 1.0, ROW), null);
        } else {
            for (int r = 0; r < rows.length; r++) {
                Dispatch.softmax(rows[r], out[r], 1.0, ROW);
            }
        }
    }

    /**
     * A batch of one row: the batch form's checks in their order and with their messages, but
     * without its loops and lambdas, then the single-vector kernel, which finds an all −∞ row
     * before it writes (so a batch of one row costs what one vector costs: issue 13). A short row
     * is scanned for NaN first, as in a larger batch. A longer row (above one chunk of the
     * kernel, split over threads or not) is not: the kernel's first pass, the maximum, finds a
     * NaN before anything is written and throws the scan's exception ({@code rows[0][i] is NaN},
     * the first NaN), as the single-vector form does; only when {@code out} is bad too is the row
     * scanned, so that its NaN is still reported first, as in a larger batch.
     */
    private static void oneRow(double[][] rows, double[][] out) {
        double[] row = rows[0];
        boolean longRow = Dispatch.kernelFindsNaN(Checks.nonEmpty(row, "rows[0]").length);
        if (!longRow) {
            Checks.vector(row, "rows[0]");
        }
        try {
            Checks.notNull(out, "out");
            Checks.sameLength(1, "rows", out.length, "out");
            Checks.notNull(out[0], "out[0]");
            Checks.sameLength(row.length, "rows[0]", out[0].length, "out[0]");
        } catch (RuntimeException badOut) {
            Checks.vector(row, "rows[0]");
            throw badOut;
        }
        if (longRow) {
            Dispatch.softmaxVector(row, out[0], "rows[0]");
        } else {
            Dispatch.softmax(row, out[0], 1.0, "rows[0]");
        }
    }

    /** Float form of {@link #oneRow(double[][], double[][])}. */
    private static void oneRow(float[][] rows, float[][] out) {
        float[] row = rows[0];
        boolean longRow = Dispatch.kernelFindsNaN(Checks.nonEmpty(row, "rows[0]").length);
        if (!longRow) {
            Checks.vector(row, "rows[0]");
        }
        try {
            Checks.notNull(out, "out");
            Checks.sameLength(1, "rows", out.length, "out");
            Checks.notNull(out[0], "out[0]");
            Checks.sameLength(row.length, "rows[0]", out[0].length, "out[0]");
        } catch (RuntimeException badOut) {
            Checks.vector(row, "rows[0]");
            throw badOut;
        }
        if (longRow) {
            Dispatch.softmaxVector(row, out[0], "rows[0]");
        } else {
            Dispatch.softmax(row, out[0], "rows[0]");
        }
    }

    /** Float form of {@link #unitRows(double[][], double[][])}. */
    private static void unitRows(float[][] rows, float[][] out) {
        long elements = Batches.elements(rows);
        boolean parallel = Batches.parallel(rows.length, elements);
        if (rows.length > 0 && Dispatch.groupsRows(rows[0].length)) {
            if (parallel) {
                Batches.runRanges(rows.length, (from, to) -> Dispatch.softmaxRows(rows, out, from, to, ROW));
            } else {
                Dispatch.softmaxRows(rows, out, 0, rows.length, ROW);
            }
        } else if (parallel) {
            Batches.run(rows.length, elements, r -> Dispatch.softmax(rows[r], out[r], ROW), null);
        } else {
            for (int r = 0; r < rows.length; r++) {
                Dispatch.softmax(rows[r], out[r], ROW);
            }
        }
    }

    /** One float row as a new array: at temperature 1 the float kernel, otherwise the double one on the widened row. */
    private static float[] floatRow(float[] z, double temperature, String name) {
        if (temperature == 1.0) {
            float[] out = new float[z.length];
            Dispatch.softmax(z, out, name);
            return out;
        }
        double[] w = Floats.widen(z);
        Dispatch.softmax(w, w, temperature, name);
        return Floats.narrow(w);
    }

    /**
     * Returns the softmax of each float row as a new batch, computed in double and rounded once.
     *
     * @param rows the logits, one vector per row
     * @return one probability vector per row
     */
    public static float[][] of(float[][] rows) {
        return of(rows, 1.0);
    }

    /**
     * Returns softmax(row / temperature) of each float row as a new batch.
     *
     * @param rows the logits, one vector per row
     * @param temperature T &gt;= 0
     * @return one probability vector per row
     */
    public static float[][] of(float[][] rows, double temperature) {
        Checks.rows(rows, "rows");
        Checks.temperature(temperature);
        Checks.rowsDefined(rows, Double.NEGATIVE_INFINITY, "rows");
        float[][] out = new float[rows.length][];
        if (temperature == 1.0) {
            for (int r = 0; r < rows.length; r++) {
                out[r] = new float[rows[r].length];
            }
            unitRows(rows, out);
            return out;
        }
        long elements = Batches.elements(rows);
        if (Batches.parallel(rows.length, elements)) {
            Batches.run(rows.length, elements, r -> out[r] = floatRow(rows[r], temperature, ROW), null);
        } else {
            for (int r = 0; r < rows.length; r++) {
                out[r] = floatRow(rows[r], temperature, ROW);
            }
        }
        return out;
    }

    /**
     * Returns softmax(row / temperature) of each float row, for a {@code float} temperature.
     *
     * @param rows the logits, one vector per row
     * @param temperature T &gt;= 0
     * @return one probability vector per row
     */
    public static float[][] of(float[][] rows, float temperature) {
        return of(rows, (double) temperature);
    }

    /**
     * Writes the softmax of {@code z} into {@code out} and returns {@code out}; {@code out} may
     * be {@code z}. On an exception nothing has been written.
     *
     * @param z the logits
     * @param out the destination, same length as {@code z}
     * @return {@code out}
     */
    public static double[] into(double[] z, double[] out) {
        return into(z, 1.0, out);
    }

    /**
     * Writes softmax(z / temperature) into {@code out} and returns it; {@code out} may be
     * {@code z}. On an exception nothing has been written. At temperature 1, a vector of at
     * least {@link VectorPath#PARALLEL_THRESHOLD} entries is computed on the common pool's
     * threads too, with the same bits as on one thread (see {@link VectorPath}).
     *
     * @param z the logits
     * @param temperature T &gt;= 0
     * @param out the destination, same length as {@code z}
     * @return {@code out}
     */
    public static double[] into(double[] z, double temperature, double[] out) {
        if (temperature == 1.0 && Dispatch.kernelFindsNaN(Checks.notNull(z, "z").length)) {
            // a long vector, split over threads or not: its first pass finds a NaN (no scan first)
            Checks.outOfUnscanned(z, out);
            Dispatch.softmaxVector(z, out, "z");
            return out;
        }
        Checks.vector(z, "z"); // see LogSoftmax.into: the scan keeps the SIMD loops compiled well
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        Checks.temperature(temperature);
        Dispatch.softmax(z, out, temperature, "z");
        return out;
    }

    /**
     * Writes the softmax of float {@code z} into {@code out} and returns it; {@code out} may be
     * {@code z}. On an exception nothing has been written.
     *
     * @param z the logits
     * @param out the destination, same length as {@code z}
     * @return {@code out}
     */
    public static float[] into(float[] z, float[] out) {
        if (Dispatch.kernelFindsNaN(Checks.notNull(z, "z").length)) {
            Checks.outOfUnscanned(z, out);
            Dispatch.softmaxVector(z, out, "z");
            return out;
        }
        Checks.vector(z, "z"); // see LogSoftmax.into: the scan keeps the SIMD loops compiled well
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        Dispatch.softmax(z, out, "z");
        return out;
    }

    /**
     * Writes the softmax of each row into the matching row of {@code out} (same shape; may be
     * {@code rows}) and returns {@code out}: the same bits as {@link #into(double[], double[])}
     * row by row (runs of rows of one length, 3 to 64 entries, take the small-row kernel of
     * {@link #intoRows(double[], int, int, int, double[], int)}). Shapes, NaN and all-−∞ rows are
     * checked before anything is written. {@code out[r]} may be {@code rows[r]} (in place); an
     * array that is a row of {@code rows} in another place of {@code out} (rows swapped, or one
     * array twice) is not checked for and gives rows computed from overwritten logits.
     *
     * @param rows the logits, one vector per row
     * @param out the destination batch
     * @return {@code out}
     */
    public static double[][] into(double[][] rows, double[][] out) {
        if (rows != null && rows.length == 1) {
            oneRow(rows, out);
            return out;
        }
        Checks.rows(rows, "rows");
        Checks.sameShape(rows, out);
        Checks.rowsDefined(rows, Double.NEGATIVE_INFINITY, "rows");
        unitRows(rows, out);
        return out;
    }

    /**
     * Writes the softmax of each float row into the matching row of {@code out} (same shape; may
     * be {@code rows}) and returns {@code out}: the same bits as {@link #into(float[], float[])}
     * row by row. Shapes, NaN and all-−∞ rows are checked before anything is written;
     * {@code out[r]} may be {@code rows[r]}, other sharing of arrays between the two is not
     * supported (as for {@link #into(double[][], double[][])}).
     *
     * @param rows the logits, one vector per row
     * @param out the destination batch
     * @return {@code out}
     */
    public static float[][] into(float[][] rows, float[][] out) {
        if (rows != null && rows.length == 1) {
            oneRow(rows, out);
            return out;
        }
        Checks.rows(rows, "rows");
        Checks.sameShape(rows, out);
        Checks.rowsDefined(rows, Double.NEGATIVE_INFINITY, "rows");
        unitRows(rows, out);
        return out;
    }

    /**
     * Returns the softmax of each row of a row-major batch as a new array: {@code z} holds
     * {@code z.length / rowLength} rows of {@code rowLength} logits one after the other (the
     * layout of a [batch, classes] tensor). Special cases: those of
     * {@link #intoRows(double[], int, int, int, double[], int)}.
     *
     * @param z the logits, row after row
     * @param rowLength the entries per row (the number of classes), at least 1
     * @return the probabilities, in the same layout
     */
    public static double[] ofRows(double[] z, int rowLength) {
        Checks.notNull(z, "z");
        return intoRows(z, 0, z.length, rowLength, new double[z.length], 0);
    }

    /**
     * Returns the softmax of each row of a row-major float batch as a new array, each row
     * computed in double and rounded once. Special cases: those of
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
     * Writes the softmax of each row of a row-major batch into {@code out} (same length; may be
     * {@code z}) and returns {@code out}; allocates nothing. Special cases: those of
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
     * Float form of {@link #intoRows(double[], int, double[])}: each row computed in double and
     * rounded once; allocates nothing.
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
     * Writes the softmax of each row of the row-major slice z[offset, offset + length) into
     * out[outOffset, outOffset + length) and returns {@code out}; allocates nothing. Row r is
     * z[offset + r·rowLength, offset + (r + 1)·rowLength), and its result has the bits
     * {@link #into(double[], double[])} gives for that row alone. Every check below runs
     * before anything is written. Large batches run their rows in parallel, as the batch forms
     * over {@code double[][]} do ({@link VectorPath#PARALLEL_THRESHOLD}). On the SIMD path,
     * rows of 3 to 64 entries are computed several at a time, one row per vector lane, by a
     * kernel that repeats the single-vector kernel's operations in its order (so the same bits);
     * the rows it leaves (a +∞ entry, an entry more than 693 below the row's maximum, −∞
     * included) go through the single-vector kernel.
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
     *   <tr><td>a row with k entries +∞</td><td>those entries 1/k, the others 0 (as a single vector)</td></tr>
     *   <tr><td>an entry −∞ in a row with some entry &gt; −∞</td><td>0 at that entry</td></tr>
     *   <tr><td>rows of 1</td><td>1.0 each</td></tr>
     *   <tr><td>extreme rows ([1e308, −1e308], entries 745 below the maximum)</td><td>as a single vector: the exact result rounded, subnormals not flushed</td></tr>
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
        if (rows == 1 && Dispatch.kernelFindsNaN(length)) {
            // one long row, as the single-vector form runs it (split over threads or not), with
            // no NaN scan first (the kernel's maximum finds a NaN before anything is written; the
            // scan then runs only to name it as a batch does)
            RowMajor.noRowAllNegativeInfinity(z, offset, rows, rowLength, "z");
            try {
                Dispatch.softmaxVector(z, offset, out, outOffset, length, "z");
            } catch (IllegalArgumentException nan) {
                RowMajor.noNaN(z, offset, length, rowLength, "z");
                throw nan;
            }
            return out;
        }
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
     * Float form of {@link #intoRows(double[], int, int, int, double[], int)}: each row computed
     * in double and rounded once, the bits of {@link #into(float[], float[])} for that row;
     * same special cases; allocates nothing.
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
        if (rows == 1 && Dispatch.kernelFindsNaN(length)) {
            // one long row, as the single-vector form runs it (split over threads or not), with
            // no NaN scan first (the kernel's maximum finds a NaN before anything is written; the
            // scan then runs only to name it as a batch does)
            RowMajor.noRowAllNegativeInfinity(z, offset, rows, rowLength, "z");
            try {
                Dispatch.softmaxVector(z, offset, out, outOffset, length, "z");
            } catch (IllegalArgumentException nan) {
                RowMajor.noNaN(z, offset, length, rowLength, "z");
                throw nan;
            }
            return out;
        }
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
        Dispatch.softmaxRows(z, offset + from * rowLength, out, outOffset + from * rowLength,
                to - from, rowLength, "z");
    }

    /** Rows [from, to) of a checked row-major float batch. */
    private static void rowRange(float[] z, int offset, int rowLength, float[] out, int outOffset, int from, int to) {
        Dispatch.softmaxRows(z, offset + from * rowLength, out, outOffset + from * rowLength,
                to - from, rowLength, "z");
    }

    /**
     * Replaces {@code z} by its softmax and returns it.
     *
     * @param z the logits, overwritten by the probabilities
     * @return {@code z}
     */
    public static double[] inPlace(double[] z) {
        return into(z, 1.0, z);
    }

    /**
     * Replaces {@code z} by softmax(z / temperature) and returns it.
     *
     * @param z the logits, overwritten by the probabilities
     * @param temperature T &gt;= 0
     * @return {@code z}
     */
    public static double[] inPlace(double[] z, double temperature) {
        return into(z, temperature, z);
    }

    /**
     * Replaces float {@code z} by its softmax and returns it.
     *
     * @param z the logits, overwritten by the probabilities
     * @return {@code z}
     */
    public static float[] inPlace(float[] z) {
        return into(z, z);
    }

    /**
     * Replaces every row by its softmax and returns {@code rows}.
     *
     * @param rows the logits, overwritten row by row
     * @return {@code rows}
     */
    public static double[][] inPlace(double[][] rows) {
        return into(rows, rows);
    }

    /**
     * Returns the vector-Jacobian product of softmax: given p = softmax(z) and the gradient
     * g = ∂L/∂p, returns ∂L/∂z with (∂L/∂z)ᵢ = pᵢ · (gᵢ − Σⱼ pⱼ gⱼ), in O(n) memory.
     *
     * <table class="striped">
     *   <caption>Special cases of backward</caption>
     *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
     *   <tbody>
     *   <tr><td>{@code p} or {@code gradOut} null</td><td>{@code NullPointerException} naming it</td></tr>
     *   <tr><td>lengths differ, or length 0</td><td>{@code IllegalArgumentException}</td></tr>
     *   <tr><td>an entry of {@code p} outside [0, 1] or NaN</td><td>{@code IllegalArgumentException} naming the index (p must be a softmax output, not logits)</td></tr>
     *   <tr><td>an entry of {@code gradOut} NaN or infinite</td><td>{@code IllegalArgumentException} naming the index</td></tr>
     *   </tbody>
     * </table>
     *
     * <p>The dot product Σ pⱼ gⱼ and each difference are formed in double-double, and the
     * product pᵢ (gᵢ − Σ pⱼ gⱼ) is rounded once from a double-double value; a difference that
     * cancels below what double-double certifies is recomputed exactly, so each result is within
     * 1 ulp even then.
     *
     * @param p the softmax output
     * @param gradOut the gradient of the loss with respect to {@code p}
     * @return the gradient with respect to the logits, as a new array
     */
    public static double[] backward(double[] p, double[] gradOut) {
        checkBackward(p, gradOut);
        return Dispatch.softmaxBackward(p, gradOut);
    }

    /**
     * Returns the vector-Jacobian product for float arrays, computed in double and rounded once.
     *
     * @param p the softmax output
     * @param gradOut the gradient of the loss with respect to {@code p}
     * @return the gradient with respect to the logits, as a new array
     * @see #backward(double[], double[])
     */
    public static float[] backward(float[] p, float[] gradOut) {
        Checks.notNull(p, "p");
        Checks.notNull(gradOut, "gradOut");
        return Floats.narrow(backward(Floats.widen(p), Floats.widen(gradOut)));
    }

    /**
     * Returns the dense Jacobian of softmax at p = softmax(z): J[i][j] = ∂pᵢ/∂zⱼ = pᵢ (δᵢⱼ − pⱼ).
     * It needs n² memory and is meant for teaching and checking; use
     * {@link #backward(double[], double[])} in training code. Special cases as for
     * {@code backward}'s {@code p}.
     *
     * @param p the softmax output
     * @return the n × n Jacobian, symmetric, each row summing to 0 up to rounding
     */
    public static double[][] jacobian(double[] p) {
        checkProbabilities(p);
        return Dispatch.softmaxJacobian(p);
    }

    private static void checkBackward(double[] p, double[] gradOut) {
        checkProbabilities(p);
        Checks.notNull(gradOut, "gradOut");
        Checks.sameLength(p.length, "p", gradOut.length, "gradOut");
        for (int i = 0; i < gradOut.length; i++) {
            if (!Double.isFinite(gradOut[i])) {
                throw new IllegalArgumentException("gradOut[" + i + "] is not finite: " + gradOut[i]);
            }
        }
    }

    private static void checkProbabilities(double[] p) {
        Checks.nonEmpty(p, "p");
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p[" + i + "] = " + p[i]
                        + " is not a probability in [0, 1]: pass Softmax.of(z), not the logits z");
            }
        }
    }
}
