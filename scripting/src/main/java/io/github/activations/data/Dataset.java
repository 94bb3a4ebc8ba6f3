/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A model's outputs on a data set: logits (one row per example), optional labels (one class index
 * per row) and optional class names. A matrix of one column holds one score per row (a binary
 * classifier's logit: the sigmoid family), whose labels are 0 or 1.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>labels of another count than the rows</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>a label outside [0, classes) (0 or 1 for one column)</td><td>{@code IllegalArgumentException} naming the row</td></tr>
 *   <tr><td>class names of another count than the classes (2 for one column)</td><td>{@code IllegalArgumentException}</td></tr>
 *   </tbody>
 * </table>
 */
public final class Dataset {
    private final String name;
    private final LogitMatrix logits;
    private final int @Nullable [] labels;
    private final @Nullable List<String> classNames;
    private final @Nullable String labelsFrom;

    private Dataset(String name, LogitMatrix logits, int @Nullable [] labels, @Nullable List<String> classNames,
            @Nullable String labelsFrom) {
        this.name = name;
        this.logits = logits;
        this.labels = labels;
        this.classNames = classNames;
        this.labelsFrom = labelsFrom;
    }

    /**
     * Returns a data set; {@code labels} is not copied.
     *
     * @param name a name for tables and reports
     * @param logits the logits
     * @param labels one class index per row, or null
     * @param classNames one name per class, or null
     * @return the data set
     */
    public static Dataset of(String name, LogitMatrix logits, int @Nullable [] labels,
            @Nullable List<String> classNames) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(logits, "logits");
        int classes = logits.columns() == 1 ? 2 : logits.columns();
        if (labels != null) {
            if (labels.length != logits.rows()) {
                throw new IllegalArgumentException(labels.length + " labels for " + logits.rows() + " rows of logits");
            }
            for (int r = 0; r < labels.length; r++) {
                if (labels[r] < 0 || labels[r] >= classes) {
                    throw new IllegalArgumentException("label of row " + r + " is " + labels[r] + ", outside [0, "
                            + classes + ")" + (logits.columns() == 1 ? " (one score per row: labels are 0 or 1)" : ""));
                }
            }
        }
        List<String> names = classNames == null ? null : List.copyOf(classNames);
        if (names != null && names.size() != classes) {
            throw new IllegalArgumentException(names.size() + " class names for " + classes + " classes");
        }
        return new Dataset(name, logits, labels, names, null);
    }

    /** The same data set, whose {@link #toString()} says where its labels came from ({@code column 'label'}). */
    Dataset withLabelsFrom(@Nullable String from) {
        return from == null || labels == null ? this : new Dataset(name, logits, labels, classNames, from);
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
     * Returns the logits.
     *
     * @return the logits
     */
    public LogitMatrix logits() {
        return logits;
    }

    /**
     * Returns the number of rows.
     *
     * @return rows
     */
    public int rows() {
        return logits.rows();
    }

    /**
     * Returns the number of classes: the columns, or 2 for one score per row.
     *
     * @return classes
     */
    public int classes() {
        return logits.columns() == 1 ? 2 : logits.columns();
    }

    /**
     * Returns whether each row holds one score (a binary classifier's logit).
     *
     * @return true for one column
     */
    public boolean isBinary() {
        return logits.columns() == 1;
    }

    /**
     * Returns whether the data set has labels.
     *
     * @return true if it has
     */
    public boolean hasLabels() {
        return labels != null;
    }

    /**
     * Returns the label of row {@code row}.
     *
     * @param row the row
     * @return its class index
     * @throws IllegalStateException if the data set has no labels
     */
    public int label(int row) {
        int[] l = labels;
        if (l == null) {
            throw new IllegalStateException("data set '" + name + "' has no labels");
        }
        return l[row];
    }

    /**
     * Returns a copy of the labels.
     *
     * @return the labels
     * @throws IllegalStateException if the data set has no labels
     */
    public int[] labels() {
        int[] l = labels;
        if (l == null) {
            throw new IllegalStateException("data set '" + name + "' has no labels");
        }
        return l.clone();
    }

    /**
     * Returns the class names, or {@code "0"}, {@code "1"}, … when none were given.
     *
     * @return one name per class
     */
    public List<String> classNames() {
        List<String> n = classNames;
        if (n != null) {
            return n;
        }
        String[] s = new String[classes()];
        for (int c = 0; c < s.length; c++) {
            s[c] = Integer.toString(c);
        }
        return List.of(s);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + rows() + " rows x " + classes() + " classes" + (hasLabels() ? ", labels"
                + (labelsFrom != null ? " from " + labelsFrom : "") : "")
                + "]";
    }
}
