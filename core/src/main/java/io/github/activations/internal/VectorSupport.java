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
 * still scans first (see {@code LogSoftmax.into}).
 *
 * <p>Contract shared by both implementations: the same accuracy bounds as {@link Kernels}
 * (softmax elements within 2 ulp and the sum within 4 ulp of 1; log-softmax and logsumexp
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

    /** Returns the index of the first NaN entry, or -1 (the input check of every public method). */
    int indexOfNaN(double[] z);

    /** Returns the index of the first NaN entry, or -1. */
    int indexOfNaN(float[] z);

    /** Returns the index of the first maximal entry, or -1 if {@code z} holds a NaN. */
    int argmax(double[] z);

    /** Returns the index of the first maximal entry, or -1 if {@code z} holds a NaN. */
    int argmax(float[] z);

    /**
     * Writes softmax(z) (temperature 1, no mask) into {@code out}, which may be {@code z}; a NaN
     * in z throws {@link Checks#nanIn} with {@code name}, and an all −∞ z
     * {@link Checks#allNegativeInfinity}, before anything is written.
     */
    void softmax(double[] z, double[] out, String name);

    /**
     * Writes softmax(z), computed in double and rounded to float, into {@code out} (may be
     * {@code z}); throws as {@link #softmax(double[], double[], String)} does.
     */
    void softmax(float[] z, float[] out, String name);

    /** Writes σ of each entry into {@code out} (may be {@code z}). */
    void sigmoid(double[] z, double[] out);

    /** Writes σ of each entry, rounded to float, into {@code out} (may be {@code z}). */
    void sigmoid(float[] z, float[] out);

    /**
     * Writes log-softmax(z) into {@code out} (may be {@code z}); throws as
     * {@link #softmax(double[], double[], String)} does.
     */
    void logSoftmax(double[] z, double[] out, String name);

    /** Returns ln Σ exp(z_i), or NaN if {@code z} holds a NaN (no other input gives NaN). */
    double logSumExp(double[] z);
}
