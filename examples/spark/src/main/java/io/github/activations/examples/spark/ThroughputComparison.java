/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import io.github.activations.VectorPath;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Rows per second of the job's scoring on Spark against the same per-row work in this JVM
 * without Spark, in one run. Arguments: rows (default 10^6), classes (100), a work directory
 * (default the temporary directory), runs per measurement (3). The master is
 * {@code local[2]} unless {@code spark.master} is set.
 *
 * <ul>
 *   <li>Spark, scoring only: read the Parquet table, score every row, drop the result
 *       ({@code noop} sink: every output column is still built and encoded).</li>
 *   <li>Spark, end to end: the same, writing the scored table as Parquet.</li>
 *   <li>In process: {@link RowScorer#score} on rows already in memory (a block of 10^5 rows
 *       scored until the row count is reached), on 1 thread and on 2 threads; no decoding, no
 *       encoding, no writing.</li>
 * </ul>
 *
 * <p>Each measurement runs {@code runs} times after one warm-up; the best and the median are
 * printed. This is a main, not a JMH benchmark: a Spark job is not a method JMH can call
 * millions of times, so the figures are wall-clock times of whole jobs, compared within one
 * run of this program.
 */
public final class ThroughputComparison {
    private static final int BLOCK = 100_000;
    private static final long SEED = 11;

    private ThroughputComparison() {
    }

    /**
     * Runs the comparison.
     *
     * @param args rows, classes, work directory, runs (all optional)
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int classes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        File dir = new File(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir"), "activations-throughput");
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        ScoringOptions options = ScoringOptions.classes(classes).withId("id").withLabel("label");

        SparkConf conf = new SparkConf().setAppName("activations: throughput");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[2]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d rows x %d classes, master %s, JDK %s, kernels %s", rows, classes,
                spark.sparkContext().master(), System.getProperty("java.version"), VectorPath.active()));
        try {
            spark.sparkContext().setLogLevel("WARN");
            String input = new File(dir, "logits-" + rows + "x" + classes + ".parquet").getPath();
            if (!new File(input).exists()) {
                long t = System.nanoTime();
                SyntheticLogits.table(spark, rows, classes, SEED, 8).write().mode(SaveMode.Overwrite).parquet(input);
                System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", input, (System.nanoTime() - t) / 1e9);
            }
            String output = new File(dir, "scored").getPath();
            report.add(measure("Spark, parquet -> score -> noop", rows, runs, () -> {
                Dataset<Row> table = spark.read().parquet(input);
                LogitScorer.score(table, options).select(LogitScorer.columns()).write().format("noop")
                        .mode(SaveMode.Overwrite).save();
            }));
            report.add(measure("Spark, parquet -> score -> parquet", rows, runs, () -> {
                Dataset<Row> table = spark.read().parquet(input);
                LogitScorer.score(table, options).select(LogitScorer.columns()).write().mode(SaveMode.Overwrite)
                        .parquet(output);
            }));
        } finally {
            spark.stop();
        }

        LogitRow[] block = new LogitRow[(int) Math.min(BLOCK, rows)];
        for (int i = 0; i < block.length; i++) {
            block[i] = SyntheticLogits.row(i, classes, SEED);
        }
        RowScorer scorer = new RowScorer(options);
        report.add(measure("in process, 1 thread", rows, runs, () -> inProcess(scorer, block, rows, 1)));
        report.add(measure("in process, 2 threads", rows, runs, () -> inProcess(scorer, block, rows, 2)));
        report.forEach(System.out::println);
    }

    private interface Job {
        void run() throws Exception;
    }

    private static String measure(String name, long rows, int runs, Job job) throws Exception {
        job.run(); // warm-up
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            job.run();
            seconds[r] = (System.nanoTime() - t) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double best = sorted[0];
        double median = sorted[runs / 2];
        String line = String.format(Locale.ROOT, "%-36s best %8.0f rows/s (%.2f s), median %8.0f rows/s, runs %s", name,
                rows / best, best, rows / median, Arrays.toString(seconds));
        System.out.println(line);
        return line;
    }

    /** Scores {@code rows} rows, cycling through the block, on {@code threads} threads. */
    private static void inProcess(RowScorer scorer, LogitRow[] block, long rows, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long from = rows * t / threads;
                long to = rows * (t + 1) / threads;
                parts.add(pool.submit(() -> {
                    double sink = 0;
                    for (long i = from; i < to; i++) {
                        ScoredRow s = scorer.score(block[(int) (i % block.length)]);
                        sink += s.getEntropy() + s.getProbabilities()[0];
                    }
                    return sink;
                }));
            }
            double sink = 0;
            for (Future<Double> f : parts) {
                sink += f.get();
            }
            if (Double.isNaN(sink)) {
                throw new IllegalStateException("NaN result");
            }
        } finally {
            pool.shutdown();
        }
    }
}
