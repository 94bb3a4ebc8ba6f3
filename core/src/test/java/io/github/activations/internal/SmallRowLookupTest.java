/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The small-row kernels on both lookups of the exponential's table (gathered, and in registers,
 * whichever the JDK running the test does not choose by default): each row of
 * {@link VectorSupport#softmaxRows} has the bits of {@link VectorSupport#softmax(double[], int,
 * double[], int, int, String)} on it alone, each row of {@link VectorSupport#logSoftmaxRows}
 * those of {@link VectorSupport#logSoftmax(double[], int, double[], int, int, String)}, and each
 * value of {@link VectorSupport#logSumExpRows} that of {@link VectorSupport#logSumExp(double[],
 * int, int)}, for row
 * lengths around the lane count and special rows mixed in. Bound: bit for bit, the documented
 * guarantee of the batch forms. ({@code SmallRowKernelTest} checks the same through the public
 * API, on the default lookup.)
 */
class SmallRowLookupTest {
    @Test
    void rowsHaveTheSingleVectorBitsOnBothLookups() {
        boolean ran = false;
        for (VectorSupport v : VectorSupportTest.simds()) {
            if (v == null) {
                continue;
            }
            Random rnd = new Random(31);
            for (int n : new int[] {3, 7, 8, 9, 10, 15, 16, 17, 31, 33, 63, 64}) {
                if (!v.groupsRows(n)) {
                    continue;
                }
                ran = true;
                int rows = 8 * 5 + 3;
                double[] z = new double[rows * n];
                for (int i = 0; i < z.length; i++) {
                    z[i] = rnd.nextGaussian() * (i % 5 == 0 ? 40 : 4);
                }
                // special rows: a −∞ entry, a +∞ entry, one entry far below the rest
                z[3 * n + 1] = Double.NEGATIVE_INFINITY;
                z[9 * n] = Double.POSITIVE_INFINITY;
                z[17 * n + n - 1] = -800;
                double[] expected = new double[z.length];
                for (int r = 0; r < rows; r++) {
                    v.softmax(z, r * n, expected, r * n, n, "z");
                }
                double[] actual = new double[z.length + 5];
                v.softmaxRows(z, 0, actual, 5, rows, n, "z");
                double[] got = java.util.Arrays.copyOfRange(actual, 5, 5 + z.length);
                assertArrayEquals(expected, got, v.describe() + ", n=" + n);
            }
        }
        assumeTrue(ran, "no small-row kernel here (needs jdk.incubator.vector)");
    }

    @Test
    void logSoftmaxAndLogSumExpRowsHaveTheSingleVectorBitsOnBothLookups() {
        boolean ran = false;
        for (VectorSupport v : VectorSupportTest.simds()) {
            if (v == null) {
                continue;
            }
            ran = true;
            Random rnd = new Random(37);
            for (int n : new int[] {2, 3, 7, 8, 9, 10, 15, 16, 17, 31, 33, 63, 64, 65}) {
                int rows = 8 * 5 + 3;
                double[] z = new double[rows * n];
                for (int i = 0; i < z.length; i++) {
                    z[i] = rnd.nextGaussian() * (i % 5 == 0 ? 40 : 4);
                }
                // special rows: a −∞ entry, a +∞ entry, one entry just past the kernel's limit
                // (665 below the maximum) and one just within it, ties at the maximum
                z[3 * n + 1] = Double.NEGATIVE_INFINITY;
                z[9 * n] = Double.POSITIVE_INFINITY;
                z[17 * n] = 1;
                z[17 * n + n - 1] = Math.nextDown(1 - 665.0);
                z[18 * n] = 1;
                z[18 * n + n - 1] = 1 - 665.0;
                z[20 * n] = 7;
                z[20 * n + n - 1] = 7;
                // logsumexp: a row all −∞, and rows whose m + L cancels (m near −L)
                z[22 * n] = Double.NEGATIVE_INFINITY;
                java.util.Arrays.fill(z, 23 * n, 24 * n, Double.NEGATIVE_INFINITY);
                java.util.Arrays.fill(z, 24 * n, 25 * n, -Math.log(n) + 1e-9);
                java.util.Arrays.fill(z, 25 * n, 26 * n, -Math.log(n));
                z[25 * n] = -Math.log(n) - 1e-3;
                double[] expected = new double[z.length];
                double[] lse = new double[rows];
                for (int r = 0; r < rows; r++) {
                    if (r != 23) {
                        v.logSoftmax(z, r * n, expected, r * n, n, "z");
                    }
                    lse[r] = v.logSumExp(z, r * n, r * n + n);
                }
                double[] actual = new double[z.length + 5];
                // the row all −∞ is undefined for log-softmax: the batch skips it
                v.logSoftmaxRows(z, 0, actual, 5, 23, n, "z");
                v.logSoftmaxRows(z, 24 * n, actual, 5 + 24 * n, rows - 24, n, "z");
                double[] got = java.util.Arrays.copyOfRange(actual, 5, 5 + z.length);
                assertArrayEquals(expected, got, v.describe() + ", n=" + n);
                double[] lseOut = new double[rows + 3];
                v.logSumExpRows(z, 0, lseOut, 3, rows, n);
                assertArrayEquals(lse, java.util.Arrays.copyOfRange(lseOut, 3, 3 + rows), "logsumexp, " + v.describe() + ", n=" + n);
            }
        }
        assumeTrue(ran, "no small-row kernel here (needs jdk.incubator.vector)");
    }
}
