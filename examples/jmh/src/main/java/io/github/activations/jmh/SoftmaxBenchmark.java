/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.jmh;

import io.github.activations.Softmax;
import io.github.activations.internal.Checks;
import io.github.activations.internal.VectorSupport;
import io.github.activations.internal.VectorSupportProvider;
import java.util.SplittableRandom;
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
 * Softmax, double and float, against a naive two-pass Java softmax, Smile's {@code MathEx.softmax}
 * and the floors, at n = 16, 1,000, 100,000 and 10,000,000. One fork with
 * {@code --add-modules=jdk.incubator.vector}, so the public API runs the SIMD path and the
 * scalar path is measured in the same JVM through the scalar implementation.
 *
 * <ul>
 *   <li>{@code baseline}: {@code z.clone()}, the floor of the allocating forms;</li>
 *   <li>{@code arraycopy}, {@code arraycopyFloat}: {@code System.arraycopy} of the same array
 *       into the output (read once, write once): the memory floor of {@code into};</li>
 *   <li>{@code mathExp}: {@code Math.exp} of each element alone; {@code vectorExp}:
 *       {@code VectorOperators.EXP} alone (about 1 ulp, not accurate enough for the library, but
 *       the speed floor of a vectorised exponential);</li>
 *   <li>{@code naive} (allocating), {@code naiveInto}, {@code naiveFloat}: max, {@code Math.exp}
 *       with a plain running sum, one division per element, no checks: what most code does;</li>
 *   <li>{@code smile}: Smile 3.1.1 {@code MathEx.softmax}, in place, on a copy of z made in the
 *       method (the copy is part of its cost; Smile has no float form);</li>
 *   <li>{@code scalar}, {@code scalarFloat}: the library's checks and its scalar path;</li>
 *   <li>{@code library}: {@code Softmax.of(z)}; {@code simd}, {@code simdFloat}:
 *       {@code Softmax.into(z, out)}, on the SIMD path in this fork.</li>
 * </ul>
 *
 * <p>Quote ratios between methods of one run only. Run:
 * {@code java -jar examples/jmh/target/benchmarks.jar SoftmaxBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class SoftmaxBenchmark {
    /** Vector length. */
    @Param({"16", "1000", "100000", "10000000"})
    public int n;

    private double[] z;
    private double[] out;
    private float[] zf;
    private float[] outf;
    private VectorSupport scalar;

    /** Fills {@code z} with seeded logits in [−10, 10). */
    @Setup
    public void setUp() {
        z = logits(n, 42L);
        out = new double[n];
        zf = new float[n];
        for (int i = 0; i < n; i++) {
            zf[i] = (float) z[i];
        }
        outf = new float[n];
        scalar = VectorSupportProvider.scalar();
    }

    /**
     * Returns {@code n} logits drawn uniformly from [−10, 10) with the given seed.
     *
     * @param n how many
     * @param seed the seed
     * @return the logits
     */
    public static double[] logits(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = random.nextDouble(-10, 10);
        }
        return z;
    }

    /**
     * Copies the input: the cost of producing a new array, and nothing else.
     *
     * @return a copy of z
     */
    @Benchmark
    public double[] baseline() {
        return z.clone();
    }

    /**
     * Floor: copies z into out (read once, write once).
     *
     * @return out
     */
    @Benchmark
    public double[] arraycopy() {
        System.arraycopy(z, 0, out, 0, n);
        return out;
    }

    /**
     * Floor: copies the float z into the float out.
     *
     * @return outf
     */
    @Benchmark
    public float[] arraycopyFloat() {
        System.arraycopy(zf, 0, outf, 0, n);
        return outf;
    }

    /**
     * Floor: {@code Math.exp} of each element, nothing else.
     *
     * @return out
     */
    @Benchmark
    public double[] mathExp() {
        for (int i = 0; i < n; i++) {
            out[i] = Math.exp(z[i]);
        }
        return out;
    }

    /**
     * Floor: {@code VectorOperators.EXP} of each element, nothing else.
     *
     * @return out
     */
    @Benchmark
    public double[] vectorExp() {
        return VectorFloors.exp(z, out);
    }

    /**
     * A naive but max-shifted softmax, allocating its result.
     *
     * @return softmax(z)
     */
    @Benchmark
    public double[] naive() {
        return naiveSoftmax(z);
    }

    /**
     * The naive softmax into a preallocated array (the baseline of the ratios).
     *
     * @return out
     */
    @Benchmark
    public double[] naiveInto() {
        return naiveSoftmax(z, out);
    }

    /**
     * The naive softmax in float, with {@code (float) Math.exp} and a float sum.
     *
     * @return outf
     */
    @Benchmark
    public float[] naiveFloat() {
        return naiveSoftmax(zf, outf);
    }

    /**
     * Smile's softmax, in place on a fresh copy of z.
     *
     * @return out
     */
    @Benchmark
    public double[] smile() {
        System.arraycopy(z, 0, out, 0, n);
        smile.math.MathEx.softmax(out);
        return out;
    }

    /**
     * The library's scalar path, with the checks of the public method.
     *
     * @return out
     */
    @Benchmark
    public double[] scalar() {
        scalar.softmax(Checks.vector(z, "z"), out, "z");
        return out;
    }

    /**
     * The library's scalar path for float, with the checks of the public method.
     *
     * @return outf
     */
    @Benchmark
    public float[] scalarFloat() {
        scalar.softmax(Checks.vector(zf, "z"), outf, "z");
        return outf;
    }

    /**
     * The public allocating form.
     *
     * @return {@code Softmax.of(z)}
     */
    @Benchmark
    public double[] library() {
        return Softmax.of(z);
    }

    /**
     * The public {@code into} form, SIMD path in this fork.
     *
     * @return out
     */
    @Benchmark
    public double[] simd() {
        return Softmax.into(z, out);
    }

    /**
     * The public float {@code into} form, SIMD path in this fork.
     *
     * @return outf
     */
    @Benchmark
    public float[] simdFloat() {
        return Softmax.into(zf, outf);
    }

    /**
     * Softmax as most code writes it: max shift, {@code Math.exp}, a plain running sum.
     *
     * @param z the logits
     * @return softmax(z), without input checks or an accurate sum
     */
    public static double[] naiveSoftmax(double[] z) {
        return naiveSoftmax(z, new double[z.length]);
    }

    /**
     * The naive softmax into {@code out}.
     *
     * @param z the logits
     * @param out the destination
     * @return out
     */
    public static double[] naiveSoftmax(double[] z, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.exp(z[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /**
     * The naive softmax in float.
     *
     * @param z the logits
     * @param out the destination
     * @return out
     */
    public static float[] naiveSoftmax(float[] z, float[] out) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        float sum = 0;
        for (int i = 0; i < z.length; i++) {
            out[i] = (float) Math.exp(z[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
