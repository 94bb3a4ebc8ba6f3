/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.jmh;

import io.github.activations.Argmax;
import io.github.activations.LogSoftmax;
import io.github.activations.LogSumExp;
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
 * Log-softmax, logsumexp and argmax against their naive forms, with the library's scalar and
 * SIMD paths.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ReductionBenchmark {
    /** Vector length (from 65,536 log-softmax and logsumexp split over threads; see VectorPath). */
    @Param({"1000", "100000", "1000000"})
    public int n;

    private double[] z;
    private double[] out;
    private VectorSupport scalar;

    /** Seeded logits in [−10, 10). */
    @Setup
    public void setUp() {
        z = SoftmaxBenchmark.logits(n, 11L);
        out = new double[n];
        scalar = VectorSupportProvider.scalar();
    }

    /**
     * Naive log-softmax: z − (m + log Σ exp(z − m)).
     *
     * @return out
     */
    @Benchmark
    public double[] logSoftmaxNaive() {
        double lse = naiveLogSumExp(z);
        for (int i = 0; i < n; i++) {
            out[i] = z[i] - lse;
        }
        return out;
    }

    /**
     * Library log-softmax, scalar path.
     *
     * @return out
     */
    @Benchmark
    public double[] logSoftmaxScalar() {
        scalar.logSoftmax(Checks.vector(z, "z"), out, "z");
        return out;
    }

    /**
     * {@code LogSoftmax.into}, SIMD path in this fork.
     *
     * @return out
     */
    @Benchmark
    public double[] logSoftmaxSimd() {
        return LogSoftmax.into(z, out);
    }

    /**
     * Naive logsumexp.
     *
     * @return the logsumexp
     */
    @Benchmark
    public double logSumExpNaive() {
        return naiveLogSumExp(z);
    }

    /**
     * Library logsumexp, scalar path.
     *
     * @return the logsumexp
     */
    @Benchmark
    public double logSumExpScalar() {
        return scalar.logSumExp(Checks.vector(z, "z"));
    }

    /**
     * {@code LogSumExp.of}, SIMD path in this fork.
     *
     * @return the logsumexp
     */
    @Benchmark
    public double logSumExpSimd() {
        return LogSumExp.of(z);
    }

    /**
     * Naive argmax loop.
     *
     * @return the index
     */
    @Benchmark
    public int argmaxNaive() {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (z[i] > z[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Library argmax, scalar path, with the checks of the public method (NaN comes back as -1).
     *
     * @return the index
     */
    @Benchmark
    public int argmaxScalar() {
        int i = scalar.argmax(Checks.nonEmpty(z, "z"));
        if (i < 0) {
            throw Failures.nanIn(z, "z");
        }
        return i;
    }

    /**
     * {@code Argmax.of}, SIMD path in this fork.
     *
     * @return the index
     */
    @Benchmark
    public int argmaxSimd() {
        return Argmax.of(z);
    }

    /**
     * m + log Σ exp(z − m), plain loops.
     *
     * @param z the logits
     * @return the logsumexp
     */
    public static double naiveLogSumExp(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
