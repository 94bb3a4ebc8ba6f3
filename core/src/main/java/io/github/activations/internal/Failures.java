/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The exceptions of the library's undefined inputs, built in one place: the argument checks
 * ({@link Checks}, {@link RowMajor}) and the kernels that find a bad entry in a pass of their
 * own (a NaN met while taking the maximum, every entry −∞) throw the same messages. Cold
 * methods, so the hot paths stay small; each returns the exception for its caller to throw.
 *
 * <p>Internal: not part of the public API.
 */
public final class Failures {
    private Failures() {
    }

    /** The exception for a vector whose entries are all −∞ (softmax would be 0/0). */
    public static IllegalArgumentException allNegativeInfinity(String name) {
        return new IllegalArgumentException(name
                + " has every entry -Infinity: the result is undefined (0/0); at least one entry must be > -Infinity");
    }

    /** The exception for a vector whose entries are all +∞ (softmin would be 0/0). */
    public static IllegalArgumentException allPositiveInfinity(String name) {
        return new IllegalArgumentException(name
                + " has every entry +Infinity: softmin is undefined (0/0); at least one entry must be < +Infinity");
    }

    /** The exception for an empty vector. */
    public static IllegalArgumentException empty(String name) {
        return new IllegalArgumentException(name + " is empty (length 0): at least one entry is needed");
    }

    /** The exception for a NaN entry. */
    public static IllegalArgumentException nan(String name, int i) {
        return new IllegalArgumentException(name + "[" + i + "] is NaN");
    }

    /** The exception for the first NaN entry of {@code z}, which holds one (a kernel found it). */
    public static IllegalArgumentException nanIn(double[] z, String name) {
        int i = 0;
        while (z[i] == z[i]) {
            i++;
        }
        return nan(name, i);
    }

    /** The exception for the first NaN entry of z[from, ...), which holds one; its index counted from {@code from}. */
    public static IllegalArgumentException nanIn(double[] z, int from, String name) {
        int i = from;
        while (z[i] == z[i]) {
            i++;
        }
        return nan(name, i - from);
    }

    /** Float form of {@link #nanIn(double[], int, String)}. */
    public static IllegalArgumentException nanIn(float[] z, int from, String name) {
        int i = from;
        while (z[i] == z[i]) {
            i++;
        }
        return nan(name, i - from);
    }

    /** Float form of {@link #nanIn(double[], String)}. */
    public static IllegalArgumentException nanIn(float[] z, String name) {
        int i = 0;
        while (z[i] == z[i]) {
            i++;
        }
        return nan(name, i);
    }

    /** The exception for an infinite entry of divide-by-sum (∞/∞ is undefined). */
    public static IllegalArgumentException infiniteLogit(String name, int i, double value) {
        return new IllegalArgumentException(name + "[" + i + "] is " + value
                + ": divide-by-sum is undefined for infinite logits");
    }

    /** The exception for a divide-by-sum whose logits sum to exactly 0. */
    public static IllegalArgumentException zeroSum(String name) {
        return new IllegalArgumentException("sum of logits is 0 in " + name
                + ": divide-by-sum is undefined (softmax never divides by zero)");
    }
}
