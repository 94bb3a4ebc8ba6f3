/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;
import io.github.activations.internal.Floats;

/**
 * Cross-entropy loss of logits against a label or a target distribution:
 * CE(z, y) = −ln softmax(z)_y and CE(z, t) = −Σᵢ tᵢ ln softmax(z)ᵢ, computed through
 * log-softmax (never as the log of a rounded probability, which is −∞ once it underflows).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code logits}/{@code target} {@code null} / empty</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>a logit NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>label &lt; 0 or &gt;= length</td><td>{@code IllegalArgumentException} with label and length</td></tr>
 *   <tr><td>target of another length, or an entry negative, NaN or infinite</td><td>{@code IllegalArgumentException} naming it</td></tr>
 *   <tr><td>every logit −∞</td><td>{@code IllegalArgumentException} (softmax undefined)</td></tr>
 *   <tr><td>the label's logit −∞ (some other finite)</td><td>+∞</td></tr>
 *   <tr><td>k logits +∞, the label among them</td><td>ln k; label not among them: +∞</td></tr>
 *   <tr><td>target entry 0 where the logit is −∞</td><td>that term is 0 (0 · ln 0 = 0)</td></tr>
 *   <tr><td>a confident right answer, e.g. [0, −37] with label 0</td><td>8.5e-17, not 0</td></tr>
 *   <tr><td>temperature T &gt; 0 finite (label forms)</td><td>−log-softmax(z / T)_y, z / T never rounded</td></tr>
 *   <tr><td>temperature 0 (or −0.0)</td><td>the limit T → 0⁺: ln k if the label is one of the k maximal logits (0.0 for a unique maximum), +∞ otherwise</td></tr>
 *   <tr><td>temperature +∞</td><td>the limit T → ∞: ln n for the n logits above −∞, +∞ if the label's logit is −∞; with k logits +∞, as at T = 1</td></tr>
 *   <tr><td>temperature negative or NaN</td><td>{@code IllegalArgumentException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> The label form within 2 ulp, with or without a temperature
 * ({@code CrossEntropyAccuracyTest}): (m − z_y) + ln(1 + s), or (m − z_y)/T + ln(1 + s_T) with
 * the quotient kept in double-double, two non-negative terms in double-double, rounded once.
 * The target form within a few ulp: each term and the sum in double-double, the target entries
 * taken as given (not renormalised). Float forms within 1 ulp of the float result. The
 * single-row label forms allocate nothing (the double-double registers are per thread).
 *
 * <p><b>Algorithm.</b> As {@link LogSoftmax} at the label: s = Σ exp(zⱼ − m) − 1 (or of
 * (zⱼ − m)/T) in double-double with the library's exponential, ln(1 + s) by a double-double
 * log1p, then the sum with (m − z_y) or (m − z_y)/T. A temperature other than 1 runs the scalar
 * kernel; {@code CrossEntropy.of(z, y, T)} is {@code −LogSoftmax.of(z, T)[y]} bit for bit.
 */
public final class CrossEntropy {
    private CrossEntropy() {
    }

    /**
     * Returns −ln softmax(logits)[label].
     *
     * @param logits the scores
     * @param label the true class, 0 to length − 1
     * @return the loss, &gt;= 0
     */
    public static double of(double[] logits, int label) {
        checkLogits(logits, "logits");
        checkLabel(label, logits.length, "label");
        return Dispatch.crossEntropy(logits, label);
    }

    /**
     * Returns −ln softmax(logits / temperature)[label], the loss of a temperature-scaled model
     * (calibration). It allocates nothing, so it can be called once per row of a matrix.
     *
     * @param logits the scores
     * @param label the true class, 0 to length − 1
     * @param temperature T &gt;= 0; see the class table for 0 and +∞
     * @return the loss, &gt;= 0
     */
    public static double of(double[] logits, int label, double temperature) {
        checkLogits(logits, "logits");
        checkLabel(label, logits.length, "label");
        Checks.temperature(temperature);
        return Dispatch.crossEntropy(logits, label, temperature);
    }

    /**
     * Returns −ln softmax(logits / temperature)[label] for float logits, computed in double and
     * rounded once.
     *
     * @param logits the scores
     * @param label the true class, 0 to length − 1
     * @param temperature T &gt;= 0
     * @return the loss, &gt;= 0
     */
    public static float of(float[] logits, int label, double temperature) {
        Checks.vector(logits, "logits");
        return (float) of(Floats.widen(logits), label, temperature);
    }

    /**
     * Returns −ln softmax(logits)[label] for float logits, computed in double and rounded once.
     *
     * @param logits the scores
     * @param label the true class, 0 to length − 1
     * @return the loss, &gt;= 0
     */
    public static float of(float[] logits, int label) {
        Checks.vector(logits, "logits");
        return (float) of(Floats.widen(logits), label);
    }

    /**
     * Returns −Σᵢ targetᵢ · ln softmax(logits)ᵢ for a target distribution (soft labels).
     *
     * @param logits the scores
     * @param target non-negative weights, usually summing to 1; same length as {@code logits}
     * @return the loss, &gt;= 0
     */
    public static double of(double[] logits, double[] target) {
        checkLogits(logits, "logits");
        Checks.notNull(target, "target");
        Checks.sameLength(logits.length, "logits", target.length, "target");
        for (int i = 0; i < target.length; i++) {
            if (!(target[i] >= 0 && target[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("target[" + i + "] = " + target[i]
                        + " is not a finite non-negative weight");
            }
        }
        return Dispatch.crossEntropy(logits, target);
    }

    /**
     * Returns the cross-entropy of float logits against a float target, computed in double
     * and rounded once.
     *
     * @param logits the scores
     * @param target non-negative weights, same length as {@code logits}
     * @return the loss, &gt;= 0
     */
    public static float of(float[] logits, float[] target) {
        Checks.vector(logits, "logits");
        Checks.notNull(target, "target");
        return (float) of(Floats.widen(logits), Floats.widen(target));
    }

    /**
     * Returns the loss of each row against its label.
     *
     * @param logits the scores, one vector per row
     * @param labels one label per row
     * @return one loss per row
     */
    public static double[] of(double[][] logits, int[] labels) {
        return of(logits, labels, 1.0);
    }

    /**
     * Returns the loss of each row against its label at a temperature.
     *
     * @param logits the scores, one vector per row
     * @param labels one label per row
     * @param temperature T &gt;= 0
     * @return one loss per row
     */
    public static double[] of(double[][] logits, int[] labels, double temperature) {
        checkBatch(logits, labels);
        Checks.temperature(temperature);
        double[] out = new double[logits.length];
        for (int r = 0; r < logits.length; r++) {
            out[r] = Dispatch.crossEntropy(logits[r], labels[r], temperature);
        }
        return out;
    }

    /**
     * Returns the mean loss over a batch, the usual training objective. Each row's loss is
     * kept as a double-double, summed and divided by the row count in double-double and
     * rounded once, so the mean is within 1 ulp and does not drift with the batch size.
     *
     * @param logits the scores, one vector per row (at least one row)
     * @param labels one label per row
     * @return the mean loss
     */
    public static double mean(double[][] logits, int[] labels) {
        return mean(logits, labels, 1.0);
    }

    /**
     * Returns the mean loss over a batch at a temperature (the objective that temperature
     * scaling minimises), rounded once as {@link #mean(double[][], int[])}: within 1 ulp of the
     * exact mean of the exact losses.
     *
     * @param logits the scores, one vector per row (at least one row)
     * @param labels one label per row
     * @param temperature T &gt;= 0
     * @return the mean loss
     */
    public static double mean(double[][] logits, int[] labels, double temperature) {
        checkBatch(logits, labels);
        Checks.temperature(temperature);
        if (logits.length == 0) {
            throw new IllegalArgumentException("logits has no rows: the mean of no losses is undefined");
        }
        return Dispatch.meanCrossEntropy(logits, labels, temperature);
    }

    private static void checkBatch(double[][] logits, int[] labels) {
        Checks.rows(logits, "logits");
        Checks.notNull(labels, "labels");
        Checks.sameLength(logits.length, "logits", labels.length, "labels");
        for (int r = 0; r < logits.length; r++) {
            checkLogits(logits[r], "logits[" + r + "]");
            checkLabel(labels[r], logits[r].length, "labels[" + r + "]");
        }
    }

    private static void checkLogits(double[] logits, String name) {
        Checks.vector(logits, name);
        Checks.defined(logits, Double.NEGATIVE_INFINITY, name);
    }

    private static void checkLabel(int label, int n, String name) {
        if (label < 0 || label >= n) {
            throw new IllegalArgumentException(name + " = " + label + " is not in [0, " + n + ")");
        }
    }
}
