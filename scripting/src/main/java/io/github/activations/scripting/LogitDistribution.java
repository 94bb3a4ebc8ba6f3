/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** A distribution of single logits, sampled with a seeded generator ({@code normal(0, 3)}). */
public final class LogitDistribution {
    private final String kind;
    private final double a;
    private final double b;

    private LogitDistribution(String kind, double a, double b) {
        this.kind = kind;
        this.a = a;
        this.b = b;
    }

    /**
     * Returns the normal (Gaussian) distribution.
     *
     * @param mean the mean
     * @param sd the standard deviation, strictly positive
     * @return the distribution
     */
    public static LogitDistribution normal(double mean, double sd) {
        if (!(sd > 0) || Double.isInfinite(sd) || !Double.isFinite(mean)) {
            throw new DslException("normal(mean, sd) needs a finite mean and sd > 0, not normal("
                    + Values.plain(mean) + ", " + Values.plain(sd) + ")");
        }
        return new LogitDistribution("normal", mean, sd);
    }

    /**
     * Returns the uniform distribution on [{@code lower}, {@code upper}).
     *
     * @param lower the lower bound
     * @param upper the upper bound, greater than {@code lower}
     * @return the distribution
     */
    public static LogitDistribution uniform(double lower, double upper) {
        if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new DslException("uniform(lower, upper) needs finite bounds with lower < upper, not uniform("
                    + Values.plain(lower) + ", " + Values.plain(upper) + ")");
        }
        return new LogitDistribution("uniform", lower, upper);
    }

    RealDistribution create(RandomGenerator rng) {
        return "normal".equals(kind) ? new NormalDistribution(rng, a, b) : new UniformRealDistribution(rng, a, b);
    }

    @Override
    public String toString() {
        return kind + "(" + Values.plain(a) + ", " + Values.plain(b) + ")";
    }
}
