/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Dispatch;

/**
 * Reports which implementation runs the hot loops: the SIMD path on the JDK Vector API or the
 * scalar path. Both give results within the documented accuracy bounds of every function.
 *
 * <p>The SIMD path is chosen once, at first use, when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}, runs a JDK from 17 to 25, and the system property
 * {@code activations.vector} is not {@code false}. Otherwise the scalar path runs and one
 * {@link System.Logger} line (logger {@code io.github.activations.internal.VectorSupportProvider},
 * level DEBUG, or WARNING when the SIMD code is present but fails to load) says why; the same
 * reason is in {@link #active()}. Check it at start-up:
 *
 * <pre>{@code
 * System.out.println(VectorPath.active());
 * // SIMD (jdk.incubator.vector, 512-bit vectors, 8 double lanes, exp table gathered)
 * // (exp table in registers on JDK 25, and on JDK 17 with -XX:PerMethodTrapLimit=1000: faster)
 * // or: scalar (module jdk.incubator.vector not in the boot layer; start the JVM with --add-modules jdk.incubator.vector)
 * }</pre>
 *
 * <p>Functions with a SIMD path: softmax and softmin (temperature 1, no mask; double and float),
 * log-softmax (temperature 1) and logsumexp (computed in double; float input is widened first), sigmoid over
 * arrays (double and float), argmax (double and float), their row-wise batch forms (over
 * {@code double[][]} / {@code float[][]} and the row-major {@code ofRows} / {@code intoRows} over
 * one flat array), and the NaN scan of every public method's input check. Everything else is
 * scalar on both paths.
 *
 * <p><b>Parallel batches.</b> The row-wise forms {@code Softmax.of(double[][])},
 * {@code Softmax.of(float[][])} (each also with a temperature), {@code Softmax.into} over
 * {@code double[][]} and {@code float[][]}, {@code Softmax.inPlace} over {@code double[][]},
 * {@code LogSoftmax.of(double[][])} (also with a temperature), {@code LogSumExp.of(double[][])},
 * {@code Sigmoid.of(double[][])}, and the row-major {@code intoRows} / {@code ofRows} of
 * {@code Softmax}, {@code LogSoftmax}, {@code LogSumExp} and {@code Sigmoid} run rows in parallel on the
 * common {@link java.util.concurrent.ForkJoinPool} when the batch holds at least
 * {@value #PARALLEL_THRESHOLD} elements, has more than one row and the machine has two processors
 * or more (the calling thread works too, so a 2-core machine uses both cores); each row is
 * computed by the same sequential kernel, so the results are bit for bit those of a sequential
 * run. The other batch forms run their rows one after another on the calling thread. Every
 * batch form checks all rows (NaN, empty and null rows, and for {@code Softmax.into} the shape
 * of {@code out}) before it writes anything, and that check is split the same way, so a large
 * batch is not read once more from memory by one thread; the exception names the lowest bad row.
 * {@code -Dactivations.parallel=false} turns this off; {@code Softmax.of(double[][], Executor)}
 * runs the rows on an executor of your choice.
 *
 * <p><b>Long single vectors.</b> {@code Softmax.of} and {@code Softmax.into} of one
 * {@code double[]} or {@code float[]} (temperature 1) of at least {@value #PARALLEL_THRESHOLD}
 * entries, and the batch forms of one such row, split their exponentials with their sums (and,
 * from 2^20 entries, the maximum and the scaling too) over the common pool in chunks of 8,192
 * entries, under the same conditions and switch as the batches. The chunks' sums are added in
 * chunk order on every path, split or not, so the result is bit for bit that of a sequential
 * run (and of the same vector as a row of a batch). Such a call allocates a few small objects
 * (the tasks and one array of chunk sums); a sequential call allocates nothing.
 * {@code Sigmoid.of} and {@code Sigmoid.into} of a vector that long are split the same way (an
 * elementwise map: the same bits too). So are {@code LogSoftmax.of} and {@code LogSoftmax.into}
 * of one {@code double[]} or {@code float[]} (temperature 1) and {@code LogSumExp.of} of one
 * {@code double[]} or {@code float[]}: their exponentials and sums (for logsumexp, each tier
 * that runs: the quick exponential, then the full one when the result may cancel), and from
 * 2^20 entries their maximum and the log-softmax output pass too; the chunks' sums are folded
 * in chunk order on every path, so the bits are those of a sequential run. The exact sum that
 * logsumexp falls back to in the rarest cancelling cases runs on the calling thread, and the
 * batch forms of one long row of log-softmax and logsumexp are not split.
 */
public final class VectorPath {
    /** Smallest batch, in elements, whose rows are run in parallel; also the smallest single vector split. */
    public static final int PARALLEL_THRESHOLD = 1 << 16;

    private VectorPath() {
    }

    /**
     * Returns a one-line description of the active path, starting with {@code "SIMD"} or
     * {@code "scalar"}; for the scalar path it names the reason.
     *
     * @return the description
     */
    public static String active() {
        return Dispatch.describe();
    }

    /**
     * Returns whether the SIMD path is active.
     *
     * @return {@code true} for the SIMD path, {@code false} for the scalar one
     */
    public static boolean isVectorized() {
        return Dispatch.isVectorized();
    }
}
