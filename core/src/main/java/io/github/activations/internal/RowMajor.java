/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * Checks and row loops for the row-major batch forms: one flat array holding rows of
 * {@code rowLength} entries one after the other, as inference engines hand out their output
 * (a slice {@code [offset, offset + length)} of a larger array, or the whole array). Every
 * check runs before anything is written; exceptions name the row and the column (counted
 * from the start of the slice) as well as the index in the array.
 *
 * <p>Internal: not part of the public API.
 */
public final class RowMajor {
    private RowMajor() {
    }

    /**
     * Checks a slice of a row-major batch and returns its number of rows: {@code z} non-null,
     * {@code rowLength >= 1}, the slice inside z, {@code length} a multiple of {@code rowLength}.
     * Zero rows ({@code length == 0}) are allowed.
     */
    public static int rows(int zLength, int offset, int length, int rowLength, String name) {
        if (rowLength < 1) {
            throw new IllegalArgumentException("rowLength must be >= 1, got " + rowLength);
        }
        range(zLength, offset, length, name);
        if (length % rowLength != 0) {
            throw new IllegalArgumentException("length " + length + " of " + name + " is not a multiple of rowLength "
                    + rowLength + " (" + length / rowLength + " rows and " + length % rowLength + " entries left over)");
        }
        return length / rowLength;
    }

    /** Checks that [offset, offset + length) lies inside an array of {@code arrayLength} entries. */
    public static void range(int arrayLength, int offset, int length, String name) {
        if (offset < 0 || length < 0 || (long) offset + length > arrayLength) {
            throw new IndexOutOfBoundsException("range [" + offset + ", " + ((long) offset + length) + ") of " + name
                    + " is out of bounds for " + name + ".length " + arrayLength
                    + (length < 0 ? " (negative length)" : ""));
        }
    }

    /**
     * Checks a destination of the same size as the input slice (or, for one value per row, of
     * {@code count} entries from {@code outOffset}). When {@code out} is {@code z}, the two
     * ranges must be the same or disjoint for the per-entry forms ({@code sameAllowed}), and
     * disjoint for the per-row forms.
     */
    public static void out(Object z, int offset, int length, Object out, int outLength, int outOffset, int count,
            boolean sameAllowed) {
        Checks.notNull(out, "out");
        range(outLength, outOffset, count, "out");
        if (out == z && count > 0 && length > 0) {
            boolean same = sameAllowed && outOffset == offset;
            boolean disjoint = (long) outOffset + count <= offset || (long) offset + length <= outOffset;
            if (!same && !disjoint) {
                throw new IllegalArgumentException("out is z and [" + outOffset + ", " + ((long) outOffset + count)
                        + ") overlaps the input [" + offset + ", " + ((long) offset + length) + ")"
                        + (sameAllowed ? " at another offset: pass the same offset to work in place, or a disjoint range" : ""));
            }
        }
    }

    /** Checks that the whole of {@code out} matches {@code n} entries (the forms without offsets). */
    public static void sameLength(int n, int outLength, String what) {
        if (outLength != n) {
            throw new IllegalArgumentException("out.length " + outLength + " != " + what + " " + n);
        }
    }

    /** Throws for a NaN in z[offset, offset + length), naming its row and column. */
    public static void noNaN(double[] z, int offset, int length, int rowLength, String name) {
        int bad = VectorSplit.indexOfNaN(VectorSupportProvider.get(), z, offset, length);
        if (bad >= 0) {
            throw nan(name, bad, offset, rowLength);
        }
    }

    /** Float form of {@link #noNaN(double[], int, int, int, String)}. */
    public static void noNaN(float[] z, int offset, int length, int rowLength, String name) {
        int bad = VectorSplit.indexOfNaN(VectorSupportProvider.get(), z, offset, length);
        if (bad >= 0) {
            throw nan(name, bad, offset, rowLength);
        }
    }

    /** The exception for a NaN at z[i], in the row-major slice starting at {@code offset}. */
    public static IllegalArgumentException nan(String name, int i, int offset, int rowLength) {
        int k = i - offset;
        return new IllegalArgumentException(name + "[" + i + "] is NaN (row " + k / rowLength + ", column "
                + k % rowLength + " of rows of " + rowLength + ")");
    }

    /** Throws if a row of the slice has every entry −∞ (softmax and log-softmax would be 0/0). */
    public static void noRowAllNegativeInfinity(double[] z, int offset, int rows, int rowLength, String name) {
        for (int r = 0; r < rows; r++) {
            int from = offset + r * rowLength;
            if (z[from] == Double.NEGATIVE_INFINITY && allNegativeInfinity(z, from, rowLength)) {
                throw Failures.allNegativeInfinity(rowName(name, r, from, rowLength));
            }
        }
    }

    /** Float form of {@link #noRowAllNegativeInfinity(double[], int, int, int, String)}. */
    public static void noRowAllNegativeInfinity(float[] z, int offset, int rows, int rowLength, String name) {
        for (int r = 0; r < rows; r++) {
            int from = offset + r * rowLength;
            if (z[from] == Float.NEGATIVE_INFINITY && allNegativeInfinity(z, from, rowLength)) {
                throw Failures.allNegativeInfinity(rowName(name, r, from, rowLength));
            }
        }
    }

    private static boolean allNegativeInfinity(double[] z, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (z[i] != Double.NEGATIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    private static boolean allNegativeInfinity(float[] z, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (z[i] != Float.NEGATIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    /** "row r of z (z[from, from + n))", for messages. */
    public static String rowName(String name, int r, int from, int n) {
        return "row " + r + " of " + name + " (" + name + "[" + from + ", " + ((long) from + n) + "))";
    }

    /** Checks k for top-k over rows of {@code rowLength}. */
    public static void k(int k, int rowLength) {
        if (k < 0 || k > rowLength) {
            throw new IllegalArgumentException("k = " + k + " is not in [0, rowLength = " + rowLength + "]");
        }
    }
}
