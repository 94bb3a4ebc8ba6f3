package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The path report and the test mode: surefire runs the suite once without and once with
 * {@code --add-modules jdk.incubator.vector}, setting {@code activations.test.expectVector} to
 * say which path each run must be on (unset: no expectation). Also checks that parallel
 * batches give the sequential bits.
 */
class VectorPathTest {
    @Test
    void reportsTheExpectedPath() {
        String desc = VectorPath.active();
        System.out.println("VectorPath.active(): " + desc);
        assertTrue(desc.startsWith("SIMD") || desc.startsWith("scalar"), desc);
        assertEquals(desc.startsWith("SIMD"), VectorPath.isVectorized());
        String expect = System.getProperty("activations.test.expectVector", "");
        if (!expect.isBlank()) {
            assertEquals(Boolean.parseBoolean(expect), VectorPath.isVectorized(), desc);
        }
    }

    @Test
    void twoClassSoftmaxEqualsSigmoidOnTheActivePath() {
        Random rnd = new Random(7);
        double[] xs = new double[2000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (rnd.nextDouble() - 0.5) * 1500;
        }
        double[] sig = Sigmoid.of(xs);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(Sigmoid.of(xs[i]), Softmax.of(new double[] {xs[i], 0})[0], 0.0, "z " + xs[i]);
            assertEquals(Double.doubleToRawLongBits(Sigmoid.of(xs[i])), Double.doubleToRawLongBits(sig[i]), "z " + xs[i]);
        }
    }

    @Test
    void parallelBatchesAreBitIdenticalToSequential() {
        Random rnd = new Random(11);
        double[][] rows = new double[300][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new double[1 + rnd.nextInt(700)];
            for (int i = 0; i < rows[r].length; i++) {
                rows[r][i] = rnd.nextGaussian() * 5;
            }
        }
        double[][] parallel = Softmax.of(rows);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            double[][] viaExecutor = Softmax.of(rows, pool);
            for (int r = 0; r < rows.length; r++) {
                double[] seq = Softmax.of(rows[r]);
                assertArrayEquals(seq, parallel[r], "row " + r);
                assertArrayEquals(seq, viaExecutor[r], "row " + r);
            }
        } finally {
            pool.shutdown();
        }
        double[] lse = LogSumExp.of(rows);
        double[][] ls = LogSoftmax.of(rows);
        for (int r = 0; r < rows.length; r++) {
            assertEquals(LogSumExp.of(rows[r]), lse[r], 0.0);
            assertArrayEquals(LogSoftmax.of(rows[r]), ls[r]);
        }
    }

    @Test
    void parallelBatchThrowsForTheLowestFailingRow() {
        double[][] rows = new double[200][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new double[1000];
        }
        rows[150] = new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        rows[40] = new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Softmax.of(rows));
        assertTrue(e.getMessage().contains("rows[40]"), e.getMessage());
    }
}
