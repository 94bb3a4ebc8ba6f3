/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ExpLog#expForFloat}, the exponential of the float softmax, against {@link ExpLog#exp}
 * (double-double, 2^-100): relative error at most 2^-34 on [{@link ExpLog#FLOAT_EXP_FLOOR}, 0].
 * The bound is its Javadoc's: the polynomial's 2^-34.17 (Lawson fit), the one-step reduction's
 * 2^-45.2 and the Horner roundings (below 2^-52) add up to less than 2^-34.1.
 */
class ExpForFloatTest {
    private static final double BOUND = 0x1p-34;
    private static final double LN2 = Math.log(2);

    @Test
    void withinItsBoundOverItsWholeRange() {
        SplittableRandom random = new SplittableRandom(20261206L);
        Dd d = new Dd();
        double worst = 0;
        int n = 0;
        // the ends of the range (2^k down to 2^-1021), and around every half of ln 2 times k, where the
        // reduced argument is largest and x/ln 2 rounds either way
        double[] ends = {0, -0.0, -Double.MIN_VALUE, -0x1p-60, -1e-9, ExpLog.FLOAT_EXP_FLOOR,
            Math.nextUp(ExpLog.FLOAT_EXP_FLOOR), -700, -1, -0.5};
        for (double x : ends) {
            worst = Math.max(worst, check(x, d));
            n++;
        }
        for (int k = 0; k <= 2 * 1021; k++) {
            double x = -k * LN2 / 2;
            if (x < ExpLog.FLOAT_EXP_FLOOR) {
                break;
            }
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x), x + 1e-12, x - 1e-12}) {
                if (y <= 0 && y >= ExpLog.FLOAT_EXP_FLOOR) {
                    worst = Math.max(worst, check(y, d));
                    n++;
                }
            }
        }
        for (int i = 0; i < 200_000; i++) {
            double x = i % 4 == 0 ? -Math.scalb(1 + random.nextDouble(), random.nextInt(-60, 2))
                    : ExpLog.FLOAT_EXP_FLOOR * random.nextDouble();
            worst = Math.max(worst, check(x, d));
            n++;
        }
        System.out.printf("ExpForFloatTest: %d arguments, worst relative error 2^%.2f%n", n,
                Math.log(worst) / Math.log(2));
    }

    private static double check(double x, Dd d) {
        double got = ExpLog.expForFloat(x);
        ExpLog.exp(x, 0, d);
        // got − d.hi is exact (the two are within a factor 2 of each other)
        double err = Math.abs(((got - d.hi) - d.lo) / d.hi);
        assertTrue(err <= BOUND, "expForFloat(" + x + ") = " + got + ": relative error 2^"
                + Math.log(err) / Math.log(2));
        return err;
    }
}
