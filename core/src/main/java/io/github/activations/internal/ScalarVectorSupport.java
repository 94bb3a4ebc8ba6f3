/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The reference implementation of {@link VectorSupport}: the scalar kernels of {@link Kernels},
 * one element at a time. Always available; used when the SIMD path is not.
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
    public int indexOfNaN(double[] z) {
        for (int i = 0; i < z.length; i++) {
            if (z[i] != z[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int indexOfNaN(float[] z) {
        for (int i = 0; i < z.length; i++) {
            if (z[i] != z[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int argmax(double[] z) {
        int best = 0;
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            if (!(z[i] <= m)) {
                if (z[i] != z[i]) {
                    return -1;
                }
                m = z[i];
                best = i;
            }
        }
        return best;
    }

    @Override
    public int argmax(float[] z) {
        int best = 0;
        float m = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            if (!(z[i] <= m)) {
                if (z[i] != z[i]) {
                    return -1;
                }
                m = z[i];
                best = i;
            }
        }
        return best;
    }

    @Override
    public void softmax(double[] z, double[] out, String name) {
        Kernels.softmax(z, out, 1.0, null, name);
    }

    @Override
    public void softmax(float[] z, float[] out, String name) {
        Kernels.softmax(z, out, name);
    }

    @Override
    public void sigmoid(double[] z, double[] out) {
        for (int i = 0; i < z.length; i++) {
            out[i] = Kernels.sigmoid(z[i], 0);
        }
    }

    @Override
    public void sigmoid(float[] z, float[] out) {
        for (int i = 0; i < z.length; i++) {
            out[i] = (float) Kernels.sigmoid(z[i], 0);
        }
    }

    @Override
    public void logSoftmax(double[] z, double[] out, String name) {
        Kernels.logSoftmax(z, out, name);
    }

    @Override
    public double logSumExp(double[] z) {
        return Kernels.logSumExp(z);
    }
}
