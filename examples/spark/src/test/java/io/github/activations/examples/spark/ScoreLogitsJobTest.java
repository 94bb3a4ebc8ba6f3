/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's main method end to end. It runs in this class's session (local[2] and loopback come
 * from Surefire's spark.* system properties, which SparkConf reads), which main must not stop.
 */
class ScoreLogitsJobTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().appName("ScoreLogitsJobTest").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void mainGeneratesScoresAndSummarizesAFile() throws IOException {
        String input = dir.resolve("logits.parquet").toString();
        String output = dir.resolve("scored").toString();
        int rows = 400;
        int classes = 7;
        ScoreLogitsJob.main(new String[] {"--input", input, "--output", output, "--classes", "7", "--generate",
            Integer.toString(rows), "--seed", "3", "--top-k", "2", "--temperature", "1.5"});

        assertFalse(spark.sparkContext().isStopped(), "main stopped a session it did not create");
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
        // Spark adds the 400 losses (all >= 0) in another order. Each order's sum is within
        // (n - 1) u S of the exact sum S (u = 2^-53), so the two means differ by at most
        // 2 (n - 1) u mean plus the two divisions' roundings, below 2 n u mean <= 2 n ulp(mean).
        double mean = logLoss / rows;
        assertEquals(mean, number(json, "meanLogLoss"), 2.0 * rows * Math.ulp(mean));
        assertEquals((double) correct / rows, number(json, "accuracy"));
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
        assertTrue(Readme.text().contains("```\n" + ScoreLogitsJob.USAGE + "\n```\n"),
                "README.md should show the usage as ScoreLogitsJob prints it:\n" + ScoreLogitsJob.USAGE);
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
