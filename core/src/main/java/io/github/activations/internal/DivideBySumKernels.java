/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The divide-by-sum kernel, zᵢ / Σⱼ zⱼ (the naive normalisation kept to compare with softmax):
 * an exact-enough sum and one rounding per quotient.
 *
 * <p>Internal: not part of the public API.
 */
public final class DivideBySumKernels {
    private DivideBySumKernels() {
    }

    /**
     * Writes zᵢ / Σⱼ zⱼ into {@code out} (may be {@code z}) for a vector without NaN: the sum in
     * double-double (exactly when it cancels below 2^-100 of Σ|zᵢ|, or when an entry is beyond
     * 2^1000), each quotient rounded once, subnormal results included.
     *
     * @throws IllegalArgumentException if an entry is infinite or the exact sum is 0 (before
     *     anything is written)
     */
    public static void divideBySum(double[] z, double[] out, String name) {
        double maxAbs = 0;
        for (int i = 0; i < z.length; i++) {
            if (Double.isInfinite(z[i])) {
                throw Failures.infiniteLogit(name, i, z[i]);
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
            throw Failures.zeroSum(name);
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
            throw Failures.zeroSum(name);
        }
        MathContext mc = new MathContext(40);
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
}
