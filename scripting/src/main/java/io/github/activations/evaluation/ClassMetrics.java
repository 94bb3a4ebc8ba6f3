/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

/**
 * One class's row of a classification report, from the confusion matrix: with TP the rows of
 * this class predicted as it, precision = TP / predicted, recall = TP / support and
 * F1 = 2·TP / (support + predicted), the harmonic mean of the two.
 *
 * <p>Undefined ratios are NaN, not 0 (scikit-learn and torchmetrics put 0 by default, with a
 * warning in scikit-learn): precision of a class never predicted, recall of a class absent
 * from the labels, F1 of a class neither present nor predicted. A class present but never
 * predicted (or predicted but absent) has F1 = 0.
 *
 * @param index the class index
 * @param name the class name
 * @param support the rows whose label is this class
 * @param predicted the rows predicted as this class
 * @param truePositives the rows both labelled and predicted as this class
 * @param precision TP / predicted, NaN if predicted = 0
 * @param recall TP / support, NaN if support = 0
 * @param f1 2·TP / (support + predicted), NaN if both are 0
 */
public record ClassMetrics(int index, String name, long support, long predicted, long truePositives,
        double precision, double recall, double f1) {
}
