/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.jmh;

import io.github.activations.Sigmoid;
import io.github.activations.internal.Checks;
import io.github.activations.internal.Failures;
import io.github.activations.internal.VectorSupport;
import io.github.activations.internal.VectorSupportProvider;
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
 * Sigmoid over an array: the naive {@code 1 / (1 + Math.exp(-x))} loop against the library's
 * scalar path and its SIMD path ({@code Sigmoid.into}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class SigmoidBenchmark {
    /** Vector length. */
    @Param({"1000", "100000"})
    public int n;

    private double[] z;
    private double[] out;
    private VectorSupport scalar;

    /** Seeded logits in [−10, 10). */
    @Setup
    public void setUp() {
        z = SoftmaxBenchmark.logits(n, 7L);
        out = new double[n];
        scalar = VectorSupportProvider.scalar();
    }

    /**
     * The naive loop.
     *
     * @return out
     */
    @Benchmark
    public double[] naive() {
        for (int i = 0; i < n; i++) {
            out[i] = 1 / (1 + Math.exp(-z[i]));
        }
        return out;
    }

    /**
     * The library's scalar path, with the scalar NaN scan of the public method.
     *
     * @return out
     */
    @Benchmark
    public double[] scalar() {
        if (scalar.indexOfNaN(Checks.nonEmpty(z, "z")) >= 0) {
            throw Failures.nanIn(z, "z");
        }
        scalar.sigmoid(z, out);
        return out;
    }

    /**
     * {@code Sigmoid.into}, SIMD path in this fork.
     *
     * @return out
     */
    @Benchmark
    public double[] simd() {
        return Sigmoid.into(z, out);
    }
}
