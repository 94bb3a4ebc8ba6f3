/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.Objects;

/**
 * A metric of {@code evaluate}, as a script names it: {@code accuracy}, {@code topK(5)}, {@code nll},
 * {@code brier}, {@code ece(bins: 15)}, {@code mce(bins: 15)}, {@code entropy}, {@code confusion},
 * {@code perClass}. The definitions are those of {@code io.github.activations.evaluation} (and the
 * README's metrics section).
 */
public final class MetricWord {
    /** Equal-width confidence bins of ece and mce unless {@code bins:} says otherwise (Guo et al. 2017). */
    public static final int DEFAULT_BINS = 15;

    /** The kinds of metric. */
    public enum Kind {
        /** Fraction of rows whose argmax is the label. */
        ACCURACY("accuracy"),
        /** Fraction of rows whose label is among the k most probable classes. */
        TOP_K("topK"),
        /** Negative log-likelihood: the mean cross-entropy, through log-softmax. */
        NLL("nll"),
        /** Brier score: mean over rows of Σⱼ (pⱼ − yⱼ)². */
        BRIER("brier"),
        /** Expected calibration error over equal-width bins of top-label confidence. */
        ECE("ece"),
        /** Maximum calibration error over the non-empty bins. */
        MCE("mce"),
        /** Mean entropy of the predicted distributions, in nats. */
        ENTROPY("entropy"),
        /** The confusion matrix: rows true classes, columns predicted. */
        CONFUSION("confusion"),
        /** Support, precision, recall and F1 of each class. */
        PER_CLASS("perClass");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /**
         * Returns the word a script writes.
         *
         * @return the word
         */
        public String word() {
            return word;
        }
    }

    private final Kind kind;
    private final int parameter;

    private MetricWord(Kind kind, int parameter) {
        this.kind = kind;
        this.parameter = parameter;
    }

    /**
     * Returns a metric without parameter (for {@code topK}: k = 5, for ece and mce: 15 bins).
     *
     * @param kind the kind
     * @return the metric
     */
    public static MetricWord of(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return new MetricWord(kind, kind == Kind.TOP_K ? 5 : kind == Kind.ECE || kind == Kind.MCE ? DEFAULT_BINS : 0);
    }

    /**
     * Returns {@code topK(k)}.
     *
     * @param k at least 1
     * @return the metric
     */
    public static MetricWord topK(int k) {
        if (k < 1) {
            throw new DslException("topK needs k >= 1, not " + k);
        }
        return new MetricWord(Kind.TOP_K, k);
    }

    /**
     * Returns {@code ece(bins: n)} or {@code mce(bins: n)}.
     *
     * @param kind ECE or MCE
     * @param bins at least 1
     * @return the metric
     */
    public static MetricWord binned(Kind kind, int bins) {
        if (kind != Kind.ECE && kind != Kind.MCE) {
            throw new IllegalArgumentException(kind.word() + " has no bins");
        }
        if (bins < 1 || bins > 10_000) {
            throw new DslException(kind.word() + " needs bins between 1 and 10000, not " + bins);
        }
        return new MetricWord(kind, bins);
    }

    /**
     * Returns the kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns k of {@code topK(k)}.
     *
     * @return k, or 0 for other kinds
     */
    public int k() {
        return kind == Kind.TOP_K ? parameter : 0;
    }

    /**
     * Returns the bins of {@code ece} and {@code mce}.
     *
     * @return bins, or 0 for other kinds
     */
    public int bins() {
        return kind == Kind.ECE || kind == Kind.MCE ? parameter : 0;
    }

    /**
     * Returns whether the metric is one number (not the confusion matrix or the per-class table).
     *
     * @return true for a number
     */
    public boolean isNumber() {
        return kind != Kind.CONFUSION && kind != Kind.PER_CLASS;
    }

    /**
     * Returns the metric's name in tables: {@code accuracy}, {@code top5}, {@code ece}, {@code ece(20)}.
     *
     * @return the name
     */
    public String label() {
        switch (kind) {
            case TOP_K:
                return "top" + parameter;
            case ECE:
            case MCE:
                return parameter == DEFAULT_BINS ? kind.word() : kind.word() + "(" + parameter + ")";
            default:
                return kind.word();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricWord && ((MetricWord) o).kind == kind && ((MetricWord) o).parameter == parameter;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + parameter;
    }

    @Override
    public String toString() {
        return label();
    }
}
