/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.jmh;

import io.github.activations.LogSoftmax;
import io.github.activations.LogSumExp;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Log-softmax and logsumexp over a row-major batch (the forms a loss over model outputs uses),
 * against the naive loops on {@code Math.exp}/{@code Math.log}, row by row. On the SIMD path,
 * rows of 2 to 64 entries (32 when the exponential's table is gathered, as on JDK 17 without
 * {@code -XX:PerMethodTrapLimit=1000}) take the small-row kernel, as softmax's do
 * ({@link ShapeBenchmark}): eight rows at a time, one per vector lane; longer rows run through
 * the single-vector kernel one by one. Times are per batch: divide by rows × n for ns per
 * element.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class RowFamilyBenchmark {
    /** rows x entries per row. */
    @Param({"100000x10", "10000x1000"})
    public String shape;

    private int rows;
    private int n;
    private double[] flat;
    private double[] flatOut;
    private double[] lse;

    /** Seeded logits in [−10, 10). */
    @Setup
    public void setUp() {
        String[] p = shape.split("x");
        rows = Integer.parseInt(p[0]);
        n = Integer.parseInt(p[1]);
        flat = new double[rows * n];
        flatOut = new double[rows * n];
        lse = new double[rows];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(SoftmaxBenchmark.logits(n, r), 0, flat, r * n, n);
        }
    }

    /**
     * Log-softmax, row-major form.
     *
     * @return flatOut
     */
    @Benchmark
    public double[] logSoftmaxRows() {
        return LogSoftmax.intoRows(flat, n, flatOut);
    }

    /**
     * The naive log-softmax (max, Σ exp, log), row by row.
     *
     * @return flatOut
     */
    @Benchmark
    public double[] logSoftmaxNaive() {
        for (int r = 0; r < rows; r++) {
            int o = r * n;
            double c = naiveLogSumExp(flat, o, n);
            for (int i = o; i < o + n; i++) {
                flatOut[i] = flat[i] - c;
            }
        }
        return flatOut;
    }

    /**
     * Logsumexp of each row, row-major form.
     *
     * @return the row results
     */
    @Benchmark
    public double[] logSumExpRows() {
        return LogSumExp.intoRows(flat, n, lse);
    }

    /**
     * The naive logsumexp, row by row.
     *
     * @return the row results
     */
    @Benchmark
    public double[] logSumExpNaive() {
        for (int r = 0; r < rows; r++) {
            lse[r] = naiveLogSumExp(flat, r * n, n);
        }
        return lse;
    }

    private static double naiveLogSumExp(double[] z, int from, int n) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + n; i++) {
            m = Math.max(m, z[i]);
        }
        double s = 0;
        for (int i = from; i < from + n; i++) {
            s += Math.exp(z[i] - m);
        }
        return m + Math.log(s);
    }
}
