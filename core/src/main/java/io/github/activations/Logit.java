/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Dispatch;

/**
 * The logit, inverse of the sigmoid: logit(p) = ln(p / (1 − p)), turning a probability back
 * into a logit.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>p NaN, or p outside [0, 1] (scalar form)</td><td>NaN, as {@link Math#log} of a negative number</td></tr>
 *   <tr><td>an array entry NaN or outside [0, 1]</td><td>{@code IllegalArgumentException} naming the index</td></tr>
 *   <tr><td>array {@code null} / empty</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>p = 0 (or −0.0)</td><td>−∞</td></tr>
 *   <tr><td>p = 1</td><td>+∞</td></tr>
 *   <tr><td>p = 0.5</td><td>0.0</td></tr>
 *   <tr><td>p subnormal</td><td>ln p − ln(1 − p), finite (about −744.4 at {@code Double.MIN_VALUE})</td></tr>
 *   <tr><td>{@code out} of another length</td><td>{@code IllegalArgumentException} with both lengths, nothing written</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Within 1 ulp ({@code LogitAccuracyTest}), including near p = 1/2 where
 * the result is near 0. 1 − p is formed exactly as a double-double, so logit(1 − 2^-53) =
 * 36.7368005696771 is right where ln(p / (1 − p)) in plain doubles loses digits.
 *
 * <p><b>Algorithm.</b> On [1/4, 3/4]: log1p((2p − 1) / (1 − p)), where 2p − 1 is exact;
 * elsewhere ln p − ln(1 − p); all in double-double, rounded once.
 */
public final class Logit {
    private Logit() {
    }

    /**
     * Returns ln(p / (1 − p)).
     *
     * @param p a probability
     * @return the logit, NaN outside [0, 1]
     */
    public static double of(double p) {
        return Dispatch.logit(p);
    }

    /**
     * Returns the logit of each entry as a new array.
     *
     * @param p probabilities, each in [0, 1]
     * @return the logits
     */
    public static double[] of(double[] p) {
        return into(p, new double[check(p).length]);
    }

    /**
     * Returns the logit of each float entry as a new array, each computed in double and rounded once.
     *
     * @param p probabilities, each in [0, 1]
     * @return the logits
     */
    public static float[] of(float[] p) {
        return into(p, new float[check(p).length]);
    }

    /**
     * Returns the logit of each entry of each row, as a new batch; every entry of every row
     * is checked before anything is computed.
     *
     * @param rows probabilities, each in [0, 1]
     * @return the logits, same shape
     */
    public static double[][] of(double[][] rows) {
        Checks.notNull(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            check(rows[r], "rows[" + r + "]");
        }
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = into(rows[r], new double[rows[r].length]);
        }
        return out;
    }

    /**
     * Returns the logit of each entry of each float row, as a new batch.
     *
     * @param rows probabilities, each in [0, 1]
     * @return the logits, same shape
     */
    public static float[][] of(float[][] rows) {
        Checks.notNull(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            check(rows[r], "rows[" + r + "]");
        }
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = into(rows[r], new float[rows[r].length]);
        }
        return out;
    }

    /**
     * Writes the logit of each entry into {@code out} (may be {@code p}) and returns it.
     *
     * @param p probabilities, each in [0, 1]
     * @param out the destination, same length
     * @return {@code out}
     */
    public static double[] into(double[] p, double[] out) {
        check(p);
        Checks.notNull(out, "out");
        Checks.sameLength(p.length, "p", out.length, "out");
        Dispatch.logit(p, out);
        return out;
    }

    /**
     * Writes the logit of each float entry into {@code out} (may be {@code p}) and returns it.
     *
     * @param p probabilities, each in [0, 1]
     * @param out the destination, same length
     * @return {@code out}
     */
    public static float[] into(float[] p, float[] out) {
        check(p);
        Checks.notNull(out, "out");
        Checks.sameLength(p.length, "p", out.length, "out");
        Dispatch.logit(p, out);
        return out;
    }

    /**
     * Replaces each entry of {@code p} by its logit and returns {@code p}.
     *
     * @param p probabilities, overwritten
     * @return {@code p}
     */
    public static double[] inPlace(double[] p) {
        return into(p, p);
    }

    /**
     * Replaces each entry of float {@code p} by its logit and returns {@code p}.
     *
     * @param p probabilities, overwritten
     * @return {@code p}
     */
    public static float[] inPlace(float[] p) {
        return into(p, p);
    }

    private static double[] check(double[] p) {
        return check(p, "p");
    }

    private static float[] check(float[] p) {
        return check(p, "p");
    }

    private static double[] check(double[] p, String name) {
        Checks.vector(p, name);
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw notProbability(name, i, p[i]);
            }
        }
        return p;
    }

    private static float[] check(float[] p, String name) {
        Checks.vector(p, name);
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw notProbability(name, i, p[i]);
            }
        }
        return p;
    }

    private static IllegalArgumentException notProbability(String name, int i, double v) {
        return new IllegalArgumentException(name + "[" + i + "] = " + v + " is not a probability in [0, 1]");
    }
}
