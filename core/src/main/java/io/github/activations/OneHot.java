/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

/**
 * One-hot encoding: a vector of n zeros with a single 1 at the class index, the target
 * distribution of a hard label (and what argmax "outputs" as a distribution).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>n &lt;= 0</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>index &lt; 0 or index &gt;= n</td><td>{@code IllegalArgumentException} with index and n</td></tr>
 *   <tr><td>{@code labels} {@code null}</td><td>{@code NullPointerException}</td></tr>
 *   <tr><td>{@code labels} empty</td><td>zero rows</td></tr>
 *   </tbody>
 * </table>
 */
public final class OneHot {
    private OneHot() {
    }

    /**
     * Returns a new vector of {@code n} zeros with 1.0 at {@code index}.
     *
     * @param index the class, 0 to n − 1
     * @param n the number of classes
     * @return the one-hot vector
     */
    public static double[] of(int index, int n) {
        check(index, n, "index");
        double[] v = new double[n];
        v[index] = 1.0;
        return v;
    }

    /**
     * Returns a new float vector of {@code n} zeros with 1.0f at {@code index}.
     *
     * @param index the class, 0 to n − 1
     * @param n the number of classes
     * @return the one-hot vector
     */
    public static float[] ofFloat(int index, int n) {
        check(index, n, "index");
        float[] v = new float[n];
        v[index] = 1.0f;
        return v;
    }

    /**
     * Returns one one-hot row per label.
     *
     * @param labels the classes, each 0 to n − 1
     * @param n the number of classes
     * @return a labels.length × n batch
     */
    public static double[][] of(int[] labels, int n) {
        if (labels == null) {
            throw new NullPointerException("labels is null");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("n = " + n + " classes: need at least 1");
        }
        for (int r = 0; r < labels.length; r++) {
            check(labels[r], n, "labels[" + r + "]");
        }
        double[][] out = new double[labels.length][n];
        for (int r = 0; r < labels.length; r++) {
            out[r][labels[r]] = 1.0;
        }
        return out;
    }

    private static void check(int index, int n, String name) {
        if (n <= 0) {
            throw new IllegalArgumentException("n = " + n + " classes: need at least 1");
        }
        if (index < 0 || index >= n) {
            throw new IllegalArgumentException(name + " = " + index + " is not in [0, " + n + ")");
        }
    }
}
