/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * A seeded batch of random logit vectors: {@code random(classes: 10, count: 1000,
 * distribution: normal(0, 3), seed: 7)}. The same seed gives the same logits on every machine.
 */
public final class RandomLogits {
    private static final Set<String> PARAMETERS = Words.options("random");

    private final int classes;
    private final int count;
    private final LogitDistribution distribution;
    private final long seed;

    /**
     * Creates the batch description.
     *
     * @param classes the length of each vector, at least 1
     * @param count the number of vectors, at least 1
     * @param distribution where each logit comes from
     * @param seed the generator's seed
     */
    public RandomLogits(int classes, int count, LogitDistribution distribution, long seed) {
        if (classes < 1 || count < 1) {
            throw new DslException("random needs classes >= 1 and count >= 1, not classes: " + classes
                    + ", count: " + count);
        }
        this.classes = classes;
        this.count = count;
        this.distribution = distribution;
        this.seed = seed;
    }

    /**
     * Reads the DSL's named arguments: {@code classes} (required), {@code count} (default 1),
     * {@code distribution} (default {@code normal(0, 1)}), {@code seed} (default 1).
     *
     * @param args the named arguments
     * @return the batch description
     */
    public static RandomLogits of(Map<String, ?> args) {
        for (String key : args.keySet()) {
            if (!PARAMETERS.contains(key)) {
                throw new DslException("unknown parameter '" + key + "' for random" + Words.didYouMean(key, PARAMETERS)
                        + " (random takes classes, count, distribution, seed)");
            }
        }
        if (!args.containsKey("classes")) {
            throw new DslException("random needs classes:, e.g. random(classes: 10, count: 1000, seed: 7)");
        }
        Object d = args.get("distribution");
        if (d != null && !(d instanceof LogitDistribution)) {
            throw new DslException("distribution must be normal(mean, sd) or uniform(lower, upper), not "
                    + Values.describe(d));
        }
        return new RandomLogits(Values.toInt(args.get("classes"), "classes"),
                args.containsKey("count") ? Values.toInt(args.get("count"), "count") : 1,
                d != null ? (LogitDistribution) d : LogitDistribution.normal(0, 1),
                args.containsKey("seed") ? Values.toLong(args.get("seed"), "seed") : 1);
    }

    /**
     * Draws the vectors, row by row.
     *
     * @return {@code count} new vectors of length {@code classes}
     */
    public List<double[]> generate() {
        RealDistribution dist = distribution.create(new Well19937c(seed));
        List<double[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(dist.sample(classes));
        }
        return rows;
    }

    /**
     * Returns the number of vectors.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    @Override
    public String toString() {
        return "random(classes: " + classes + ", count: " + count + ", distribution: " + distribution
                + ", seed: " + seed + ")";
    }
}
