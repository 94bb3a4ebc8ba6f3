/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ExpLog#log1pQuick}, the logarithm of log-softmax, against ln(1 + x) to 60 digits
 * ({@link BigMath#log}): relative error at most 2^-59.6 for x = xh + xl &gt; 0.5 (its Javadoc
 * derives 2^-59.69: the quick exponential's 2^-61 as an absolute error of the correction step,
 * over ln 1.5), and below that the bits of {@link ExpLog#log1p} (the same code).
 */
class Log1pQuickTest {
    private static final MathContext MC = new MathContext(60);
    /** The bound derived in {@link ExpLog#log1pQuick}'s Javadoc, rounded up. */
    private static final double BOUND = Math.pow(2, -59.6);

    private static double relativeError(double xh, double xl, Dd d) {
        BigDecimal exact = BigMath.log(BigDecimal.ONE.add(new BigDecimal(xh)).add(new BigDecimal(xl)), MC);
        BigDecimal got = new BigDecimal(d.hi).add(new BigDecimal(d.lo));
        return got.subtract(exact).abs().divide(exact, MC).doubleValue();
    }

    @Test
    void withinItsBoundAboveOneHalf() {
        SplittableRandom r = new SplittableRandom(20261206L);
        Dd d = new Dd();
        double worst = 0;
        int n = 0;
        // just above 0.5 (the smallest results), powers of two and their neighbours (the reduction's
        // f near 1 and 1.5), then x spread over [0.5, 2^40] and up to 1e300
        double[] edges = {Math.nextUp(0.5), 0.5000001, 0.75, 1, Math.nextDown(1.0), 1.5, 2, 3, 7, 1e3, 1e15, 1e300,
            Double.MAX_VALUE / 2};
        for (double x : edges) {
            ExpLog.log1pQuick(x, 0, d);
            worst = Math.max(worst, check(x, 0, d));
            n++;
        }
        for (int i = 0; i < 20_000; i++) {
            double x = i % 2 == 0 ? 0.5 + r.nextDouble() * 4 : Math.scalb(1 + r.nextDouble(), r.nextInt(-1, 41));
            if (!(x > 0.5)) {
                continue;
            }
            double xl = r.nextBoolean() ? 0 : Math.ulp(x) * (r.nextDouble() - 0.5);
            ExpLog.log1pQuick(x, xl, d);
            worst = Math.max(worst, check(x, xl, d));
            n++;
        }
        System.out.printf("Log1pQuickTest: %d arguments above 0.5, worst relative error 2^%.2f%n", n,
                Math.log(worst) / Math.log(2));
    }

    private static double check(double xh, double xl, Dd d) {
        double err = relativeError(xh, xl, d);
        assertTrue(err <= BOUND, "log1pQuick(" + xh + " + " + xl + "): relative error 2^"
                + Math.log(err) / Math.log(2));
        return err;
    }

    @Test
    void theFullLog1pAtOrBelowOneHalf() {
        SplittableRandom r = new SplittableRandom(7);
        Dd quick = new Dd();
        Dd full = new Dd();
        double[] xs = {0, 0x1p-1074, 1e-300, 0x1p-21, 0x1p-20, 1e-3, 0.1, 0.25, 0.5};
        for (int i = 0; i < xs.length + 2_000; i++) {
            double x = i < xs.length ? xs[i] : r.nextDouble() * 0.5;
            ExpLog.log1pQuick(x, 0, quick);
            ExpLog.log1p(x, 0, full);
            assertEquals(Double.doubleToRawLongBits(full.hi), Double.doubleToRawLongBits(quick.hi), "x = " + x);
            assertEquals(Double.doubleToRawLongBits(full.lo), Double.doubleToRawLongBits(quick.lo), "x = " + x);
        }
    }
}
