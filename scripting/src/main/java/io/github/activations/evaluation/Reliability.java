/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reliability diagram: the rows binned by their top-label confidence c = max pⱼ into B
 * equal-width bins, with the expected and maximum calibration errors (Guo, Pleiss, Sun and
 * Weinberger, "On calibration of modern neural networks", ICML 2017):
 *
 * <ul>
 *   <li>bin i (0 ≤ i &lt; B) holds the rows with i/B &lt; c ≤ (i+1)/B, and bin 0 also holds c = 0
 *       (the edges are the doubles {@code (double) i / B}, compared exactly);</li>
 *   <li>ECE = Σᵢ (nᵢ / N) · |accᵢ − confᵢ|, computed as Σᵢ |correctᵢ − Σ c over bin i| / N, so the
 *       bins are weighted by their counts and empty bins contribute 0;</li>
 *   <li>MCE = maxᵢ |accᵢ − confᵢ| over the non-empty bins.</li>
 * </ul>
 *
 * <p><b>Other libraries.</b> This is Guo et al.'s binning, which torchmetrics used before 1.0
 * ({@code torch.bucketize(..., right=False)}: bins (i/B, (i+1)/B]). Since 1.0.0 (PR #1648, 2023)
 * torchmetrics' {@code MulticlassCalibrationError} uses {@code right=True}: bins [i/B, (i+1)/B)
 * plus a separate (B+1)-th bin for c exactly 1, with float32 edges for float32 input. netcal's
 * {@code ECE} clips c to [ε, 1 − ε] and bins [i/B, (i+1)/B) with the last bin closed (numpy's
 * histogram), default B = 10. All agree except for confidences exactly on an edge, which are
 * common only for c = 1 (a saturated softmax), c = 1/2 (a binary tie) and c = 1/C (equal logits).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>bins &lt; 1</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>c exactly on an edge, e.g. 0.2 with 5 bins</td><td>the bin below (0, 0.2]</td></tr>
 *   <tr><td>c = 0 / c = 1</td><td>bin 0 / bin B − 1</td></tr>
 *   <tr><td>an empty bin</td><td>count 0, accuracy and mean confidence NaN; no weight in ECE, ignored by MCE</td></tr>
 *   <tr><td>a confidence NaN or outside [0, 1] ({@link #of})</td><td>{@code IllegalArgumentException} naming the index</td></tr>
 *   <tr><td>no confidences ({@link #of}), or lengths that differ</td><td>{@code IllegalArgumentException}</td></tr>
 *   </tbody>
 * </table>
 */
public final class Reliability {
    private final long rows;
    private final List<ReliabilityBin> bins;
    private final double ece;
    private final double mce;

    Reliability(long rows, long[] count, long[] correct, double[] confidenceSum) {
        this.rows = rows;
        int b = count.length;
        List<ReliabilityBin> list = new ArrayList<>(b);
        Sum e = new Sum();
        double m = 0;
        for (int i = 0; i < b; i++) {
            double acc = count[i] == 0 ? Double.NaN : (double) correct[i] / count[i];
            double conf = count[i] == 0 ? Double.NaN : confidenceSum[i] / count[i];
            list.add(new ReliabilityBin(i, edge(i, b), edge(i + 1, b), count[i], acc, conf));
            if (count[i] > 0) {
                e.add(Math.abs(correct[i] - confidenceSum[i]));
                m = Math.max(m, Math.abs(acc - conf));
            }
        }
        this.bins = Collections.unmodifiableList(list);
        this.ece = e.value() / rows;
        this.mce = m;
    }

    /**
     * Returns the reliability diagram of given top-label confidences and whether each
     * prediction was right, for users who hold probabilities rather than logits.
     *
     * @param confidences one confidence per row, each in [0, 1]
     * @param correct whether each row's prediction is right, same length
     * @param bins the number of bins B, at least 1
     * @return the diagram
     */
    public static Reliability of(double[] confidences, boolean[] correct, int bins) {
        Objects.requireNonNull(confidences, "confidences");
        Objects.requireNonNull(correct, "correct");
        checkBins(bins);
        if (confidences.length == 0) {
            throw new IllegalArgumentException("no confidences: a reliability diagram needs at least one row");
        }
        if (confidences.length != correct.length) {
            throw new IllegalArgumentException("confidences.length " + confidences.length + " != correct.length "
                    + correct.length);
        }
        long[] count = new long[bins];
        long[] right = new long[bins];
        Sum[] sums = new Sum[bins];
        for (int i = 0; i < bins; i++) {
            sums[i] = new Sum();
        }
        for (int r = 0; r < confidences.length; r++) {
            double c = confidences[r];
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("confidences[" + r + "] = " + c + " is not in [0, 1]");
            }
            int i = bin(c, bins);
            count[i]++;
            if (correct[r]) {
                right[i]++;
            }
            sums[i].add(c);
        }
        double[] conf = new double[bins];
        for (int i = 0; i < bins; i++) {
            conf[i] = sums[i].value();
        }
        return new Reliability(confidences.length, count, right, conf);
    }

    static int checkBins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        return bins;
    }

    /** Returns edge i of B bins, the double nearest i / B. */
    static double edge(int i, int bins) {
        return (double) i / bins;
    }

    /**
     * Returns the bin of confidence c in [0, 1]: the i with edge(i) &lt; c ≤ edge(i + 1), 0 for
     * c = 0. The estimate ⌈c·B⌉ − 1 can be one off where c·B rounds; the edges decide.
     */
    static int bin(double c, int bins) {
        int i = (int) Math.ceil(c * bins) - 1;
        i = Math.max(0, Math.min(bins - 1, i));
        while (i > 0 && c <= edge(i, bins)) {
            i--;
        }
        while (i < bins - 1 && c > edge(i + 1, bins)) {
            i++;
        }
        return i;
    }

    /**
     * Returns the bins, in order of confidence.
     *
     * @return B bins, empty ones included
     */
    public List<ReliabilityBin> bins() {
        return bins;
    }

    /**
     * Returns the number of rows binned.
     *
     * @return N
     */
    public long rows() {
        return rows;
    }

    /**
     * Returns the expected calibration error Σᵢ (nᵢ / N) · |accᵢ − confᵢ|.
     *
     * @return ECE in [0, 1]
     */
    public double ece() {
        return ece;
    }

    /**
     * Returns the maximum calibration error over the non-empty bins.
     *
     * @return MCE in [0, 1]
     */
    public double mce() {
        return mce;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Reliability[%d bins, %d rows, ECE %.6f, MCE %.6f]", bins.size(), rows, ece,
                mce);
    }
}
