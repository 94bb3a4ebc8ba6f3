/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import java.util.Locale;

/**
 * Counts, accuracy, mean log-loss and ECE of a scored table, from {@link LogitScorer#summarize}.
 * The metrics cover the labelled rows without error; with none, they are NaN.
 */
public final class ScoringSummary {
    private final long rows;
    private final long scored;
    private final long labelled;
    private final long correct;
    private final double logLossSum;
    private final long[] binCount;
    private final long[] binCorrect;
    private final double[] binConfidence;

    ScoringSummary(long rows, long scored, long labelled, long correct, double logLossSum, long[] binCount,
            long[] binCorrect, double[] binConfidence) {
        this.rows = rows;
        this.scored = scored;
        this.labelled = labelled;
        this.correct = correct;
        this.logLossSum = logLossSum;
        this.binCount = binCount.clone();
        this.binCorrect = binCorrect.clone();
        this.binConfidence = binConfidence.clone();
    }

    /** @return every row of the table */
    public long rows() {
        return rows;
    }

    /** @return the rows scored (no error) */
    public long scored() {
        return scored;
    }

    /** @return the rows with an error */
    public long errors() {
        return rows - scored;
    }

    /** @return the scored rows with a label: N, the rows the metrics cover */
    public long labelled() {
        return labelled;
    }

    /** @return the labelled rows whose prediction is right */
    public long correct() {
        return correct;
    }

    /** @return correct / N */
    public double accuracy() {
        return labelled == 0 ? Double.NaN : (double) correct / labelled;
    }

    /** @return the mean cross-entropy (log-loss) over the N rows, +∞ if any is +∞ */
    public double meanLogLoss() {
        return labelled == 0 ? Double.NaN : logLossSum / labelled;
    }

    /** @return the expected calibration error over {@value LogitScorer#ECE_BINS} equal-width bins */
    public double ece() {
        if (labelled == 0) {
            return Double.NaN;
        }
        double e = 0;
        for (int i = 0; i < binCount.length; i++) {
            e += Math.abs(binCorrect[i] - binConfidence[i]);
        }
        return e / labelled;
    }

    /** @return the rows in each confidence bin */
    public long[] binCounts() {
        return binCount.clone();
    }

    /** @return the right predictions in each confidence bin */
    public long[] binCorrect() {
        return binCorrect.clone();
    }

    /** @return the sum of the confidences in each bin */
    public double[] binConfidenceSums() {
        return binConfidence.clone();
    }

    /**
     * Returns the summary as one JSON object (numbers as Java prints them, shortest form that
     * reads back to the same double; non-finite numbers as strings).
     *
     * @return the JSON text
     */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"rows\": %d, \"scored\": %d, \"errors\": %d, \"labelled\": %d, \"correct\": %d, "
                        + "\"accuracy\": %s, \"meanLogLoss\": %s, \"ece\": %s, \"eceBins\": %d}",
                rows, scored, errors(), labelled, correct, json(accuracy()), json(meanLogLoss()), json(ece()),
                binCount.length);
    }

    private static String json(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "\"" + x + "\"";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "rows %d, scored %d, errors %d, labelled %d: accuracy %.6f, "
                + "mean log-loss %.6f, ECE (%d bins) %.6f", rows, scored, errors(), labelled, accuracy(),
                meanLogLoss(), binCount.length, ece());
    }
}
