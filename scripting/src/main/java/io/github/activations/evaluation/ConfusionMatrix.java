/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A confusion matrix: {@code count(actual, predicted)} is the number of rows whose label is
 * {@code actual} and whose predicted class is {@code predicted}; rows are true classes,
 * columns predicted ones (the scikit-learn and torchmetrics layout).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>a class index outside [0, classes)</td><td>{@code IndexOutOfBoundsException} ({@link #count}, {@link #perClass(int)}) or {@code IllegalArgumentException} naming the row ({@link #of})</td></tr>
 *   <tr><td>arrays of different lengths, no rows, or no class names ({@link #of})</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>a class never predicted / absent from the labels</td><td>precision / recall NaN (see {@link ClassMetrics})</td></tr>
 *   </tbody>
 * </table>
 */
public final class ConfusionMatrix {
    private final int classes;
    private final long[] counts;
    private final List<String> names;

    ConfusionMatrix(int classes, long[] counts, List<String> names) {
        this.classes = classes;
        this.counts = counts;
        this.names = names;
    }

    /**
     * Returns the confusion matrix of given labels and predictions.
     *
     * @param actual the label of each row, in [0, classes)
     * @param predicted the predicted class of each row, same length
     * @param classNames one name per class; their number is the class count
     * @return the matrix
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, List<String> classNames) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(predicted, "predicted");
        List<String> names = List.copyOf(classNames);
        int c = names.size();
        if (c < 1) {
            throw new IllegalArgumentException("a confusion matrix needs at least one class");
        }
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("actual.length " + actual.length + " != predicted.length "
                    + predicted.length);
        }
        if (actual.length == 0) {
            throw new IllegalArgumentException("no rows: a confusion matrix needs at least one row");
        }
        long[] counts = new long[Math.multiplyExact(c, c)];
        for (int r = 0; r < actual.length; r++) {
            if (actual[r] < 0 || actual[r] >= c || predicted[r] < 0 || predicted[r] >= c) {
                throw new IllegalArgumentException("row " + r + ": actual " + actual[r] + ", predicted " + predicted[r]
                        + ", not both in [0, " + c + ")");
            }
            counts[actual[r] * c + predicted[r]]++;
        }
        return new ConfusionMatrix(c, counts, names);
    }

    /**
     * Returns the number of classes.
     *
     * @return classes
     */
    public int classes() {
        return classes;
    }

    /**
     * Returns the class names.
     *
     * @return one name per class
     */
    public List<String> classNames() {
        return names;
    }

    /**
     * Returns the number of rows labelled {@code actual} and predicted as {@code predicted}.
     *
     * @param actual the true class
     * @param predicted the predicted class
     * @return the count
     */
    public long count(int actual, int predicted) {
        Objects.checkIndex(actual, classes);
        Objects.checkIndex(predicted, classes);
        return counts[actual * classes + predicted];
    }

    /**
     * Returns the matrix as a new array, {@code [actual][predicted]}.
     *
     * @return the counts
     */
    public long[][] toArray() {
        long[][] a = new long[classes][classes];
        for (int i = 0; i < classes; i++) {
            System.arraycopy(counts, i * classes, a[i], 0, classes);
        }
        return a;
    }

    /**
     * Returns the number of rows.
     *
     * @return the sum of all counts
     */
    public long total() {
        long t = 0;
        for (long n : counts) {
            t += n;
        }
        return t;
    }

    /**
     * Returns the number of rows predicted right, the trace.
     *
     * @return the sum of the diagonal
     */
    public long correct() {
        long t = 0;
        for (int i = 0; i < classes; i++) {
            t += counts[i * classes + i];
        }
        return t;
    }

    /**
     * Returns support, precision, recall and F1 of one class.
     *
     * @param c the class
     * @return its metrics
     */
    public ClassMetrics perClass(int c) {
        Objects.checkIndex(c, classes);
        long support = 0;
        long predicted = 0;
        for (int i = 0; i < classes; i++) {
            support += counts[c * classes + i];
            predicted += counts[i * classes + c];
        }
        long tp = counts[c * classes + c];
        double precision = predicted == 0 ? Double.NaN : (double) tp / predicted;
        double recall = support == 0 ? Double.NaN : (double) tp / support;
        double f1 = support + predicted == 0 ? Double.NaN : 2.0 * tp / (support + predicted);
        return new ClassMetrics(c, names.get(c), support, predicted, tp, precision, recall, f1);
    }

    /**
     * Returns {@link #perClass(int)} of every class, in class order.
     *
     * @return one entry per class
     */
    public List<ClassMetrics> perClass() {
        List<ClassMetrics> list = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            list.add(perClass(c));
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix[" + classes + " classes, " + total() + " rows, " + correct() + " right]";
    }
}
