/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import io.github.activations.Argmax;
import io.github.activations.CrossEntropy;
import io.github.activations.Entropy;
import io.github.activations.LogSoftmax;
import io.github.activations.Softmax;
import io.github.activations.TopK;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * Scores the rows of one partition, one row at a time, with the single-row forms of the core
 * functions. This is the only code that runs inside Spark tasks.
 *
 * <p><b>Why single rows.</b> Spark already runs one task per executor core. The core's batch
 * forms ({@code Softmax.of(double[][])} and friends) run their rows in parallel on the common
 * fork-join pool once a batch holds 65,536 elements; inside a task that would put a second set
 * of threads on cores Spark has already given out, and it would need a partition's rows in
 * memory at once. One row at a time, the task stays on its own thread, the iterator stays lazy
 * (a partition streams through), and each result is bit for bit what the same call gives in
 * any other JVM on the same path (scalar or SIMD).
 *
 * <p><b>Bad rows.</b> A row the SQL step already marked passes through with its error. A row of
 * another length than the class count, with a NaN, with every logit −∞, or with a label outside
 * [0, classes) gets an {@code error} naming the reason and index, and no results. As a last
 * guard, an {@code IllegalArgumentException} from the core (none is expected after these
 * checks) also becomes the row's error instead of failing the task.
 */
final class RowScorer implements MapPartitionsFunction<LogitRow, ScoredRow> {
    private static final long serialVersionUID = 1L;

    private final int classes;
    private final int k;
    private final double temperature;

    RowScorer(ScoringOptions options) {
        this.classes = options.classes();
        this.k = options.topK();
        this.temperature = options.temperature();
    }

    @Override
    public Iterator<ScoredRow> call(Iterator<LogitRow> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ScoredRow next() {
                return score(rows.next());
            }
        };
    }

    /**
     * Scores one row.
     *
     * @param row the row
     * @return its results, or its error
     */
    ScoredRow score(LogitRow row) {
        ScoredRow out = new ScoredRow();
        out.setId(row.getId());
        out.setLabel(row.getLabel());
        String error = row.getError() != null ? row.getError() : check(row.getLogits(), row.getLabel());
        if (error != null) {
            out.setError(error);
            return out;
        }
        double[] z = row.getLogits();
        try {
            double[] p = Softmax.of(z, temperature);
            int[] top = TopK.of(z, k);
            double[] topP = new double[top.length];
            for (int i = 0; i < top.length; i++) {
                topP[i] = p[top[i]];
            }
            int prediction = Argmax.of(z);
            double[] logP = LogSoftmax.of(z, temperature);
            double entropy = Entropy.ofLogits(z, temperature);
            Integer label = row.getLabel();
            if (label != null) {
                out.setCrossEntropy(CrossEntropy.of(z, label, temperature));
                out.setCorrect(prediction == label);
            }
            out.setProbabilities(p);
            out.setLogProbabilities(logP);
            out.setTopLabels(top);
            out.setTopProbabilities(topP);
            out.setPrediction(prediction);
            out.setMaxProbability(p[prediction]);
            out.setEntropy(entropy);
        } catch (IllegalArgumentException e) {
            ScoredRow failed = new ScoredRow();
            failed.setId(row.getId());
            failed.setLabel(row.getLabel());
            failed.setError(e.getMessage());
            return failed;
        }
        return out;
    }

    private String check(double[] z, Integer label) {
        if (z == null) {
            return "logits is null";
        }
        if (z.length != classes) {
            return z.length == 0 ? "logits is empty" : "logits has " + z.length + " entries, expected " + classes;
        }
        boolean defined = false;
        for (int i = 0; i < z.length; i++) {
            double x = z[i];
            if (x != x) {
                return "logits[" + i + "] is NaN";
            }
            defined |= x != Double.NEGATIVE_INFINITY;
        }
        if (!defined) {
            return "every logit is -Infinity (softmax is 0/0)";
        }
        if (label != null && (label < 0 || label >= classes)) {
            return "label " + label + " is outside [0, " + classes + ")";
        }
        return null;
    }
}
