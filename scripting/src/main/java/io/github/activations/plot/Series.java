/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import java.util.Objects;

/**
 * A named series of points (x, y) for a {@link SweepChart} or a {@link CurveChart}. The arrays are
 * copied.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>a point whose x or y is NaN or ±∞</td><td>kept (written to the CSV as given); not drawn,
 *       and the line breaks there</td></tr>
 *   <tr><td>{@code x.length != y.length}</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>no points</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>empty name</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 */
public final class Series {
    private final String name;
    private final double[] x;
    private final double[] y;

    private Series(String name, double[] x, double[] y) {
        this.name = name;
        this.x = x;
        this.y = y;
    }

    /**
     * Returns a series of the points (x[i], y[i]).
     *
     * @param name the name shown in the legend and the CSV, not empty
     * @param x the x values (copied)
     * @param y the y values (copied), as many as {@code x}
     * @return the series
     */
    public static Series of(String name, double[] x, double[] y) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("series name is empty");
        }
        double[] xs = Args.copy(x, "x");
        double[] ys = Args.copy(y, "y");
        Args.sameLength(xs.length, "x", ys.length, "y");
        if (xs.length == 0) {
            throw new IllegalArgumentException("series '" + name + "' has no points");
        }
        return new Series(name, xs, ys);
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the number of points.
     *
     * @return the number of points, at least 1
     */
    public int size() {
        return x.length;
    }

    /**
     * Returns the x values as a new array.
     *
     * @return a copy of the x values
     */
    public double[] x() {
        return x.clone();
    }

    /**
     * Returns the y values as a new array.
     *
     * @return a copy of the y values
     */
    public double[] y() {
        return y.clone();
    }

    double xAt(int i) {
        return x[i];
    }

    double yAt(int i) {
        return y[i];
    }
}
