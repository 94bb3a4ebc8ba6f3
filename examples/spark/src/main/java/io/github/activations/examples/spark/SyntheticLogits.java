/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import io.github.activations.Softmax;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A seeded table of logits and labels to try the job on: row i has logits 3·N(0, 1) drawn
 * from a generator seeded with (seed, i), so any partitioning gives the same rows, and a label
 * drawn from softmax(z / 1.5). The "model" is thus overconfident: its ECE is clearly above 0
 * at temperature 1 and near 0 at temperature 1.5.
 */
public final class SyntheticLogits {
    /** The temperature at which the generated labels are calibrated. */
    public static final double TRUE_TEMPERATURE = 1.5;

    private SyntheticLogits() {
    }

    /**
     * Returns row {@code i} of the table: id, label and logits.
     *
     * @param i the row index
     * @param classes the number of classes
     * @param seed the table's seed
     * @return the row (its error is null)
     */
    public static LogitRow row(long i, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        double[] z = new double[classes];
        for (int j = 0; j < classes; j++) {
            z[j] = 3 * random.nextGaussian();
        }
        double[] p = Softmax.of(z, TRUE_TEMPERATURE);
        double u = random.nextDouble();
        int label = classes - 1;
        double cumulative = 0;
        for (int j = 0; j < classes - 1; j++) {
            cumulative += p[j];
            if (u < cumulative) {
                label = j;
                break;
            }
        }
        return new LogitRow(Long.toString(i), label, z, null);
    }

    /**
     * Returns the table as a Dataset with columns id (string), label (int) and logits
     * (array&lt;double&gt;), computed lazily in {@code partitions} partitions.
     *
     * @param spark the session
     * @param rows the number of rows
     * @param classes the number of classes
     * @param seed the seed
     * @param partitions the number of partitions
     * @return the table
     */
    public static Dataset<Row> table(SparkSession spark, long rows, int classes, long seed, int partitions) {
        return spark.range(0, rows, 1, partitions)
                .map((MapFunction<Long, LogitRow>) i -> row(i, classes, seed), Encoders.bean(LogitRow.class))
                .select("id", "label", "logits");
    }
}
