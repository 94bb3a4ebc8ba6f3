/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.jmh;

import io.github.activations.Softmax;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Row-wise softmax over a batch of 10,000 rows × 1,000: naive row by row, the SIMD kernel row
 * by row on one thread, and {@code Softmax.into(rows, out)}, which runs the rows on the common
 * pool (bit for bit the same results). Times are per batch; divide by 10^7 for ns/element.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class BatchBenchmark {
    private static final int ROWS = 10_000;
    private static final int COLS = 1_000;

    private double[][] rows;
    private double[][] out;

    /** Seeded logits in [−10, 10). */
    @Setup
    public void setUp() {
        rows = new double[ROWS][];
        out = new double[ROWS][COLS];
        for (int r = 0; r < ROWS; r++) {
            rows[r] = SoftmaxBenchmark.logits(COLS, r);
        }
    }

    /**
     * The naive softmax, row by row.
     *
     * @return out
     */
    @Benchmark
    public double[][] naive() {
        for (int r = 0; r < ROWS; r++) {
            SoftmaxBenchmark.naiveSoftmax(rows[r], out[r]);
        }
        return out;
    }

    /**
     * The library's vector form, row by row on the calling thread.
     *
     * @return out
     */
    @Benchmark
    public double[][] sequential() {
        for (int r = 0; r < ROWS; r++) {
            Softmax.into(rows[r], out[r]);
        }
        return out;
    }

    /**
     * The library's batch form: rows in parallel on the common pool.
     *
     * @return out
     */
    @Benchmark
    public double[][] parallel() {
        return Softmax.into(rows, out);
    }
}
