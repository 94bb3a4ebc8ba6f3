/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

/** Per-vector statistics of probability vectors, for {@code summarize}. */
public enum Statistic {
    /** Shannon entropy −Σ pᵢ ln pᵢ in nats (0 ln 0 = 0): 0 for one-hot, ln n for uniform. */
    ENTROPY("entropy", "Shannon entropy −Σ pᵢ ln pᵢ in nats") {
        @Override
        public double of(double[] p) {
            double h = 0;
            for (double x : p) {
                if (x > 0) {
                    h -= x * Math.log(x);
                }
            }
            return h;
        }
    },
    /** The largest probability: the model's confidence in its prediction. */
    MAX_PROBABILITY("maxProbability", "the largest probability: the model's confidence") {
        @Override
        public double of(double[] p) {
            double m = Double.NEGATIVE_INFINITY;
            for (double x : p) {
                m = Math.max(m, x);
            }
            return m;
        }
    },
    /** The largest minus the second largest probability (0 for a single class). */
    MARGIN("margin", "the largest minus the second largest probability") {
        @Override
        public double of(double[] p) {
            double first = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (double x : p) {
                if (x > first) {
                    second = first;
                    first = x;
                } else if (x > second) {
                    second = x;
                }
            }
            return p.length < 2 ? 0 : first - second;
        }
    };

    private final String word;
    private final String meaning;

    Statistic(String word, String meaning) {
        this.word = word;
        this.meaning = meaning;
    }

    /**
     * Returns what the statistic measures, in one line.
     *
     * @return the meaning
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Returns the statistic's DSL name, e.g. {@code maxProbability}.
     *
     * @return the name a script uses
     */
    public String word() {
        return word;
    }

    /**
     * Computes the statistic of one vector.
     *
     * @param p a vector, usually probabilities
     * @return the statistic
     */
    public abstract double of(double[] p);

    @Override
    public String toString() {
        return word;
    }
}
