/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.util.Objects;

/**
 * Logits of {@code rows} rows and {@code columns} classes, held in one row-major {@code float[]} or
 * {@code double[]}: entry (r, c) is {@code data[r * columns + c]}. Rows are read widened to
 * {@code double} (exactly, for float data), so every computation runs in double.
 *
 * <p>The factories {@link #wrap(double[], int, int)} and {@link #wrap(float[], int, int)} do not
 * copy: the caller hands the array over and must not change it afterwards.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>a NaN entry</td><td>{@code IllegalArgumentException} naming its row and column</td></tr>
 *   <tr><td>±∞ entries</td><td>kept: the core's rules apply (+∞ entries share the mass, −∞ get 0)</td></tr>
 *   <tr><td>{@code rows < 1} or {@code columns < 1}</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@code data.length != rows * columns}</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>ragged {@code double[][]}</td><td>{@code IllegalArgumentException} naming the row</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 */
public final class LogitMatrix {
    private final int rows;
    private final int columns;
    private final float @org.jspecify.annotations.Nullable [] floats;
    private final double @org.jspecify.annotations.Nullable [] doubles;

    private LogitMatrix(int rows, int columns, float @org.jspecify.annotations.Nullable [] floats,
            double @org.jspecify.annotations.Nullable [] doubles) {
        this.rows = rows;
        this.columns = columns;
        this.floats = floats;
        this.doubles = doubles;
    }

    /**
     * Returns a matrix over {@code data} (not copied).
     *
     * @param data row-major logits, {@code rows * columns} entries
     * @param rows number of rows, at least 1
     * @param columns number of classes per row, at least 1
     * @return the matrix
     */
    public static LogitMatrix wrap(double[] data, int rows, int columns) {
        Objects.requireNonNull(data, "data");
        checkShape(data.length, rows, columns);
        for (int i = 0; i < data.length; i++) {
            if (Double.isNaN(data[i])) {
                throw nan(i, columns);
            }
        }
        return new LogitMatrix(rows, columns, null, data);
    }

    /**
     * Returns a matrix over {@code data} (not copied).
     *
     * @param data row-major logits, {@code rows * columns} entries
     * @param rows number of rows, at least 1
     * @param columns number of classes per row, at least 1
     * @return the matrix
     */
    public static LogitMatrix wrap(float[] data, int rows, int columns) {
        Objects.requireNonNull(data, "data");
        checkShape(data.length, rows, columns);
        for (int i = 0; i < data.length; i++) {
            if (Float.isNaN(data[i])) {
                throw nan(i, columns);
            }
        }
        return new LogitMatrix(rows, columns, data, null);
    }

    /**
     * Returns a matrix holding a copy of {@code rows}, which must all have the same length.
     *
     * @param rows the logit rows
     * @return the matrix
     */
    public static LogitMatrix of(double[][] rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.length == 0) {
            throw new IllegalArgumentException("logits have no rows");
        }
        int columns = Objects.requireNonNull(rows[0], "rows[0]").length;
        double[] data = new double[Math.multiplyExact(rows.length, columns)];
        for (int r = 0; r < rows.length; r++) {
            double[] row = Objects.requireNonNull(rows[r], () -> "rows[" + rows.length + "]");
            if (row.length != columns) {
                throw new IllegalArgumentException("logits row " + r + " has " + row.length + " columns, row 0 has "
                        + columns);
            }
            System.arraycopy(row, 0, data, r * columns, columns);
        }
        return wrap(data, rows.length, columns);
    }

    private static void checkShape(int length, int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("logits need at least one row and one column, not " + rows + " x "
                    + columns);
        }
        if ((long) rows * columns != length) {
            throw new IllegalArgumentException("data.length " + length + " != rows " + rows + " x columns " + columns);
        }
    }

    private static IllegalArgumentException nan(int index, int columns) {
        return new IllegalArgumentException("logits[row " + index / columns + ", column " + index % columns
                + "] is NaN");
    }

    /**
     * Returns the number of rows.
     *
     * @return rows, at least 1
     */
    public int rows() {
        return rows;
    }

    /**
     * Returns the number of classes per row.
     *
     * @return columns, at least 1
     */
    public int columns() {
        return columns;
    }

    /**
     * Returns whether the logits are held as {@code float}.
     *
     * @return true for float data, false for double
     */
    public boolean isFloat() {
        return floats != null;
    }

    /**
     * Returns entry ({@code row}, {@code column}), widened to double.
     *
     * @param row the row
     * @param column the column
     * @return the logit
     */
    public double get(int row, int column) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, columns);
        int i = row * columns + column;
        float[] f = floats;
        return f != null ? f[i] : doubles()[i];
    }

    /**
     * Copies row {@code row}, widened to double, into {@code out} and returns it.
     *
     * @param row the row
     * @param out an array of at least {@link #columns()} entries; its first {@code columns()} are written
     * @return {@code out}
     */
    public double[] rowInto(int row, double[] out) {
        Objects.checkIndex(row, rows);
        if (out.length < columns) {
            throw new IllegalArgumentException("out.length " + out.length + " < columns " + columns);
        }
        int start = row * columns;
        float[] f = floats;
        if (f != null) {
            for (int c = 0; c < columns; c++) {
                out[c] = f[start + c];
            }
        } else {
            System.arraycopy(doubles(), start, out, 0, columns);
        }
        return out;
    }

    /**
     * Returns row {@code row} as a new double array.
     *
     * @param row the row
     * @return the row's logits
     */
    public double[] row(int row) {
        return rowInto(row, new double[columns]);
    }

    private double[] doubles() {
        return Objects.requireNonNull(doubles);
    }

    @Override
    public String toString() {
        return "LogitMatrix[" + rows + " x " + columns + (isFloat() ? ", float" : ", double") + "]";
    }
}
