/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.CrossEntropy;
import io.github.activations.Softmax;
import io.github.activations.TopK;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's main method end to end, in a session of its own (local[2] and loopback come from
 * Surefire's spark.* system properties, which SparkConf reads).
 */
class ScoreLogitsJobTest {
    @TempDir
    Path dir;

    @Test
    void mainGeneratesScoresAndSummarizesAFile() throws IOException {
        String input = dir.resolve("logits.parquet").toString();
        String output = dir.resolve("scored").toString();
        int rows = 400;
        int classes = 7;
        ScoreLogitsJob.main(new String[] {"--input", input, "--output", output, "--classes", "7", "--generate",
            Integer.toString(rows), "--seed", "3", "--top-k", "2", "--temperature", "1.5"});

        // main stopped its session; read the result in a new one
        SparkSession spark = SparkSession.builder().getOrCreate();
        try {
            List<Row> scored = spark.read().parquet(output).orderBy("id").collectAsList();
            assertEquals(rows, scored.size());
            assertEquals(List.of("id", "label", "prediction", "correct", "maxProbability", "topLabels",
                    "topProbabilities", "entropy", "crossEntropy", "probabilities", "logProbabilities", "error"),
                    List.of(scored.get(0).schema().fieldNames()));
            double logLoss = 0;
            long correct = 0;
            for (Row r : scored) {
                LogitRow expected = SyntheticLogits.row(Long.parseLong(r.getString(0)), classes, 3);
                double[] z = expected.getLogits();
                assertNull(r.getAs("error"));
                assertEquals(expected.getLabel(), r.<Integer>getAs("label"));
                assertArrayEquals(Softmax.of(z, 1.5), doubles(r.getList(r.fieldIndex("probabilities"))));
                assertEquals(List.of(TopK.of(z, 2)[0], TopK.of(z, 2)[1]), r.getList(r.fieldIndex("topLabels")));
                double ce = CrossEntropy.of(z, expected.getLabel(), 1.5);
                assertEquals(ce, r.<Double>getAs("crossEntropy"));
                logLoss += ce;
                correct += r.<Boolean>getAs("correct") ? 1 : 0;
            }
            String json = Files.readString(Path.of(output, "_summary.json"), StandardCharsets.UTF_8);
            assertTrue(json.startsWith("{\"rows\": 400, \"scored\": 400, \"errors\": 0, \"labelled\": 400, \"correct\": "
                    + correct + ", "), json);
            // Spark sums the 400 losses in another order: within 2 * 399 ulp-ish of the sequential sum
            double mean = logLoss / rows;
            assertEquals(mean, number(json, "meanLogLoss"), 2.0 * rows * Math.ulp(mean));
            assertEquals((double) correct / rows, number(json, "accuracy"));
        } finally {
            spark.stop();
        }
    }

    @Test
    void usageErrorsExitWithTwoAndExplain() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, ScoreLogitsJob.run(new String[] {"--input", "x", "--output", "y"}, System.out, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("missing --classes\nusage: ScoreLogitsJob"));
        err.reset();
        assertEquals(2, ScoreLogitsJob.run(new String[] {"--classes", "3", "--input", "x", "--output", "y",
            "--top-k", "4"}, System.out, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("k must be in [1, 3] (the class count), got 4\n"));
        err.reset();
        assertEquals(2, ScoreLogitsJob.run(new String[] {"--clases", "3"}, System.out, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("unknown option --clases\n"));
    }

    private static double[] doubles(List<Object> list) {
        return list.stream().mapToDouble(x -> (Double) x).toArray();
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": ([^,}]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }
}
