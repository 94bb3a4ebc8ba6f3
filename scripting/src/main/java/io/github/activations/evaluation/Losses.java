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

    /**
     * Returns −ln softmax(z / t)[label]; {@code scratch} (length of z) is overwritten.
     * TEMPORARY until CrossEntropy.of(z, label, T) lands in core: the division by T is done
     * here, rounded once per entry, and the limits T = 0 and T = +∞ are spelled out.
     */
    static double crossEntropy(double[] z, int label, double t, double[] scratch) {
        if (t == 1.0) {
            return CrossEntropy.of(z, label);
        }
        // TEMPORARY until CrossEntropy.of(z, label, T)
        return CrossEntropy.of(scaled(z, t, scratch), label);
    }

    /**
     * Returns −Σ pⱼ ln pⱼ for p = softmax(z / t), given p; {@code scratch} (length of z) is
     * overwritten with the log-probabilities. TEMPORARY until Entropy.ofLogits(z, T) lands in
     * core.
     */
    static double entropy(double[] z, double t, double[] p, double[] scratch) {
        // TEMPORARY until Entropy.ofLogits(z, T)
        if (t == 1.0) {
            LogSoftmax.into(z, scratch);
        } else {
            LogSoftmax.inPlace(scaled(z, t, scratch));
        }
        double h = 0;
        for (int j = 0; j < z.length; j++) {
            if (p[j] > 0) {
                h -= p[j] * scratch[j];
            }
        }
        return h;
    }

    /**
     * Writes z / t into {@code out}: for t = 0 the limit (0 at the maxima, −∞ elsewhere), for
     * t = +∞ the limit (0 for finite entries, ±∞ kept), as {@code Softmax.of(z, t)} defines them.
     * TEMPORARY until the core's temperature forms land.
     */
    static double[] scaled(double[] z, double t, double[] out) {
        if (t == 0) {
            double m = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                m = Math.max(m, v);
            }
            for (int j = 0; j < z.length; j++) {
                out[j] = z[j] == m ? 0.0 : Double.NEGATIVE_INFINITY;
            }
        } else if (t == Double.POSITIVE_INFINITY) {
            for (int j = 0; j < z.length; j++) {
                out[j] = Double.isInfinite(z[j]) ? z[j] : 0.0;
            }
        } else {
            for (int j = 0; j < z.length; j++) {
                out[j] = z[j] / t;
            }
        }
        return out;
    }
}
