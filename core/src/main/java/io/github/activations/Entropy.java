/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;
import io.github.activations.internal.Floats;

/**
 * Shannon entropy in nats: H(p) = −Σᵢ pᵢ ln pᵢ, of a probability vector ({@link #of(double[])})
 * or of the distribution softmax(z / T) given by logits ({@link #ofLogits(double[], double)}),
 * computed from the logits without forming p, so a nearly one-hot row keeps the digits of its
 * tiny entropy: H(softmax([0, −50])) = 9.836e-21 (about 51·e^-50), where −Σ p ln p over the
 * rounded softmax [1.0, e^-50] gives 50·e^-50 = 9.644e-21, 2 % low (the first term,
 * −(1 − e^-50) ln(1 − e^-50) ≈ e^-50, is lost when 1 − e^-50 rounds to 1).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code p}, {@code z} or a row {@code null} / length 0</td><td>{@code NullPointerException} naming it / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>a logit NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>every logit −∞</td><td>{@code IllegalArgumentException} (softmax undefined)</td></tr>
 *   <tr><td>one logit, or a unique maximum with every other logit more than 800 below it (e.g. [0, −1e6])</td><td>0.0 (one-hot: the exact entropy, below e^-800 · 801, rounds to 0)</td></tr>
 *   <tr><td>k logits +∞</td><td>ln k (they share the mass)</td></tr>
 *   <tr><td>a logit −∞ (some logit &gt; −∞)</td><td>that entry contributes 0 (0 · ln 0 = 0)</td></tr>
 *   <tr><td>a nearly one-hot row, e.g. [0, −50]</td><td>the tiny entropy 51·e^-50 to the last bits (within 1 ulp), subnormal results included</td></tr>
 *   <tr><td>logits near ±{@code Double.MAX_VALUE}, e.g. [1e308, −1e308]</td><td>the exact result rounded (0.0 there): no overflow, no NaN</td></tr>
 *   <tr><td>temperature T &gt; 0 finite</td><td>H(softmax(z / T)), z / T never rounded</td></tr>
 *   <tr><td>temperature 0 (or −0.0)</td><td>the limit T → 0⁺: ln k for k tied maxima (0.0 for a unique maximum)</td></tr>
 *   <tr><td>temperature +∞</td><td>the limit T → ∞: ln n for the n logits above −∞; with k logits +∞, ln k</td></tr>
 *   <tr><td>temperature negative or NaN</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>a probability NaN or outside [0, 1]</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>a probability 0 or 1</td><td>that entry contributes 0 (0 · ln 0 = 0, 1 · ln 1 = 0)</td></tr>
 *   <tr><td>probabilities that do not sum to 1</td><td>−Σ pᵢ ln pᵢ as given, not renormalised (e.g. [0.5] gives 0.5 · ln 2)</td></tr>
 *   <tr><td>batch of zero rows</td><td>an empty array</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Within 1 ulp of the exact entropy of the given input, relative to the
 * result itself however small it is (tiny and subnormal results included), for logits at any
 * temperature and for probability vectors ({@code EntropyAccuracyTest}); float forms within
 * 1 ulp of the float result. No step cancels (below), so there is no ill-conditioned case for
 * the computation: the entropy of the doubles given is what is computed. (How much H moves when
 * the logits themselves are perturbed is another matter: near a one-hot row H changes by a
 * large relative amount when the gap moves, as e^-gap does.)
 *
 * <p><b>Algorithm.</b> For logits: m = max(z), dᵢ = (zᵢ − m)/T &lt;= 0 as a double-double (a
 * two-sum at T = 1), eᵢ = exp(dᵢ) by the library's exponential (relative error below 2^-61,
 * not {@link Math#exp}), S = Σ eᵢ = 1 + s. Then ln pᵢ = dᵢ − ln S and
 * H = ln S + Σ eᵢ·(−dᵢ) / S = log1p(s) + A / (1 + s): two terms &gt;= 0, each a double-double
 * sum of terms &gt;= 0, rounded once, so the relative error stays near 2^-58 before that
 * rounding. Terms whose eᵢ is below 2^-960 are summed at 2^600 times their size, so a row whose
 * entropy is subnormal is rounded once, not once per term; terms with dᵢ below −800 are left
 * out (each contributes less than 2^-1140). For probabilities: each −pᵢ ln pᵢ &gt;= 0 with ln pᵢ
 * in double-double (relative error below 2^-84, also for pᵢ near 1), summed in double-double
 * and rounded once, tiny pᵢ scaled the same way. Scalar kernels on both paths (no SIMD); the
 * single-vector {@code double} forms allocate nothing.
 */
public final class Entropy {
    private Entropy() {
    }

    /**
     * Returns −Σ pᵢ ln pᵢ in nats for a probability vector (entries in [0, 1]; the sum is
     * not checked or renormalised).
     *
     * @param p the probabilities
     * @return the entropy, &gt;= 0
     */
    public static double of(double[] p) {
        checkProbabilities(p, "p");
        return Dispatch.entropy(p);
    }

    /**
     * Returns −Σ pᵢ ln pᵢ for a float probability vector, computed in double and rounded once.
     *
     * @param p the probabilities
     * @return the entropy, &gt;= 0
     */
    public static float of(float[] p) {
        Checks.notNull(p, "p");
        return (float) of(Floats.widen(p));
    }

    /**
     * Returns the entropy of softmax(z) in nats, computed from the logits.
     *
     * @param z the logits
     * @return the entropy, in [0, ln n]
     */
    public static double ofLogits(double[] z) {
        return ofLogits(z, 1.0);
    }

    /**
     * Returns the entropy of softmax(z / temperature) in nats, computed from the logits. It
     * allocates nothing, so it can be called once per row of a matrix and temperature.
     *
     * @param z the logits
     * @param temperature T &gt;= 0; see the class table for 0 and +∞
     * @return the entropy, in [0, ln n]
     */
    public static double ofLogits(double[] z, double temperature) {
        // the kernel finds a NaN in the pass that takes the maximum (no SIMD loop to protect)
        Checks.nonEmpty(z, "z");
        Checks.temperature(temperature);
        return Dispatch.entropy(z, temperature, "z");
    }

    /**
     * Returns the entropy of softmax(z) for float logits, computed in double and rounded once.
     *
     * @param z the logits
     * @return the entropy, in [0, ln n]
     */
    public static float ofLogits(float[] z) {
        return ofLogits(z, 1.0);
    }

    /**
     * Returns the entropy of softmax(z / temperature) for float logits, computed in double and
     * rounded once.
     *
     * @param z the logits
     * @param temperature T &gt;= 0
     * @return the entropy, in [0, ln n]
     */
    public static float ofLogits(float[] z, double temperature) {
        Checks.nonEmpty(z, "z");
        Checks.temperature(temperature);
        return (float) Dispatch.entropy(Floats.widen(z), temperature, "z");
    }

    /**
     * Returns the entropy of softmax(row) of each row.
     *
     * @param rows the logits, one vector per row
     * @return one entropy per row
     */
    public static double[] ofLogits(double[][] rows) {
        return ofLogits(rows, 1.0);
    }

    /**
     * Returns the entropy of softmax(row / temperature) of each row (rows run one after another).
     *
     * @param rows the logits, one vector per row
     * @param temperature T &gt;= 0
     * @return one entropy per row
     */
    public static double[] ofLogits(double[][] rows, double temperature) {
        Checks.rows(rows, "rows");
        Checks.temperature(temperature);
        Checks.rowsDefined(rows, Double.NEGATIVE_INFINITY, "rows");
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = Dispatch.entropy(rows[r], temperature, "rows[" + r + "]");
        }
        return out;
    }

    /**
     * Returns −Σ pᵢ ln pᵢ of each row of probabilities.
     *
     * @param rows the probabilities, one vector per row
     * @return one entropy per row
     */
    public static double[] of(double[][] rows) {
        Checks.notNull(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            checkProbabilities(rows[r], "rows[" + r + "]");
        }
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = Dispatch.entropy(rows[r]);
        }
        return out;
    }

    private static void checkProbabilities(double[] p, String name) {
        Checks.nonEmpty(p, name);
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + p[i]
                        + " is not a probability in [0, 1] (Entropy.ofLogits takes logits)");
            }
        }
    }
}
