/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.activations.Softmax;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The passes of a long vector that {@link VectorSplit} runs chunk by chunk and, from
 * {@link VectorSplit#PARALLEL_MAX} entries, over threads: the NaN scan ({@link VectorSplit#indexOfNaN},
 * behind {@link Checks#vector} and the row-major checks) and the maximum of a slice (a
 * row-major batch of one long row). Both are exact: the scan must give the index of the first
 * NaN a sequential scan gives, the maximum the same value, so results are compared for equality.
 */
class VectorSplitScanTest {
    private static final int N = VectorSplit.PARALLEL_MAX + 3;
    private static final int C = VectorSplit.CHUNK;

    @Test
    void scanFindsTheFirstNaNInEveryChunkPosition() {
        VectorSupport v = VectorSupportProvider.get();
        int[][] nans = {{}, {0}, {C - 1}, {C}, {700_001}, {N - 1}, {300_000, 900_000}, {C + 5, 5}};
        for (int zo : new int[] {0, 11}) {
            for (int[] at : nans) {
                double[] z = new double[zo + N];
                float[] f = new float[zo + N];
                for (int i = 0; i < z.length; i++) {
                    z[i] = (i % 101) - 50.5;
                    f[i] = (float) z[i];
                }
                for (int i : at) {
                    z[zo + i] = Double.NaN;
                    f[zo + i] = Float.NaN;
                }
                int expected = at.length == 0 ? -1 : Arrays.stream(at).min().getAsInt();
                String what = "NaN at " + Arrays.toString(at) + ", offset " + zo;
                assertEquals(expected, VectorSplit.indexOfNaN(v, z, zo, N) - (expected < 0 ? 0 : zo), what);
                assertEquals(expected, VectorSplit.indexOfNaN(v, f, zo, N) - (expected < 0 ? 0 : zo), "float, " + what);
                if (zo == 0 && expected >= 0) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.vector(z, "z"));
                    assertEquals("z[" + expected + "] is NaN", e.getMessage());
                    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                            () -> Softmax.intoRows(z, N, new double[N]));
                    assertEquals("z[" + expected + "] is NaN (row 0, column " + expected + " of rows of " + N + ")",
                            rows.getMessage());
                }
            }
        }
    }

    /** One long row in the row-major form (its maximum split): the single-vector bits, wherever the maximum is. */
    @Test
    void oneLongRowHasTheSingleVectorBits() {
        for (int top : new int[] {0, C - 1, 500_000, N - 1}) {
            double[] z = new double[N];
            float[] f = new float[N];
            for (int i = 0; i < N; i++) {
                z[i] = Math.sin(i * 0.01) * 20;
                f[i] = (float) z[i];
            }
            z[top] = 40;
            f[top] = 40;
            double[] flat = new double[N + 7];
            System.arraycopy(z, 0, flat, 7, N);
            double[] out = new double[N + 3];
            Softmax.intoRows(flat, 7, N, N, out, 3);
            assertArrayEquals(Softmax.of(z), Arrays.copyOfRange(out, 3, N + 3), "maximum at " + top);
            assertArrayEquals(Softmax.of(f), Softmax.intoRows(f, N, new float[N]), "float, maximum at " + top);
        }
    }
}
