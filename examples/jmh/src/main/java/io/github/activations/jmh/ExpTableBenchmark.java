/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.jmh;

import io.github.activations.internal.VectorSupport;
import java.lang.reflect.Constructor;
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
 * The SIMD exponential's two table lookups side by side in one JVM: {@code gather*} gathers
 * 2^(j/256) from the 256-entry table (two gathers per vector), {@code registers*} permutes
 * 2^(j/8) out of a table held in one vector per part (the path chosen when the vectors have 8
 * double lanes). Both are instances of the SIMD implementation, made through its package-private
 * constructor, on the same seeded logits as {@link SoftmaxBenchmark}: softmax and log-sum-exp
 * (log-softmax shares its sum; the sigmoid keeps the gathers, for the scalar bits). Quote the
 * ratio registers / gather within one run.
 * Run: {@code java -jar examples/jmh/target/benchmarks.jar ExpTableBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ExpTableBenchmark {
    /** Vector length. */
    @Param({"1000", "100000"})
    public int n;

    private double[] z;
    private double[] out;
    private VectorSupport gather;
    private VectorSupport registers;

    /**
     * Makes the two implementations and the logits.
     *
     * @throws ReflectiveOperationException if the SIMD implementation cannot be made (module absent)
     */
    @Setup
    public void setUp() throws ReflectiveOperationException {
        z = SoftmaxBenchmark.logits(n, 42L);
        out = new double[n];
        Constructor<?> c = Class.forName("io.github.activations.internal.PanamaVectorSupport")
                .getDeclaredConstructor(boolean.class);
        c.setAccessible(true);
        gather = (VectorSupport) c.newInstance(false);
        registers = (VectorSupport) c.newInstance(true);
    }

    /**
     * Softmax with the gathers.
     *
     * @return the output
     */
    @Benchmark
    public double[] gatherSoftmax() {
        gather.softmax(z, 0, out, 0, n, "z");
        return out;
    }

    /**
     * Softmax with the table in registers.
     *
     * @return the output
     */
    @Benchmark
    public double[] registersSoftmax() {
        registers.softmax(z, 0, out, 0, n, "z");
        return out;
    }

    /**
     * Log-sum-exp with the gathers.
     *
     * @return ln Σ exp(z_i)
     */
    @Benchmark
    public double gatherLogSumExp() {
        return gather.logSumExp(z, 0, n);
    }

    /**
     * Log-sum-exp with the table in registers.
     *
     * @return ln Σ exp(z_i)
     */
    @Benchmark
    public double registersLogSumExp() {
        return registers.logSumExp(z, 0, n);
    }
}
