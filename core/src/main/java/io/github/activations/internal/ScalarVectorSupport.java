/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The reference implementation of {@link VectorSupport}: the scalar kernels of the family files
 * ({@link SoftmaxKernels}, {@link LogSumExpKernels}, {@link SigmoidKernels},
 * {@link RankingKernels}), one element at a time, and the NaN scan of the checks. Always available; used when the SIMD path is not.
 *
 * <p>Internal: not part of the public API.
 */
public final class ScalarVectorSupport implements VectorSupport {
    private final String reason;

    /**
     * Creates the scalar implementation.
     *
     * @param reason why the SIMD path is not in use, shown by {@link #describe()}
     */
    public ScalarVectorSupport(String reason) {
        this.reason = reason;
    }

    @Override
    public String describe() {
        return "scalar (" + reason + ")";
    }

    @Override
    public boolean isVectorized() {
        return false;
    }

    @Override
    public long threadBufferBytes() {
        return ThreadBuffers.floatScratchBytes();
    }

    @Override
    public int indexOfNaN(double[] z, int from, int to) {
        for (int i = from; i < to; i++) {
            if (z[i] != z[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int indexOfNaN(float[] z, int from, int to) {
        for (int i = from; i < to; i++) {
            if (z[i] != z[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int argmax(double[] z, int from, int to) {
        return RankingKernels.argmax(z, from, to);
    }

    @Override
    public int argmax(float[] z, int from, int to) {
        return RankingKernels.argmax(z, from, to);
    }

    @Override
    public void softmax(double[] z, int zo, double[] out, int oo, int n, String name) {
        if (n > VectorSplit.CHUNK) {
            // a long vector chunk by chunk, as VectorSplit also runs it over threads; its
            // special cases (NaN, ±∞ maxima, fewer than three entries above −∞) take the kernel
            double m = LogSumExpKernels.max(z, zo, zo + n);
            if (m > Double.NEGATIVE_INFINITY && m < Double.POSITIVE_INFINITY && SoftmaxKernels.live(z, zo, n) >= 3) {
                VectorSplit.softmax(this, z, zo, out, oo, n, m, false);
                return;
            }
        }
        SoftmaxKernels.softmax(z, zo, out, oo, n, 1.0, null, name);
    }

    @Override
    public void softmax(float[] z, int zo, float[] out, int oo, int n, String name) {
        SoftmaxKernels.softmax(z, zo, out, oo, n, name);
    }

    @Override
    public double max(double[] z, int from, int to) {
        return LogSumExpKernels.max(z, from, to);
    }

    @Override
    public float max(float[] z, int from, int to) {
        float m = Float.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            float x = z[i];
            if (!(x <= m)) {
                if (x != x) {
                    return Float.NaN;
                }
                m = x;
            }
        }
        return m;
    }

    @Override
    public void softmaxTerms(double[] z, int zo, double m, double[] out, int oo, int n, double[] sums, int at) {
        SoftmaxKernels.softmaxTerms(z, zo, m, out, oo, n, sums, at);
    }

    @Override
    public void softmaxScale(double[] out, int oo, int n, double ih, double il) {
        SoftmaxKernels.softmaxScale(out, oo, n, ih, il);
    }

    @Override
    public double softmaxTermSum(float[] z, int zo, int n, double m) {
        return SoftmaxKernels.softmaxTermSum(z, zo, n, m);
    }

    @Override
    public void softmaxScale(float[] z, int zo, int n, double m, double inv, float[] out, int oo) {
        SoftmaxKernels.softmaxScale(z, zo, n, m, inv, out, oo);
    }

    @Override
    public void sigmoid(double[] z, int zo, double[] out, int oo, int n) {
        SigmoidKernels.sigmoid(z, zo, out, oo, n);
    }

    @Override
    public void sigmoid(float[] z, int zo, float[] out, int oo, int n) {
        SigmoidKernels.sigmoid(z, zo, out, oo, n);
    }

    @Override
    public void logSoftmax(double[] z, int zo, double[] out, int oo, int n, String name) {
        if (n > VectorSplit.CHUNK) {
            // chunk by chunk, as VectorSplit also runs it over threads; NaN, all −∞ and +∞
            // maxima take the kernel
            double m = LogSumExpKernels.max(z, zo, zo + n);
            if (m > Double.NEGATIVE_INFINITY && m < Double.POSITIVE_INFINITY) {
                VectorSplit.logSoftmax(this, z, zo, out, oo, n, m, false);
                return;
            }
        }
        LogSumExpKernels.logSoftmax(z, zo, out, oo, n, name);
    }

    @Override
    public double logSumExp(double[] z, int from, int to) {
        if (to - from > VectorSplit.CHUNK) {
            double m = LogSumExpKernels.max(z, from, to);
            if (m > Double.NEGATIVE_INFINITY && m < Double.POSITIVE_INFINITY) {
                return VectorSplit.logSumExp(this, z, from, to - from, m, false);
            }
        }
        return LogSumExpKernels.logSumExp(z, from, to);
    }

    @Override
    public void sumMinusOneChunk(double[] z, int from, int n, double m, boolean full, double[] sums, int at) {
        LogSumExpKernels.sumMinusOneChunk(z, from, from + n, m, full, sums, at);
    }

    @Override
    public void logSoftmaxShift(double[] z, int zo, double m, double lh, double ll, double[] out, int oo, int n) {
        LogSumExpKernels.logSoftmaxShift(z, zo, m, lh, ll, out, oo, n);
    }
}
