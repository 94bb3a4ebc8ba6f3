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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Softmax over a batch of {@code rows × n} logits in every form a caller can pick: the
 * single-vector {@code Softmax.into} row by row, the batch over {@code double[][]}, the
 * row-major {@code Softmax.intoRows} over one flat array, and the naive loop row by row; the
 * same in float. The batch forms should never be slower than row by row (issue 13); compare
 * within one run. Times are per batch: divide by rows × n for ns per element.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ShapeBenchmark {
    /** rows x entries per row. */
    @Param({"1x16", "1x1000", "1x100000", "100000x10", "10000x1000"})
    public String shape;

    private int rows;
    private int n;
    private double[][] z;
    private double[][] out;
    private double[] flat;
    private double[] flatOut;
    private float[][] zf;
    private float[][] outF;
    private float[] flatF;
    private float[] flatOutF;

    /** Seeded logits in [−10, 10). */
    @Setup
    public void setUp() {
        String[] p = shape.split("x");
        rows = Integer.parseInt(p[0]);
        n = Integer.parseInt(p[1]);
        z = new double[rows][];
        out = new double[rows][n];
        zf = new float[rows][n];
        outF = new float[rows][n];
        flat = new double[rows * n];
        flatOut = new double[rows * n];
        flatF = new float[rows * n];
        flatOutF = new float[rows * n];
        for (int r = 0; r < rows; r++) {
            z[r] = SoftmaxBenchmark.logits(n, r);
            System.arraycopy(z[r], 0, flat, r * n, n);
            for (int i = 0; i < n; i++) {
                zf[r][i] = (float) z[r][i];
                flatF[r * n + i] = (float) z[r][i];
            }
        }
    }

    /**
     * The single-vector form, row by row.
     *
     * @return out
     */
    @Benchmark
    public double[][] rowByRow() {
        for (int r = 0; r < rows; r++) {
            Softmax.into(z[r], out[r]);
        }
        return out;
    }

    /**
     * The batch form over {@code double[][]}.
     *
     * @return out
     */
    @Benchmark
    public double[][] batch() {
        return Softmax.into(z, out);
    }

    /**
     * The row-major form over one flat array.
     *
     * @return flatOut
     */
    @Benchmark
    public double[] rowMajor() {
        return Softmax.intoRows(flat, n, flatOut);
    }

    /**
     * The naive two-pass softmax on {@code Math.exp}, row by row.
     *
     * @return out
     */
    @Benchmark
    public double[][] naive() {
        for (int r = 0; r < rows; r++) {
            SoftmaxBenchmark.naiveSoftmax(z[r], out[r]);
        }
        return out;
    }

    /**
     * Float: the single-vector form, row by row.
     *
     * @return outF
     */
    @Benchmark
    public float[][] floatRowByRow() {
        for (int r = 0; r < rows; r++) {
            Softmax.into(zf[r], outF[r]);
        }
        return outF;
    }

    /**
     * Float: the batch form over {@code float[][]}.
     *
     * @return outF
     */
    @Benchmark
    public float[][] floatBatch() {
        return Softmax.into(zf, outF);
    }

    /**
     * Float: the row-major form over one flat array.
     *
     * @return flatOutF
     */
    @Benchmark
    public float[] floatRowMajor() {
        return Softmax.intoRows(flatF, n, flatOutF);
    }

    /**
     * Float: the naive loop, row by row.
     *
     * @return outF
     */
    @Benchmark
    public float[][] floatNaive() {
        for (int r = 0; r < rows; r++) {
            SoftmaxBenchmark.naiveSoftmax(zf[r], outF[r]);
        }
        return outF;
    }
}
