package io.github.activations.evaluation;

import io.github.activations.CrossEntropy;
import io.github.activations.LogSoftmax;

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

    /**
     * Returns −Σ pⱼ ln pⱼ for p = softmax(z / t), given p; {@code scratch} (length of z) is
     * overwritten with the log-probabilities. TEMPORARY until Entropy.ofLogits(z, T) lands in
     * core.
     */
    static double entropy(double[] z, double t, double[] p, double[] scratch) {
        // TEMPORARY until Entropy.ofLogits(z, T)
        LogSoftmax.into(z, t, scratch);
        double h = 0;
        for (int j = 0; j < z.length; j++) {
            if (p[j] > 0) {
                h -= p[j] * scratch[j];
            }
        }
        return h;
    }
}
