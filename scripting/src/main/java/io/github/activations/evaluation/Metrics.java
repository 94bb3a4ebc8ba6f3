/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.data.Dataset;
import io.github.activations.evaluation.Evaluation.Spec;

/**
 * Each metric of {@link Evaluation} as one static method, in three forms: the model's own
 * probabilities, at a temperature, and after a {@link Calibrator}. Each call is one pass over
 * the data set; to compute several metrics, one {@link Evaluation#of(Dataset, Spec)} shares the
 * pass (and the softmax of each row) between them. Definitions and special cases are those of
 * {@link Evaluation}: every metric but the mean entropy needs labels
 * ({@code IllegalArgumentException} otherwise), k must be in [1, classes] and bins at least 1
 * ({@code IllegalArgumentException}), a fitted calibrator needs the class count it was fitted
 * on ({@code IllegalArgumentException}), a temperature must be &gt;= 0 and not NaN
 * ({@code IllegalArgumentException}).
 *
 * <pre>{@code
 * double acc = Metrics.accuracy(test);
 * double ece = Metrics.ece(test, 15);
 * double after = Metrics.ece(test, 15, TemperatureScaling.fit(validation).calibrator());
 * }</pre>
 */
public final class Metrics {
    private Metrics() {
    }

    /**
     * Returns the accuracy: the fraction of rows whose first largest logit is the label.
     *
     * @param data the data set, labelled
     * @return in [0, 1]
     */
    public static double accuracy(Dataset data) {
        return Evaluation.of(data, Spec.of(Metric.ACCURACY)).accuracy();
    }

    /**
     * Returns the accuracy: the fraction of rows whose first largest logit is the label at temperature T. A temperature keeps the order of the logits, so it does not change the result; the form is here so that every metric takes one.
     *
     * @param data the data set, labelled
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return in [0, 1]
     */
    public static double accuracy(Dataset data, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.ACCURACY).temperature(temperature)).accuracy();
    }

    /**
     * Returns the accuracy: the fraction of rows whose first largest logit is the label after {@code calibrator}.
     *
     * @param data the data set, labelled
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return in [0, 1]
     */
    public static double accuracy(Dataset data, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.ACCURACY).calibrator(calibrator)).accuracy();
    }

    /**
     * Returns the top-k accuracy: the fraction of rows whose label is among the k largest logits (ties: lower index first).
     *
     * @param data the data set, labelled
     * @param k k, 1 to the class count
     * @return in [0, 1]
     */
    public static double topKAccuracy(Dataset data, int k) {
        return Evaluation.of(data, Spec.of(Metric.TOP_K).topK(k)).topKAccuracy(k);
    }

    /**
     * Returns the top-k accuracy: the fraction of rows whose label is among the k largest logits (ties: lower index first) at temperature T. A temperature keeps the order of the logits, so it does not change the result; the form is here so that every metric takes one.
     *
     * @param data the data set, labelled
     * @param k k, 1 to the class count
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return in [0, 1]
     */
    public static double topKAccuracy(Dataset data, int k, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.TOP_K).topK(k).temperature(temperature)).topKAccuracy(k);
    }

    /**
     * Returns the top-k accuracy: the fraction of rows whose label is among the k largest logits (ties: lower index first) after {@code calibrator}.
     *
     * @param data the data set, labelled
     * @param k k, 1 to the class count
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return in [0, 1]
     */
    public static double topKAccuracy(Dataset data, int k, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.TOP_K).topK(k).calibrator(calibrator)).topKAccuracy(k);
    }

    /**
     * Returns the negative log-likelihood, the mean cross-entropy in nats, computed through log-softmax.
     *
     * @param data the data set, labelled
     * @return NLL &gt;= 0, +∞ if a label has probability 0
     */
    public static double nll(Dataset data) {
        return Evaluation.of(data, Spec.of(Metric.NLL)).nll();
    }

    /**
     * Returns the negative log-likelihood, the mean cross-entropy in nats, computed through log-softmax at temperature T.
     *
     * @param data the data set, labelled
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return NLL &gt;= 0, +∞ if a label has probability 0
     */
    public static double nll(Dataset data, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.NLL).temperature(temperature)).nll();
    }

    /**
     * Returns the negative log-likelihood, the mean cross-entropy in nats, computed through log-softmax after {@code calibrator}.
     *
     * @param data the data set, labelled
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return NLL &gt;= 0, +∞ if a label has probability 0
     */
    public static double nll(Dataset data, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.NLL).calibrator(calibrator)).nll();
    }

    /**
     * Returns the Brier score (multi-class: mean of Σⱼ (pⱼ − yⱼ)², in [0, 2]; one score per row: mean of (p₁ − y)², in [0, 1]).
     *
     * @param data the data set, labelled
     * @return the score
     */
    public static double brier(Dataset data) {
        return Evaluation.of(data, Spec.of(Metric.BRIER)).brier();
    }

    /**
     * Returns the Brier score (multi-class: mean of Σⱼ (pⱼ − yⱼ)², in [0, 2]; one score per row: mean of (p₁ − y)², in [0, 1]) at temperature T.
     *
     * @param data the data set, labelled
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return the score
     */
    public static double brier(Dataset data, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.BRIER).temperature(temperature)).brier();
    }

    /**
     * Returns the Brier score (multi-class: mean of Σⱼ (pⱼ − yⱼ)², in [0, 2]; one score per row: mean of (p₁ − y)², in [0, 1]) after {@code calibrator}.
     *
     * @param data the data set, labelled
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return the score
     */
    public static double brier(Dataset data, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.BRIER).calibrator(calibrator)).brier();
    }

    /**
     * Returns the expected calibration error over {@code bins} equal-width bins of top-label confidence.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1 (15 is usual)
     * @return ECE in [0, 1]
     */
    public static double ece(Dataset data, int bins) {
        return Evaluation.of(data, Spec.of(Metric.ECE).bins(bins)).ece();
    }

    /**
     * Returns the expected calibration error over {@code bins} equal-width bins of top-label confidence at temperature T.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1 (15 is usual)
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return ECE in [0, 1]
     */
    public static double ece(Dataset data, int bins, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.ECE).bins(bins).temperature(temperature)).ece();
    }

    /**
     * Returns the expected calibration error over {@code bins} equal-width bins of top-label confidence after {@code calibrator}.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1 (15 is usual)
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return ECE in [0, 1]
     */
    public static double ece(Dataset data, int bins, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.ECE).bins(bins).calibrator(calibrator)).ece();
    }

    /**
     * Returns the maximum calibration error over the non-empty of {@code bins} equal-width bins.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1
     * @return MCE in [0, 1]
     */
    public static double mce(Dataset data, int bins) {
        return Evaluation.of(data, Spec.of(Metric.MCE).bins(bins)).mce();
    }

    /**
     * Returns the maximum calibration error over the non-empty of {@code bins} equal-width bins at temperature T.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return MCE in [0, 1]
     */
    public static double mce(Dataset data, int bins, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.MCE).bins(bins).temperature(temperature)).mce();
    }

    /**
     * Returns the maximum calibration error over the non-empty of {@code bins} equal-width bins after {@code calibrator}.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return MCE in [0, 1]
     */
    public static double mce(Dataset data, int bins, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.MCE).bins(bins).calibrator(calibrator)).mce();
    }

    /**
     * Returns the reliability diagram: per bin its edges, count, accuracy and mean confidence, with ECE and MCE.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1
     * @return the diagram
     */
    public static Reliability reliability(Dataset data, int bins) {
        return Evaluation.of(data, Spec.of(Metric.ECE).bins(bins)).reliability();
    }

    /**
     * Returns the reliability diagram: per bin its edges, count, accuracy and mean confidence, with ECE and MCE at temperature T.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return the diagram
     */
    public static Reliability reliability(Dataset data, int bins, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.ECE).bins(bins).temperature(temperature)).reliability();
    }

    /**
     * Returns the reliability diagram: per bin its edges, count, accuracy and mean confidence, with ECE and MCE after {@code calibrator}.
     *
     * @param data the data set, labelled
     * @param bins the number of bins, at least 1
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return the diagram
     */
    public static Reliability reliability(Dataset data, int bins, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.ECE).bins(bins).calibrator(calibrator)).reliability();
    }

    /**
     * Returns the mean entropy −Σⱼ pⱼ ln pⱼ of the predicted distributions, in nats; needs no labels.
     *
     * @param data the data set
     * @return in [0, ln classes]
     */
    public static double meanEntropy(Dataset data) {
        return Evaluation.of(data, Spec.of(Metric.ENTROPY)).meanEntropy();
    }

    /**
     * Returns the mean entropy −Σⱼ pⱼ ln pⱼ of the predicted distributions, in nats; needs no labels at temperature T.
     *
     * @param data the data set
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return in [0, ln classes]
     */
    public static double meanEntropy(Dataset data, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.ENTROPY).temperature(temperature)).meanEntropy();
    }

    /**
     * Returns the mean entropy −Σⱼ pⱼ ln pⱼ of the predicted distributions, in nats; needs no labels after {@code calibrator}.
     *
     * @param data the data set
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return in [0, ln classes]
     */
    public static double meanEntropy(Dataset data, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.ENTROPY).calibrator(calibrator)).meanEntropy();
    }

    /**
     * Returns the confusion matrix (rows: true class, columns: predicted), from which {@link ConfusionMatrix#perClass()} gives support, precision, recall and F1.
     *
     * @param data the data set, labelled
     * @return the matrix
     */
    public static ConfusionMatrix confusion(Dataset data) {
        return Evaluation.of(data, Spec.of(Metric.CONFUSION)).confusion();
    }

    /**
     * Returns the confusion matrix (rows: true class, columns: predicted), from which {@link ConfusionMatrix#perClass()} gives support, precision, recall and F1 at temperature T. A temperature keeps the order of the logits, so it does not change the result; the form is here so that every metric takes one.
     *
     * @param data the data set, labelled
     * @param temperature T &gt;= 0 for softmax(z / T) (σ(s / T)); 0 and +∞ are the limits
     * @return the matrix
     */
    public static ConfusionMatrix confusion(Dataset data, double temperature) {
        return Evaluation.of(data, Spec.of(Metric.CONFUSION).temperature(temperature)).confusion();
    }

    /**
     * Returns the confusion matrix (rows: true class, columns: predicted), from which {@link ConfusionMatrix#perClass()} gives support, precision, recall and F1 after {@code calibrator}.
     *
     * @param data the data set, labelled
     * @param calibrator the map from logits to probabilities, e.g. a fitted one
     * @return the matrix
     */
    public static ConfusionMatrix confusion(Dataset data, Calibrator calibrator) {
        return Evaluation.of(data, Spec.of(Metric.CONFUSION).calibrator(calibrator)).confusion();
    }
}
