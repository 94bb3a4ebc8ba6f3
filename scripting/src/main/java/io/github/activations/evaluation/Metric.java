/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

/**
 * The metrics an {@link Evaluation} can compute in its one pass over the rows. Every metric
 * but {@link #ENTROPY} compares the predictions with the labels, so it needs a labelled data
 * set.
 */
public enum Metric {
    /** Accuracy: the fraction of rows whose predicted class (the first largest logit) is the label. */
    ACCURACY,
    /** Top-k accuracy for the k values of {@link Evaluation.Spec#topK(int...)}. */
    TOP_K,
    /** Negative log-likelihood: the mean cross-entropy of the predicted distributions. */
    NLL,
    /** Brier score: the mean squared distance between the predicted distribution and the one-hot label. */
    BRIER,
    /** Expected calibration error over equal-width confidence bins (and the bins themselves). */
    ECE,
    /** Maximum calibration error over the non-empty confidence bins (and the bins themselves). */
    MCE,
    /** Mean entropy of the predicted distributions, in nats; the one metric that needs no labels. */
    ENTROPY,
    /** The confusion matrix and, from it, support, precision, recall and F1 per class. */
    CONFUSION;

    /**
     * Returns whether this metric needs labels.
     *
     * @return false for {@link #ENTROPY} only
     */
    public boolean needsLabels() {
        return this != ENTROPY;
    }
}
