/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * Conversions for the float forms: inputs are widened exactly, computed in double, and each
 * result rounded once to float.
 *
 * <p>Internal: not part of the public API.
 */
public final class Floats {
    private Floats() {
    }

    /** Returns z widened to double (exact). */
    public static double[] widen(float[] z) {
        double[] w = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            w[i] = z[i];
        }
        return w;
    }

    /** Rounds each entry of {@code src} to float into {@code dst}. */
    public static float[] narrow(double[] src, float[] dst) {
        for (int i = 0; i < src.length; i++) {
            dst[i] = (float) src[i];
        }
        return dst;
    }

    /** Returns the entries of {@code src} rounded to float in a new array. */
    public static float[] narrow(double[] src) {
        return narrow(src, new float[src.length]);
    }

    /**
     * Returns this thread's buffer of at least {@code n} doubles for widening one float row
     * ({@link ThreadBuffers#floatScratch}), or a new array when {@code n} is longer than that buffer may be.
     */
    public static double[] rowBuffer(int n) {
        double[] w = ThreadBuffers.floatScratch(n);
        return w != null ? w : new double[n];
    }

    /** Widens z[from, from + n) into dst[0, n) (exact). */
    public static void widen(float[] z, int from, int n, double[] dst) {
        for (int i = 0; i < n; i++) {
            dst[i] = z[from + i];
        }
    }

    /** Rounds src[0, n) to float into dst[at, at + n). */
    public static void narrow(double[] src, int n, float[] dst, int at) {
        for (int i = 0; i < n; i++) {
            dst[at + i] = (float) src[i];
        }
    }
}
