/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.CrossEntropy;
import io.github.activations.Entropy;

/**
 * The per-row cross-entropy and entropy of softmax(z / T). Both are computed through
 * log-softmax, never as the log of a rounded probability.
 */
final class Losses {
    private Losses() {
    }

    /** Returns −ln softmax(z / t)[label], z / t never rounded (the core keeps it in double-double). */
    static double crossEntropy(double[] z, int label, double t) {
        return t == 1.0 ? CrossEntropy.of(z, label) : CrossEntropy.of(z, label, t);
    }

    /** Returns −Σ pⱼ ln pⱼ for p = softmax(z / t), from the logits (no 0 · ln 0 or underflow trouble). */
    static double entropy(double[] z, double t) {
        return t == 1.0 ? Entropy.ofLogits(z) : Entropy.ofLogits(z, t);
    }
}
