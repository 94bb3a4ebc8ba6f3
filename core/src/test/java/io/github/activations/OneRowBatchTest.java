/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A batch of one row takes a shorter route than larger batches ({@code Softmax.into(double[][],
 * double[][])} and the float form): it must fail exactly as the general route fails for a bad
 * row 0 (same exception, same message, checked in the same order: the row, then {@code out},
 * then all −∞), write nothing when it fails, and give the single-vector bits when it does not.
 * The general route is reached with a second, well-formed row.
 */
class OneRowBatchTest {
    private static final double NINF = Double.NEGATIVE_INFINITY;
    private static final double[] GOOD = {0.5, -1.0, 2.0};

    @Test
    void resultIsTheSingleVectorResult() {
        double[] z = {0.25, 1.23, -0.8, 7.5, -30, 0, 1e-3, 2, 2, -745, 3, 4, 5, 6, 7, 8};
        double[][] out = {new double[z.length]};
        assertArrayEquals(Softmax.of(z), Softmax.into(new double[][] {z}, out)[0]);
        float[] f = {0.25f, 1.23f, -0.8f, 7.5f, -30f, 0f, 1e-3f, 2f, 2f, -100f, 3f, 4f, 5f, 6f, 7f, 8f};
        float[][] fout = {new float[f.length]};
        assertArrayEquals(Softmax.of(f), Softmax.into(new float[][] {f}, fout)[0]);
        double[] inPlace = z.clone();
        Softmax.into(new double[][] {inPlace}, new double[][] {inPlace});
        assertArrayEquals(Softmax.of(z), inPlace);
    }

    @Test
    void badRowFailsAsInALargerBatch() {
        double[] nan = {1, 2, Double.NaN, 4};
        double[] allMinus = {NINF, NINF, NINF};
        double[][] bad = {null, new double[0], nan, allMinus, {NINF, Double.NaN}};
        for (double[] row : bad) {
            int n = row == null ? 0 : row.length;
            double[] sentinel = new double[n];
            Arrays.fill(sentinel, 42);
            double[][] one = {sentinel.clone()};
            sameFailure(() -> Softmax.into(new double[][] {row}, one),
                    () -> Softmax.into(new double[][] {row, GOOD}, new double[][] {sentinel.clone(), new double[3]}),
                    Arrays.toString(row));
            assertArrayEquals(sentinel, one[0], "nothing written for " + Arrays.toString(row));
        }
    }

    @Test
    void badOutFailsAsInALargerBatch() {
        double[] z = {1, 2, 3};
        sameFailure(() -> Softmax.into(new double[][] {z}, null),
                () -> Softmax.into(new double[][] {z, GOOD}, null), "out null");
        sameFailure(() -> Softmax.into(new double[][] {z}, new double[][] {null}),
                () -> Softmax.into(new double[][] {z, GOOD}, new double[][] {null, new double[3]}), "out[0] null");
        sameFailure(() -> Softmax.into(new double[][] {z}, new double[][] {new double[2]}),
                () -> Softmax.into(new double[][] {z, GOOD}, new double[][] {new double[2], new double[3]}),
                "out[0] short");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Softmax.into(new double[][] {z}, new double[2][3]));
        assertEquals(true, e.getMessage().contains("out"), e.getMessage());
        // the row is checked before out: a NaN row with a null out names the NaN
        sameFailure(() -> Softmax.into(new double[][] {{Double.NaN}}, null),
                () -> Softmax.into(new double[][] {{Double.NaN}, GOOD}, null), "NaN row, out null");
        // an all −∞ row is found after the shape of out
        sameFailure(() -> Softmax.into(new double[][] {{NINF}}, new double[][] {new double[2]}),
                () -> Softmax.into(new double[][] {{NINF}, GOOD}, new double[][] {new double[2], new double[3]}),
                "-inf row, short out");
    }

    @Test
    void floatBadRowFailsAsInALargerBatch() {
        float[] good = {0.5f, -1f, 2f};
        float[][] bad = {null, new float[0], {1f, Float.NaN}, {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY}};
        for (float[] row : bad) {
            int n = row == null ? 0 : row.length;
            float[][] one = {new float[n]};
            Arrays.fill(one[0], 42f);
            sameFailure(() -> Softmax.into(new float[][] {row}, one),
                    () -> Softmax.into(new float[][] {row, good}, new float[][] {new float[n], new float[3]}),
                    Arrays.toString(row));
            for (float x : one[0]) {
                assertEquals(42f, x, "nothing written for " + Arrays.toString(row));
            }
        }
        sameFailure(() -> Softmax.into(new float[][] {good}, new float[][] {new float[1]}),
                () -> Softmax.into(new float[][] {good, good}, new float[][] {new float[1], new float[3]}), "float out");
    }

    private static void sameFailure(Runnable oneRow, Runnable general, String what) {
        RuntimeException expected = thrown(general);
        RuntimeException actual = thrown(oneRow);
        Supplier<String> ctx = () -> what + ": " + expected + " vs " + actual;
        assertEquals(expected.getClass(), actual.getClass(), ctx);
        assertEquals(expected.getMessage(), actual.getMessage(), ctx);
    }

    private static RuntimeException thrown(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }
}
