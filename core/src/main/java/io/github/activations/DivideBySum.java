/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Dd;
import io.github.activations.internal.ExpLog;
import io.github.activations.internal.Floats;
import java.math.BigDecimal;

/**
 * Divide-by-sum: zᵢ / Σⱼ zⱼ, the naive normalisation the softmax tutorial starts from. It is
 * kept so experiments can show why softmax wins: its "probabilities" can be negative or
 * above 1 (z = [0.25, 1.23, −0.8] gives [0.368, 1.809, −1.176]), it is undefined when the
 * logits sum to 0 ([−0.25, 1, −0.75]), it ignores the scale of the logits and maps a 0 logit
 * to probability 0. Use {@link Softmax} for real work.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code null} / length 0</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>any entry NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>any entry ±∞</td><td>{@code IllegalArgumentException} naming the index (∞/∞ is undefined)</td></tr>
 *   <tr><td>the exact sum is 0</td><td>{@code IllegalArgumentException}: "sum of logits is 0"</td></tr>
 *   <tr><td>negative entries or a negative sum</td><td>computed as defined: results may be negative or exceed 1</td></tr>
 *   <tr><td>sum tiny against the entries</td><td>results may overflow to ±∞</td></tr>
 *   <tr><td>sum beyond {@code Double.MAX_VALUE} (e.g. [1e308, 1e308])</td><td>the exact result ([0.5, 0.5]): the sum is scaled, never overflows</td></tr>
 *   <tr><td>{@code out} of another length</td><td>{@code IllegalArgumentException} with both lengths, nothing written</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Accuracy.</b> Within 1 ulp (measured: 0.5): the sum is exact to double-double
 * precision (recomputed exactly when it cancels to below 2^-100 of Σ|zᵢ|), and each quotient
 * is rounded once, subnormal results included (tiny numerators, sums and quotients are divided
 * at a larger scale).
 */
public final class DivideBySum {
    private DivideBySum() {
    }

    /**
     * Returns zᵢ / Σⱼ zⱼ as a new array.
     *
     * @param z the logits
     * @return z normalised by its sum
     */
    public static double[] of(double[] z) {
        return into(z, new double[Checks.notNull(z, "z").length]);
    }

    /**
     * Returns zᵢ / Σⱼ zⱼ of a float vector, computed in double and rounded once.
     *
     * @param z the logits
     * @return z normalised by its sum
     */
    public static float[] of(float[] z) {
        Checks.vector(z, "z");
        double[] w = Floats.widen(z);
        return Floats.narrow(into(w, w));
    }

    /**
     * Returns each row divided by its own sum, as a new batch.
     *
     * @param rows the logits, one vector per row
     * @return the normalised rows
     */
    public static double[][] of(double[][] rows) {
        Checks.rows(rows, "rows");
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = new double[rows[r].length];
            compute(rows[r], out[r], "rows[" + r + "]");
        }
        return out;
    }

    /**
     * Returns each float row divided by its own sum, as a new batch.
     *
     * @param rows the logits, one vector per row
     * @return the normalised rows
     */
    public static float[][] of(float[][] rows) {
        Checks.rows(rows, "rows");
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            double[] w = Floats.widen(rows[r]);
            compute(w, w, "rows[" + r + "]");
            out[r] = Floats.narrow(w);
        }
        return out;
    }

    /**
     * Writes zᵢ / Σⱼ zⱼ into {@code out} (may be {@code z}) and returns it; nothing is written
     * when an exception is thrown.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static double[] into(double[] z, double[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        compute(z, out, "z");
        return out;
    }

    /**
     * Replaces z by zᵢ / Σⱼ zⱼ and returns it.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static double[] inPlace(double[] z) {
        return into(z, z);
    }

    /**
     * Writes zᵢ / Σⱼ zⱼ of a float vector into {@code out} (may be {@code z}) and returns it;
     * computed in double, each result rounded once; nothing is written on an exception.
     *
     * @param z the logits
     * @param out the destination, same length
     * @return {@code out}
     */
    public static float[] into(float[] z, float[] out) {
        Checks.vector(z, "z");
        Checks.notNull(out, "out");
        Checks.sameLength(z.length, "z", out.length, "out");
        double[] w = Floats.widen(z);
        compute(w, w, "z");
        return Floats.narrow(w, out);
    }

    /**
     * Replaces float z by zᵢ / Σⱼ zⱼ and returns it.
     *
     * @param z the logits, overwritten
     * @return {@code z}
     */
    public static float[] inPlace(float[] z) {
        return into(z, z);
    }

    private static void compute(double[] z, double[] out, String name) {
        double maxAbs = 0;
        for (int i = 0; i < z.length; i++) {
            if (Double.isInfinite(z[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + z[i]
                        + ": divide-by-sum is undefined for infinite logits");
            }
            maxAbs = Math.max(maxAbs, Math.abs(z[i]));
        }
        if (maxAbs > 0x1p1000) {
            computeExactly(z, out, name);
            return;
        }
        Dd d = new Dd().set(0, 0);
        double absSum = 0;
        for (double zi : z) {
            d.add(zi, 0);
            absSum += Math.abs(zi);
        }
        double sh = d.hi;
        double sl = d.lo;
        if (!(Math.abs(sh) > 0x1p-100 * absSum)) {
            BigDecimal exact = exactSum(z);
            sh = exact.doubleValue();
            sl = exact.subtract(new BigDecimal(sh)).doubleValue();
        }
        if (sh == 0) {
            throw zeroSum(name);
        }
        // below 2^-900 the trailing parts of the double-double division (about 2^-106 of the
        // numerator and of the quotient) would underflow: a numerator or sum that small, or a
        // numerator whose quotient is that small, is divided at 2^600 times its size and the
        // quotient scaled back, rounded once (subnormal results included). A quotient below
        // 2^-900 needs |z_i| < 2^124 (the sum is below 2^1024), so the scaling cannot overflow.
        int sumScale = Math.abs(sh) < TINY ? SCALE : 0;
        double ssh = Math.scalb(sh, sumScale);
        double ssl = Math.scalb(sl, sumScale);
        // |z_i| below this: z_i or z_i / S is below 2^-900
        double small = Math.max(TINY, TINY * Math.abs(sh));
        for (int i = 0; i < z.length; i++) {
            int scale = Math.abs(z[i]) < small ? SCALE : 0;
            d.set(Math.scalb(z[i], scale), 0).div(ssh, ssl);
            out[i] = ExpLog.scaleRounded(d.hi, d.lo, sumScale - scale);
        }
    }

    /** Numerators and sums below this are scaled by 2^{@link #SCALE} for the division. */
    private static final double TINY = 0x1p-900;
    private static final int SCALE = 600;

    /**
     * The path for entries beyond 2^1000, whose sum may not be representable: the exact sum
     * as a BigDecimal, and each quotient to 40 digits, then rounded to double.
     */
    private static void computeExactly(double[] z, double[] out, String name) {
        BigDecimal sum = exactSum(z);
        if (sum.signum() == 0) {
            throw zeroSum(name);
        }
        java.math.MathContext mc = new java.math.MathContext(40);
        for (int i = 0; i < z.length; i++) {
            out[i] = new BigDecimal(z[i]).divide(sum, mc).doubleValue(); // z[i] is read before out[i] is written
        }
    }

    private static BigDecimal exactSum(double[] z) {
        BigDecimal exact = BigDecimal.ZERO;
        for (double zi : z) {
            exact = exact.add(new BigDecimal(zi));
        }
        return exact;
    }

    private static IllegalArgumentException zeroSum(String name) {
        return new IllegalArgumentException("sum of logits is 0 in " + name
                + ": divide-by-sum is undefined (softmax never divides by zero)");
    }
}
