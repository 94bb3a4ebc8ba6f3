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
        SoftmaxKernels.softmax(z, zo, out, oo, n, 1.0, null, name);
    }

    @Override
    public void softmax(float[] z, int zo, float[] out, int oo, int n, String name) {
        SoftmaxKernels.softmax(z, zo, out, oo, n, name);
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
        LogSumExpKernels.logSoftmax(z, zo, out, oo, n, name);
    }

    @Override
    public double logSumExp(double[] z, int from, int to) {
        return LogSumExpKernels.logSumExp(z, from, to);
    }
}
