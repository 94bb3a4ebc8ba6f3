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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * A long row (above one chunk of the kernel: its NaN is then found by the kernel's first
     * pass, not by a scan before it; 100,000 entries split over threads where the machine allows,
     * 20,000 not) fails with the exception of a larger batch, and writes nothing, in all four
     * one-row forms; the single-vector forms of softmax and log-softmax fail as a scan first
     * would (the scan runs at temperatures other than 1) and write nothing either.
     */
    @ParameterizedTest
    @ValueSource(ints = {20_000, 100_000})
    void longBadRowFailsAsInALargerBatch(int n) {
        for (int at : new int[] {0, 8_191, 8_192, n - 12_345, n - 1, -1}) {
            double[] row = new double[n];
            float[] rowF = new float[n];
            for (int i = 0; i < n; i++) {
                row[i] = at == -1 ? NINF : (i % 17) - 8.5;
                rowF[i] = (float) row[i];
            }
            if (at >= 0) {
                row[at] = Double.NaN;
                rowF[at] = Float.NaN;
            }
            double[] two = Arrays.copyOf(row, 2 * n);
            float[] twoF = Arrays.copyOf(rowF, 2 * n);
            String what = at == -1 ? "all -inf" : "NaN at " + at;
            double[] single = new double[n];
            Arrays.fill(single, 42);
            sameFailure(() -> Softmax.into(row, single), () -> Softmax.into(row, 1.5, new double[n]), "vector, " + what);
            assertEquals(42, Arrays.stream(single).min().getAsDouble(), "nothing written, vector, " + what);
            assertEquals(42, Arrays.stream(single).max().getAsDouble(), "nothing written, vector, " + what);
            sameFailure(() -> Softmax.into(row, new double[n - 1]), () -> Softmax.into(row, 1.5, new double[n - 1]),
                    "vector, short out, " + what);
            float[] singleF = new float[n];
            sameFailure(() -> Softmax.into(rowF, singleF), () -> Softmax.of(rowF, 1.5), "float vector, " + what);
            if (at >= 0) {
                // the NaN before a bad out, as the scan of a shorter vector reports it
                sameFailure(() -> Softmax.into(rowF, new float[n - 1]), () -> Softmax.of(rowF, 1.5),
                        "float vector, short out, " + what);
            }
            assertEquals(0, countNonZero(singleF), "nothing written, float vector, " + what);
            // log-softmax leaves the scan to its kernel the same way, and still names a NaN
            // before a bad out
            sameFailure(() -> LogSoftmax.into(row, single), () -> LogSoftmax.into(row, 1.5, new double[n]),
                    "log-softmax, " + what);
            assertEquals(42, Arrays.stream(single).min().getAsDouble(), "nothing written, log-softmax, " + what);
            assertEquals(42, Arrays.stream(single).max().getAsDouble(), "nothing written, log-softmax, " + what);
            sameFailure(() -> LogSoftmax.into(row, new double[n - 1]), () -> LogSoftmax.into(row, 1.5, new double[n - 1]),
                    "log-softmax, short out, " + what);
            double[][] one = {new double[n]};
            Arrays.fill(one[0], 42);
            sameFailure(() -> Softmax.into(new double[][] {row}, one),
                    () -> Softmax.into(new double[][] {row, GOOD}, new double[][] {new double[n], new double[3]}), what);
            assertEquals(42, Arrays.stream(one[0]).min().getAsDouble(), "nothing written, " + what);
            assertEquals(42, Arrays.stream(one[0]).max().getAsDouble(), "nothing written, " + what);
            float[][] oneF = {new float[n]};
            sameFailure(() -> Softmax.into(new float[][] {rowF}, oneF),
                    () -> Softmax.into(new float[][] {rowF, {1f, 2f, 3f}}, new float[][] {new float[n], new float[3]}),
                    "float, " + what);
            assertEquals(0, countNonZero(oneF[0]), "nothing written, float, " + what);
            double[] flatOut = new double[n];
            Arrays.fill(flatOut, 42);
            sameFailure(() -> Softmax.intoRows(row, n, flatOut), () -> Softmax.intoRows(two, n, new double[2 * n]),
                    "row-major, " + what);
            assertEquals(42, Arrays.stream(flatOut).min().getAsDouble(), "nothing written, row-major, " + what);
            assertEquals(42, Arrays.stream(flatOut).max().getAsDouble(), "nothing written, row-major, " + what);
            float[] flatOutF = new float[n];
            sameFailure(() -> Softmax.intoRows(rowF, n, flatOutF), () -> Softmax.intoRows(twoF, n, new float[2 * n]),
                    "float row-major, " + what);
            assertEquals(0, countNonZero(flatOutF), "nothing written, float row-major, " + what);
            // a NaN row is named before a bad out, as in a larger batch
            sameFailure(() -> Softmax.into(new double[][] {row}, new double[][] {new double[n - 1]}),
                    () -> Softmax.into(new double[][] {row, GOOD}, new double[][] {new double[n - 1], new double[3]}),
                    "short out, " + what);
            sameFailure(() -> Softmax.into(new double[][] {row}, null),
                    () -> Softmax.into(new double[][] {row, GOOD}, null), "out null, " + what);
            sameFailure(() -> Softmax.into(new float[][] {rowF}, new float[][] {new float[n - 1]}),
                    () -> Softmax.into(new float[][] {rowF, {1f, 2f, 3f}}, new float[][] {new float[n - 1], new float[3]}),
                    "float short out, " + what);
            // a slice at an offset: the index of the NaN counted in the whole array, its row and column in the slice
            double[] padded = new double[3 + 2 * n];
            System.arraycopy(row, 0, padded, 3, n);
            double[] paddedOut = new double[5 + n];
            Arrays.fill(paddedOut, 42);
            sameFailure(() -> Softmax.intoRows(padded, 3, n, n, paddedOut, 5),
                    () -> Softmax.intoRows(padded, 3, 2 * n, n, new double[2 * n], 0), "slice, " + what);
            assertEquals(42, Arrays.stream(paddedOut).min().getAsDouble(), "nothing written, slice, " + what);
            assertEquals(42, Arrays.stream(paddedOut).max().getAsDouble(), "nothing written, slice, " + what);
        }
    }

    /** A long good row in the one-row forms: the single-vector bits. */
    @Test
    void longRowIsTheSingleVectorResult() {
        int n = 100_000;
        double[] z = new double[n];
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = Math.sin(i * 0.37) * 30;
            f[i] = (float) z[i];
        }
        assertArrayEquals(Softmax.of(z), Softmax.into(new double[][] {z}, new double[][] {new double[n]})[0]);
        assertArrayEquals(Softmax.of(z), Softmax.intoRows(z, n, new double[n]));
        assertArrayEquals(Softmax.of(f), Softmax.into(new float[][] {f}, new float[][] {new float[n]})[0]);
        assertArrayEquals(Softmax.of(f), Softmax.intoRows(f, n, new float[n]));
    }

    private static int countNonZero(float[] a) {
        int c = 0;
        for (float x : a) {
            if (x != 0) {
                c++;
            }
        }
        return c;
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
