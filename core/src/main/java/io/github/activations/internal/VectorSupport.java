/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The hot loops of the library behind one interface, so a SIMD implementation can replace the
 * scalar one when {@code jdk.incubator.vector} is present (the Lucene {@code VectorizationProvider}
 * idiom). Every method assumes validated input: non-empty, lengths checked, and NaN-free
 * except for the methods that start by taking the maximum (argmax, softmax, log-softmax,
 * logsumexp): they find a NaN in that pass and report it as documented on each method, before
 * anything is written. Argmax relies on it and reads its input once; the public softmax family
 * still scans first (see {@code LogSoftmax.into}), but for the softmax of a long vector split
 * over threads ({@link VectorSplit}), whose first pass finds the NaN.
 *
 * <p>Contract shared by both implementations: the same accuracy bounds as the scalar kernels
 * ({@link SoftmaxKernels}, {@link LogSumExpKernels}, {@link SigmoidKernels}: softmax elements
 * within 2 ulp and the sum within 4 ulp of 1; log-softmax and logsumexp
 * within 2 ulp; sigmoid within 1 ulp; float forms within 1 ulp of the float result).
 * {@code VectorSupportTest} states how far the two may differ from each other.
 *
 * <p>Internal: not part of the public API.
 */
public interface VectorSupport {
    /** Returns a one-line description of this implementation, for {@code VectorPath.active()}. */
    String describe();

    /** Returns whether this implementation uses SIMD instructions. */
    boolean isVectorized();

    /**
     * Returns the bytes that this implementation's per-thread buffers hold for the calling
     * thread: at most {@link ThreadBuffers#MAX_THREAD_BUFFER_BYTES} (64 KiB), whatever the inputs
     * it has seen, so that memory does not grow with the number of threads (tested by
     * {@code ThreadBufferTest}).
     */
    long threadBufferBytes();

    /** Returns the index of the first NaN entry, or -1 (the input check of every public method). */
    default int indexOfNaN(double[] z) {
        return indexOfNaN(z, 0, z.length);
    }

    /** Returns the index (in z) of the first NaN entry of z[from, to), or -1. */
    int indexOfNaN(double[] z, int from, int to);

    /** Returns the index of the first NaN entry, or -1. */
    default int indexOfNaN(float[] z) {
        return indexOfNaN(z, 0, z.length);
    }

    /** Returns the index (in z) of the first NaN entry of z[from, to), or -1. */
    int indexOfNaN(float[] z, int from, int to);

    /** Returns the index of the first maximal entry, or -1 if {@code z} holds a NaN. */
    default int argmax(double[] z) {
        return argmax(z, 0, z.length);
    }

    /**
     * Returns the index, counted from {@code from}, of the first maximal entry of z[from, to)
     * (non-empty), or -1 if it holds a NaN.
     */
    int argmax(double[] z, int from, int to);

    /** Returns the index of the first maximal entry, or -1 if {@code z} holds a NaN. */
    default int argmax(float[] z) {
        return argmax(z, 0, z.length);
    }

    /** Float form of {@link #argmax(double[], int, int)}. */
    int argmax(float[] z, int from, int to);

    /**
     * Writes softmax(z) (temperature 1, no mask) into {@code out}, which may be {@code z}; a NaN
     * in z throws {@link Failures#nanIn} with {@code name}, and an all −∞ z
     * {@link Failures#allNegativeInfinity}, before anything is written.
     */
    default void softmax(double[] z, double[] out, String name) {
        softmax(z, 0, out, 0, z.length, name);
    }

    /**
     * Writes the softmax of z[zo, zo + n) (n &gt;= 1) into out[oo, oo + n): the same region of
     * the same array or disjoint ones. The result has the bits of the whole-array form on a
     * copy of the slice (a batch's rows equal the single-vector results); throws as that form.
     */
    void softmax(double[] z, int zo, double[] out, int oo, int n, String name);

    /**
     * Writes softmax(z), computed in double and rounded to float, into {@code out} (may be
     * {@code z}); throws as {@link #softmax(double[], double[], String)} does.
     */
    default void softmax(float[] z, float[] out, String name) {
        softmax(z, 0, out, 0, z.length, name);
    }

    /** Float form of {@link #softmax(double[], int, double[], int, int, String)}. */
    void softmax(float[] z, int zo, float[] out, int oo, int n, String name);

    /**
     * Returns the maximum of z[from, to) (non-empty), the first of equal maxima (so the sign of
     * a zero maximum is that of the first zero), or NaN if the range holds a NaN.
     */
    double max(double[] z, int from, int to);

    /** Float form of {@link #max(double[], int, int)}. */
    float max(float[] z, int from, int to);

    /**
     * One chunk of a long vector's softmax ({@link VectorSplit}): writes e_i = exp(z_i − m) of
     * z[zo, zo + n) into out[oo, oo + n) (the same region or disjoint ones) and their sum as a
     * double-double into (sums[at], sums[at + 1]), exactly as this implementation's
     * single-vector softmax computes a vector of n entries. Requires m = the whole vector's
     * maximum, finite, with three entries or more above −∞.
     */
    void softmaxTerms(double[] z, int zo, double m, double[] out, int oo, int n, double[] sums, int at);

    /** The last pass of softmax: out_i = e_i · (ih + il), rounded once, over out[oo, oo + n). */
    void softmaxScale(double[] out, int oo, int n, double ih, double il);

    /**
     * One chunk of a long float vector's softmax ({@link VectorSplit}): returns Σ exp(z_i − m)
     * over z[zo, zo + n), summed as this implementation's float softmax sums a vector too long
     * for its buffer.
     */
    double softmaxTermSum(float[] z, int zo, int n, double m);

    /**
     * The last pass of a long float vector's softmax: out[oo + i] = exp(z[zo + i] − m) · inv,
     * rounded to float, for i in [0, n), the terms computed again as
     * {@link #softmaxTermSum} computes them.
     */
    void softmaxScale(float[] z, int zo, int n, double m, double inv, float[] out, int oo);

    /**
     * Returns whether the {@code softmaxRows} methods compute rows of {@code n} entries several
     * at a time (the SIMD path's small-row kernel); when not, callers keep their row-by-row loops.
     */
    default boolean groupsRows(int n) {
        return false;
    }

    /**
     * Writes the softmax of {@code rows} rows of {@code n} entries (row r is
     * z[zo + r·n, zo + (r + 1)·n)) into the same rows of out[oo, oo + rows·n) (the same region
     * of the same array, or disjoint ones). The rows are checked: no NaN, no row all −∞. Each
     * row has the bits of {@link #softmax(double[], int, double[], int, int, String)} on it; an
     * implementation may compute several rows at once (the SIMD path's small-row kernel).
     */
    default void softmaxRows(double[] z, int zo, double[] out, int oo, int rows, int n, String name) {
        for (int r = 0; r < rows; r++) {
            softmax(z, zo + r * n, out, oo + r * n, n, name);
        }
    }

    /** Float form of {@link #softmaxRows(double[], int, double[], int, int, int, String)}. */
    default void softmaxRows(float[] z, int zo, float[] out, int oo, int rows, int n, String name) {
        for (int r = 0; r < rows; r++) {
            softmax(z, zo + r * n, out, oo + r * n, n, name);
        }
    }

    /**
     * Writes the softmax of rows[from, to) into out[from, to) (the same shapes, checked as for
     * {@link #softmaxRows(double[], int, double[], int, int, int, String)}; out[r] may be
     * rows[r]); each row the bits of {@link #softmax(double[], double[], String)}.
     */
    default void softmaxRows(double[][] rows, double[][] out, int from, int to, String name) {
        for (int r = from; r < to; r++) {
            softmax(rows[r], out[r], name);
        }
    }

    /** Float form of {@link #softmaxRows(double[][], double[][], int, int, String)}. */
    default void softmaxRows(float[][] rows, float[][] out, int from, int to, String name) {
        for (int r = from; r < to; r++) {
            softmax(rows[r], out[r], name);
        }
    }

    /** Writes σ of each entry into {@code out} (may be {@code z}). */
    default void sigmoid(double[] z, double[] out) {
        sigmoid(z, 0, out, 0, z.length);
    }

    /** Writes σ of each entry of z[zo, zo + n) into out[oo, oo + n) (same region or disjoint). */
    void sigmoid(double[] z, int zo, double[] out, int oo, int n);

    /** Writes σ of each entry, rounded to float, into {@code out} (may be {@code z}). */
    default void sigmoid(float[] z, float[] out) {
        sigmoid(z, 0, out, 0, z.length);
    }

    /** Float form of {@link #sigmoid(double[], int, double[], int, int)}. */
    void sigmoid(float[] z, int zo, float[] out, int oo, int n);

    /**
     * Writes log-softmax(z) into {@code out} (may be {@code z}); throws as
     * {@link #softmax(double[], double[], String)} does.
     */
    default void logSoftmax(double[] z, double[] out, String name) {
        logSoftmax(z, 0, out, 0, z.length, name);
    }

    /** Log-softmax of a slice, as {@link #softmax(double[], int, double[], int, int, String)}. */
    void logSoftmax(double[] z, int zo, double[] out, int oo, int n, String name);

    /**
     * Writes the log-softmax of {@code rows} rows of {@code n} entries (row r is
     * z[zo + r·n, zo + (r + 1)·n)) into the same rows of out[oo, oo + rows·n) (the same region
     * of the same array, or disjoint ones). The rows are checked: no NaN, no row all −∞. Each
     * row has the bits of {@link #logSoftmax(double[], int, double[], int, int, String)} on it;
     * an implementation may compute several rows at once (the SIMD path's small-row kernel).
     */
    default void logSoftmaxRows(double[] z, int zo, double[] out, int oo, int rows, int n, String name) {
        for (int r = 0; r < rows; r++) {
            logSoftmax(z, zo + r * n, out, oo + r * n, n, name);
        }
    }

    /** Returns ln Σ exp(z_i), or NaN if {@code z} holds a NaN (no other input gives NaN). */
    default double logSumExp(double[] z) {
        return logSumExp(z, 0, z.length);
    }

    /** {@link #logSumExp(double[])} of z[from, to), non-empty: the bits of the whole-array form. */
    double logSumExp(double[] z, int from, int to);

    /**
     * Writes the logsumexp of {@code rows} rows of {@code n} entries (row r is
     * z[zo + r·n, zo + (r + 1)·n)) into out[oo, oo + rows) ({@code out} may be {@code z} if the
     * ranges do not overlap). The rows are checked: no NaN. Each value has the bits of
     * {@link #logSumExp(double[], int, int)} on its row; an implementation may compute several
     * rows at once (the SIMD path's small-row kernel).
     */
    default void logSumExpRows(double[] z, int zo, double[] out, int oo, int rows, int n) {
        for (int r = 0; r < rows; r++) {
            out[oo + r] = logSumExp(z, zo + r * n, zo + (r + 1) * n);
        }
    }

    /**
     * One chunk of a long vector's log-softmax or logsumexp sum ({@link VectorSplit}): writes
     * the summary of Σ exp(z_i − m) − 1 over z[from, from + n) into sums[at, at +
     * {@link LogSumExpKernels#SUMMARY}), in the layout of
     * {@link LogSumExpKernels#sumMinusOneChunk}, with the full exponential or the quick one.
     * Requires m = the whole vector's maximum, finite. The same code whatever thread runs it,
     * and the one that this implementation's single-vector log-softmax and logsumexp use for
     * every vector longer than a chunk.
     */
    void sumMinusOneChunk(double[] z, int from, int n, double m, boolean full, double[] sums, int at);

    /**
     * The last pass of a long vector's log-softmax: out[oo + i] = (z[zo + i] − m) − (lh + ll),
     * rounded once, for i in [0, n) (the same region or disjoint ones), as this implementation's
     * single-vector log-softmax computes it.
     */
    void logSoftmaxShift(double[] z, int zo, double m, double lh, double ll, double[] out, int oo, int n);
}
