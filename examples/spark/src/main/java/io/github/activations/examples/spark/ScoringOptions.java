/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * What {@link LogitScorer} reads and computes: the logits column and the class count (both
 * required), the optional id and label columns, the number k of top labels and the softmax
 * temperature. Immutable; each {@code with} method returns a copy.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>classes &lt; 1</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>k &lt; 1 or k &gt; classes</td><td>{@code IllegalArgumentException} with k and the class count</td></tr>
 *   <tr><td>k not set</td><td>min(5, classes)</td></tr>
 *   <tr><td>temperature negative or NaN</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>temperature 0 or +∞</td><td>allowed: the core's limits T → 0⁺ and T → ∞ (see {@code Softmax})</td></tr>
 *   <tr><td>id or label column {@code null}</td><td>absent: the output's id or label is null, and rows have no log-loss or correctness</td></tr>
 *   <tr><td>a column name {@code null} where one is required, or blank</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   </tbody>
 * </table>
 */
public final class ScoringOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The default number of top labels (fewer when there are fewer classes). */
    public static final int DEFAULT_TOP_K = 5;

    private final int classes;
    private final String logitsColumn;
    private final String idColumn;
    private final String labelColumn;
    private final int k;
    private final double temperature;

    private ScoringOptions(int classes, String logitsColumn, String idColumn, String labelColumn, int k,
            double temperature) {
        this.classes = classes;
        this.logitsColumn = logitsColumn;
        this.idColumn = idColumn;
        this.labelColumn = labelColumn;
        this.k = k;
        this.temperature = temperature;
    }

    /**
     * Returns options for rows of {@code classes} logits in a column named {@code logits}, with
     * no id or label column, the top min(5, classes) labels and temperature 1.
     *
     * @param classes the number of classes, the length every row must have
     * @return the options
     */
    public static ScoringOptions classes(int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be >= 1, got " + classes);
        }
        return new ScoringOptions(classes, "logits", null, null, Math.min(DEFAULT_TOP_K, classes), 1.0);
    }

    /**
     * Returns these options reading the logits from another column.
     *
     * @param column an {@code array<double>}, {@code array<float>} (or other numeric array) or
     *     string column
     * @return the new options
     */
    public ScoringOptions withLogits(String column) {
        return new ScoringOptions(classes, name(Objects.requireNonNull(column, "logits column"), "logits"),
                idColumn, labelColumn, k, temperature);
    }

    /**
     * Returns these options with an id column, carried to the output as a string.
     *
     * @param column the id column, or {@code null} for none
     * @return the new options
     */
    public ScoringOptions withId(String column) {
        return new ScoringOptions(classes, logitsColumn, column == null ? null : name(column, "id"),
                labelColumn, k, temperature);
    }

    /**
     * Returns these options with a label column (integers 0 to classes − 1, null for unlabelled rows).
     *
     * @param column the label column, or {@code null} for none
     * @return the new options
     */
    public ScoringOptions withLabel(String column) {
        return new ScoringOptions(classes, logitsColumn, idColumn, column == null ? null : name(column, "label"),
                k, temperature);
    }

    /**
     * Returns these options with {@code k} top labels per row.
     *
     * @param k 1 to classes
     * @return the new options
     */
    public ScoringOptions withTopK(int k) {
        if (k < 1 || k > classes) {
            throw new IllegalArgumentException("k must be in [1, " + classes + "] (the class count), got " + k);
        }
        return new ScoringOptions(classes, logitsColumn, idColumn, labelColumn, k, temperature);
    }

    /**
     * Returns these options with a softmax temperature: every output is computed from z / T,
     * without rounding the quotient (the core's temperature forms).
     *
     * @param temperature T &gt;= 0, 0 and +∞ being the limits
     * @return the new options
     */
    public ScoringOptions withTemperature(double temperature) {
        if (!(temperature >= 0)) {
            throw new IllegalArgumentException(
                    "temperature must be >= 0 (0 and +Infinity are the limits), got " + temperature);
        }
        return new ScoringOptions(classes, logitsColumn, idColumn, labelColumn, k, temperature);
    }

    private static String name(String column, String what) {
        if (column.isBlank()) {
            throw new IllegalArgumentException(what + " column name is blank");
        }
        return column;
    }

    /** @return the number of classes */
    public int classes() {
        return classes;
    }

    /** @return the logits column */
    public String logitsColumn() {
        return logitsColumn;
    }

    /** @return the id column, or {@code null} */
    public String idColumn() {
        return idColumn;
    }

    /** @return the label column, or {@code null} */
    public String labelColumn() {
        return labelColumn;
    }

    /** @return the number of top labels */
    public int topK() {
        return k;
    }

    /** @return the temperature */
    public double temperature() {
        return temperature;
    }

    @Override
    public String toString() {
        return "ScoringOptions[classes " + classes + ", logits " + logitsColumn + ", id " + idColumn + ", label "
                + labelColumn + ", k " + k + ", temperature " + temperature + "]";
    }
}
