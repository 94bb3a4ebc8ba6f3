/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The one door from the public classes to the kernels. Each method names the computation; this
 * class chooses who runs it: the {@link VectorSupport} chosen for this JVM
 * ({@link VectorSupportProvider#get()}, SIMD or scalar) for the hot loops it has, the scalar
 * kernel files ({@link SoftmaxKernels}, {@link LogSumExpKernels}, {@link EntropyKernels},
 * {@link SigmoidKernels}, {@link RankingKernels}, {@link DivideBySumKernels}) for the rest. A
 * kernel that gains a SIMD form changes here, not in the public classes. Static methods that
 * only forward: nothing is allocated here.
 *
 * <p>Every method assumes input that the public class has checked ({@link Checks},
 * {@link RowMajor}): non-empty, lengths and ranges checked, NaN-free except where a method
 * says it finds the NaN itself (the softmax family and argmax find it in the pass that takes
 * the maximum).
 *
 * <p>Internal: not part of the public API.
 */
public final class Dispatch {
    private Dispatch() {
    }

    // ------------------------------------------------------------------ the path in use

    /** Returns the one-line description of the implementation in use ({@code VectorPath.active()}). */
    public static String describe() {
        return VectorSupportProvider.get().describe();
    }

    /** Returns whether the implementation in use runs SIMD instructions. */
    public static boolean isVectorized() {
        return VectorSupportProvider.get().isVectorized();
    }

    // ------------------------------------------------------------------ argmax and top-k

    /**
     * Returns the index of the first maximal entry of a non-empty vector.
     *
     * @throws IllegalArgumentException naming {@code name} and the index of the first NaN, if any
     */
    public static int argmax(double[] z, String name) {
        int i = VectorSupportProvider.get().argmax(z);
        if (i < 0) {
            throw Failures.nanIn(z, name);
        }
        return i;
    }

    /** Float form of {@link #argmax(double[], String)}. */
    public static int argmax(float[] z, String name) {
        int i = VectorSupportProvider.get().argmax(z);
        if (i < 0) {
            throw Failures.nanIn(z, name);
        }
        return i;
    }

    /** {@link VectorSupport#argmax(double[], int, int)}: counted from {@code from}, -1 for a NaN. */
    public static int argmax(double[] z, int from, int to) {
        return VectorSupportProvider.get().argmax(z, from, to);
    }

    /** {@link VectorSupport#argmax(float[], int, int)}: counted from {@code from}, -1 for a NaN. */
    public static int argmax(float[] z, int from, int to) {
        return VectorSupportProvider.get().argmax(z, from, to);
    }

    /** {@link RankingKernels#topK(double[], int)}. */
    public static int[] topK(double[] z, int k) {
        return RankingKernels.topK(z, k);
    }

    /** {@link RankingKernels#topK(double[], int, int, int, int[], int)}. */
    public static void topK(double[] z, int base, int n, int k, int[] out, int at) {
        RankingKernels.topK(z, base, n, k, out, at);
    }

    // ------------------------------------------------------------------ softmax

    /**
     * Writes softmax(z / t) into {@code out} (may be {@code z}), t in [0, +∞]: at t = 1 the path
     * in use, otherwise {@link SoftmaxKernels#softmax(double[], double[], double, boolean[], String)}.
     */
    public static void softmax(double[] z, double[] out, double t, String name) {
        if (t == 1.0) {
            VectorSupportProvider.get().softmax(z, out, name);
        } else {
            SoftmaxKernels.softmax(z, out, t, null, name);
        }
    }

    /** Writes the softmax over the kept entries of z into {@code out} (masked entries 0). */
    public static void softmax(double[] z, double[] out, boolean[] mask, String name) {
        SoftmaxKernels.softmax(z, out, 1.0, mask, name);
    }

    /** {@link VectorSupport#softmax(double[], int, double[], int, int, String)}. */
    public static void softmax(double[] z, int zo, double[] out, int oo, int n, String name) {
        VectorSupportProvider.get().softmax(z, zo, out, oo, n, name);
    }

    /** {@link VectorSupport#softmax(float[], float[], String)}. */
    public static void softmax(float[] z, float[] out, String name) {
        VectorSupportProvider.get().softmax(z, out, name);
    }

    /** {@link VectorSupport#softmax(float[], int, float[], int, int, String)}. */
    public static void softmax(float[] z, int zo, float[] out, int oo, int n, String name) {
        VectorSupportProvider.get().softmax(z, zo, out, oo, n, name);
    }

    /** {@link VectorSupport#groupsRows}: whether batches of rows of n entries take the small-row kernel. */
    public static boolean groupsRows(int n) {
        return VectorSupportProvider.get().groupsRows(n);
    }

    /** {@link VectorSupport#softmaxRows(double[], int, double[], int, int, int, String)}: checked row-major rows. */
    public static void softmaxRows(double[] z, int zo, double[] out, int oo, int rows, int n, String name) {
        VectorSupportProvider.get().softmaxRows(z, zo, out, oo, rows, n, name);
    }

    /** Float form of {@link #softmaxRows(double[], int, double[], int, int, int, String)}. */
    public static void softmaxRows(float[] z, int zo, float[] out, int oo, int rows, int n, String name) {
        VectorSupportProvider.get().softmaxRows(z, zo, out, oo, rows, n, name);
    }

    /** {@link VectorSupport#softmaxRows(double[][], double[][], int, int, String)}: checked rows [from, to). */
    public static void softmaxRows(double[][] rows, double[][] out, int from, int to, String name) {
        VectorSupportProvider.get().softmaxRows(rows, out, from, to, name);
    }

    /** Float form of {@link #softmaxRows(double[][], double[][], int, int, String)}. */
    public static void softmaxRows(float[][] rows, float[][] out, int from, int to, String name) {
        VectorSupportProvider.get().softmaxRows(rows, out, from, to, name);
    }

    /**
     * Returns whether a single vector of {@code n} entries is split over threads
     * ({@link VectorSplit#parallel}); the softmax forms of a single vector or of a batch of one
     * row then leave the NaN scan to the split's first pass (log-softmax and logsumexp keep it:
     * see {@code LogSoftmax.into}).
     */
    public static boolean splits(int n) {
        return VectorSplit.parallel(n);
    }

    /**
     * Returns whether the softmax forms of a single vector, or of a batch of one row, of {@code n}
     * entries leave the NaN scan to the kernel: above one chunk ({@link VectorSplit#CHUNK}
     * entries), split over threads ({@link #splits}) or not, the kernel's first pass (the
     * maximum) finds a NaN before anything is written, and a scan before it would be one more
     * pass over a vector that no longer fits in the first cache level (about a tenth of the call
     * at 100,000 entries on one thread: 122–127 µs against 134–138, JMH, 2026-12-06; JDK 17
     * without {@code -XX:PerMethodTrapLimit=1000}, 6 forks each at 20,000 and 100,000 entries,
     * none compiled with boxed vectors, the risk for which log-softmax and logsumexp keep their
     * scan). Shorter vectors are scanned first.
     */
    public static boolean kernelFindsNaN(int n) {
        return n > VectorSplit.CHUNK;
    }

    /**
     * Writes softmax(z) (temperature 1) of a single vector into {@code out} (may be {@code z}):
     * split over threads when {@link #splits} says so, with the same bits either way; a NaN
     * throws before anything is written.
     */
    public static void softmaxVector(double[] z, double[] out, String name) {
        VectorSplit.softmax(VectorSupportProvider.get(), z, out, name);
    }

    /**
     * {@link #softmaxVector(double[], double[], String)} of z[zo, zo + n) into out[oo, oo + n),
     * checked not to be all −∞ (a row-major batch of one long row); a NaN throws before anything
     * is written ({@link VectorSplit#softmaxSlice}).
     */
    public static void softmaxVector(double[] z, int zo, double[] out, int oo, int n, String name) {
        VectorSplit.softmaxSlice(VectorSupportProvider.get(), z, zo, out, oo, n, name);
    }

    /** Float form of {@link #softmaxVector(double[], int, double[], int, int, String)}. */
    public static void softmaxVector(float[] z, int zo, float[] out, int oo, int n, String name) {
        VectorSplit.softmaxSlice(VectorSupportProvider.get(), z, zo, out, oo, n, name);
    }

    /** Float form of {@link #softmaxVector(double[], double[], String)}. */
    public static void softmaxVector(float[] z, float[] out, String name) {
        VectorSplit.softmax(VectorSupportProvider.get(), z, out, name);
    }

    /** {@link SoftmaxKernels#backward(double[], double[])}. */
    public static double[] softmaxBackward(double[] p, double[] gradOut) {
        return SoftmaxKernels.backward(p, gradOut);
    }

    /** {@link SoftmaxKernels#jacobian(double[])}. */
    public static double[][] softmaxJacobian(double[] p) {
        return SoftmaxKernels.jacobian(p);
    }

    // ------------------------------------------------------------------ log-sum-exp family

    /**
     * Writes log-softmax(z / t) into {@code out} (may be {@code z}), t in [0, +∞]: at t = 1 the
     * path in use, otherwise {@link LogSumExpKernels#logSoftmax(double[], double, double[], String)}.
     */
    public static void logSoftmax(double[] z, double[] out, double t, String name) {
        if (t == 1.0) {
            VectorSupportProvider.get().logSoftmax(z, out, name);
        } else {
            LogSumExpKernels.logSoftmax(z, t, out, name);
        }
    }

    /** {@link VectorSupport#logSoftmax(double[], int, double[], int, int, String)}. */
    public static void logSoftmax(double[] z, int zo, double[] out, int oo, int n, String name) {
        VectorSupportProvider.get().logSoftmax(z, zo, out, oo, n, name);
    }

    /** {@link VectorSupport#logSumExpRows(double[], int, double[], int, int, int)}: checked row-major rows. */
    public static void logSumExpRows(double[] z, int zo, double[] out, int oo, int rows, int n) {
        VectorSupportProvider.get().logSumExpRows(z, zo, out, oo, rows, n);
    }

    /** {@link VectorSupport#logSoftmaxRows(double[], int, double[], int, int, int, String)}: checked row-major rows. */
    public static void logSoftmaxRows(double[] z, int zo, double[] out, int oo, int rows, int n, String name) {
        VectorSupportProvider.get().logSoftmaxRows(z, zo, out, oo, rows, n, name);
    }

    /**
     * Writes log-softmax(z) (temperature 1) of a single vector that {@link #splits} says to split
     * into {@code out} (may be {@code z}, same length): split over threads, with the bits of the
     * sequential run.
     *
     * @throws IllegalArgumentException naming {@code name} and the first NaN's index, if any, or
     *     if every entry is −∞ (nothing written)
     */
    public static void logSoftmaxVector(double[] z, double[] out, String name) {
        VectorSupport v = VectorSupportProvider.get();
        VectorSplit.logSoftmax(v, z, VectorSplit.definedOrInfiniteMax(v, z, name), out, name);
    }

    /**
     * Returns ln Σ exp(z_i) of a single vector that {@link #splits} says to split: split over
     * threads, with the bits of the sequential run.
     *
     * @throws IllegalArgumentException naming {@code name} and the first NaN's index, if any
     */
    public static double logSumExpVector(double[] z, String name) {
        return VectorSplit.logSumExp(VectorSupportProvider.get(), z, name);
    }

    /** {@link VectorSupport#logSumExp(double[])}. */
    public static double logSumExp(double[] z) {
        return VectorSupportProvider.get().logSumExp(z);
    }

    /** {@link VectorSupport#logSumExp(double[], int, int)}. */
    public static double logSumExp(double[] z, int from, int to) {
        return VectorSupportProvider.get().logSumExp(z, from, to);
    }

    /** {@link EntropyKernels#crossEntropy(double[], int)}. */
    public static double crossEntropy(double[] z, int label) {
        return EntropyKernels.crossEntropy(z, label);
    }

    /** {@link EntropyKernels#crossEntropy(double[], int, double)}. */
    public static double crossEntropy(double[] z, int label, double t) {
        return EntropyKernels.crossEntropy(z, label, t);
    }

    /** {@link EntropyKernels#crossEntropy(double[], double[])}. */
    public static double crossEntropy(double[] z, double[] target) {
        return EntropyKernels.crossEntropy(z, target);
    }

    /** {@link EntropyKernels#meanCrossEntropy(double[][], int[], double)}. */
    public static double meanCrossEntropy(double[][] logits, int[] labels, double t) {
        return EntropyKernels.meanCrossEntropy(logits, labels, t);
    }

    /** {@link EntropyKernels#entropy(double[], double, String)}: finds a NaN itself. */
    public static double entropy(double[] z, double t, String name) {
        return EntropyKernels.entropy(z, t, name);
    }

    /** {@link EntropyKernels#entropy(double[])}. */
    public static double entropy(double[] p) {
        return EntropyKernels.entropy(p);
    }

    // ------------------------------------------------------------------ sigmoid family

    /** {@link SigmoidKernels#sigmoid(double, double)} of x. */
    public static double sigmoid(double x) {
        return SigmoidKernels.sigmoid(x, 0);
    }

    /** {@link VectorSupport#sigmoid(double[], double[])}, split over threads for a long vector ({@link VectorSplit}). */
    public static void sigmoid(double[] z, double[] out) {
        VectorSplit.sigmoid(VectorSupportProvider.get(), z, out);
    }

    /** {@link VectorSupport#sigmoid(float[], float[])}, split over threads for a long vector ({@link VectorSplit}). */
    public static void sigmoid(float[] z, float[] out) {
        VectorSplit.sigmoid(VectorSupportProvider.get(), z, out);
    }

    /** {@link VectorSupport#sigmoid(double[], int, double[], int, int)}. */
    public static void sigmoid(double[] z, int zo, double[] out, int oo, int n) {
        VectorSupportProvider.get().sigmoid(z, zo, out, oo, n);
    }

    /** {@link VectorSupport#sigmoid(float[], int, float[], int, int)}. */
    public static void sigmoid(float[] z, int zo, float[] out, int oo, int n) {
        VectorSupportProvider.get().sigmoid(z, zo, out, oo, n);
    }

    /** {@link SigmoidKernels#sigmoidDerivative(double)}. */
    public static double sigmoidDerivative(double x) {
        return SigmoidKernels.sigmoidDerivative(x);
    }

    /** {@link SigmoidKernels#logSigmoid(double)}. */
    public static double logSigmoid(double x) {
        return SigmoidKernels.logSigmoid(x);
    }

    /** {@link SigmoidKernels#logSigmoid(double[], double[])}. */
    public static void logSigmoid(double[] z, double[] out) {
        SigmoidKernels.logSigmoid(z, out);
    }

    /** {@link SigmoidKernels#logSigmoid(float[], float[])}. */
    public static void logSigmoid(float[] z, float[] out) {
        SigmoidKernels.logSigmoid(z, out);
    }

    /** {@link SigmoidKernels#logit(double)}. */
    public static double logit(double p) {
        return SigmoidKernels.logit(p);
    }

    /** {@link SigmoidKernels#logit(double[], double[])}. */
    public static void logit(double[] p, double[] out) {
        SigmoidKernels.logit(p, out);
    }

    /** {@link SigmoidKernels#logit(float[], float[])}. */
    public static void logit(float[] p, float[] out) {
        SigmoidKernels.logit(p, out);
    }

    // ------------------------------------------------------------------ divide-by-sum

    /** {@link DivideBySumKernels#divideBySum(double[], double[], String)}. */
    public static void divideBySum(double[] z, double[] out, String name) {
        DivideBySumKernels.divideBySum(z, out, name);
    }
}
