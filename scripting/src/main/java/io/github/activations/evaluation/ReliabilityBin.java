/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

/**
 * One bin of a reliability diagram: the rows whose top-label confidence c lies in
 * ({@code lower}, {@code upper}] (the first bin also holds c = 0), how many there are, the
 * fraction of them predicted right and their mean confidence. A well-calibrated model has
 * accuracy ≈ mean confidence in every bin.
 *
 * @param index the bin number, 0 to bins − 1
 * @param lower the lower edge i / B (excluded, except 0 for the first bin)
 * @param upper the upper edge (i + 1) / B (included)
 * @param count the number of rows in the bin
 * @param accuracy the fraction of those rows whose prediction is right; NaN for an empty bin
 * @param meanConfidence the mean top-label confidence of those rows; NaN for an empty bin
 */
public record ReliabilityBin(int index, double lower, double upper, long count, double accuracy,
        double meanConfidence) {

    /**
     * Returns whether the bin holds no rows.
     *
     * @return true for an empty bin
     */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * Returns accuracy − mean confidence: negative where the model is overconfident.
     *
     * @return the gap; NaN for an empty bin
     */
    public double gap() {
        return accuracy - meanConfidence;
    }
}
