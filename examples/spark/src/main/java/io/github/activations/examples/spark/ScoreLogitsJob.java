/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import io.github.activations.VectorPath;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The runnable job: reads a table of logits, writes the scored table and a summary. Run it
 * with {@code spark-submit} on a cluster, or locally (master {@code local[*]} unless
 * {@code spark.master} is set). See examples/spark/README.md.
 */
public final class ScoreLogitsJob {
    static final String USAGE = String.join("\n",
            "usage: ScoreLogitsJob --input PATH --output DIR --classes N [options]",
            "  --input PATH          Parquet (default) or CSV table with a logits column",
            "  --output DIR          scored table (Parquet, overwritten); the summary goes to DIR/_summary.json",
            "  --classes N           number of classes: every row must have N logits",
            "  --format parquet|csv  input format (CSV: a header line; logits as \"[z0, z1, ...]\" or \"z0 z1 ...\")",
            "  --logits COL          logits column (default logits)",
            "  --id COL              id column (default id, if the table has one)",
            "  --label COL           label column (default label, if the table has one)",
            "  --top-k K             top labels per row (default min(5, N))",
            "  --temperature T       softmax temperature (default 1)",
            "  --generate ROWS       first write ROWS seeded random rows of N logits to --input (Parquet)",
            "  --seed S              seed for --generate (default 1)");

    private ScoreLogitsJob() {
    }

    /**
     * Runs the job; exits with status 2 on a usage error.
     *
     * @param args see {@link #USAGE}
     * @throws IOException if the summary cannot be written
     */
    public static void main(String[] args) throws IOException {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the job: in the active session if there is one, else in a new one stopped at the end.
     *
     * @return 0, or 2 for a usage error
     * @throws IOException if the summary cannot be written
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> a;
        ScoringOptions options;
        try {
            a = parse(args);
            options = ScoringOptions.classes(Integer.parseInt(require(a, "--classes")));
            require(a, "--input");
            require(a, "--output");
            if (a.containsKey("--top-k")) {
                options = options.withTopK(Integer.parseInt(a.get("--top-k")));
            }
            if (a.containsKey("--temperature")) {
                options = options.withTemperature(Double.parseDouble(a.get("--temperature")));
            }
            options = options.withLogits(a.getOrDefault("--logits", "logits"));
            String format = a.getOrDefault("--format", "parquet");
            if (!format.equals("parquet") && !format.equals("csv")) {
                throw new IllegalArgumentException("--format must be parquet or csv, got " + format);
            }
            if (a.containsKey("--generate") && format.equals("csv")) {
                throw new IllegalArgumentException("--generate writes Parquet: leave out --format csv");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("activations: score logits");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        // a driver program that already has a session keeps it (its settings win, and it is not stopped)
        boolean own = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            String input = a.get("--input");
            String output = a.get("--output");
            if (a.containsKey("--generate")) {
                long rows = Long.parseLong(a.get("--generate"));
                long seed = Long.parseLong(a.getOrDefault("--seed", "1"));
                int partitions = Math.max(1, spark.sparkContext().defaultParallelism());
                SyntheticLogits.table(spark, rows, options.classes(), seed, partitions)
                        .write().mode(SaveMode.Overwrite).parquet(input);
                out.println("generated " + rows + " rows of " + options.classes() + " logits in " + input);
            }
            Dataset<Row> table = "csv".equals(a.getOrDefault("--format", "parquet"))
                    ? spark.read().option("header", "true").csv(input)
                    : spark.read().parquet(input);
            List<String> columns = Arrays.asList(table.columns());
            options = options.withId(a.getOrDefault("--id", columns.contains("id") ? "id" : null))
                    .withLabel(a.getOrDefault("--label", columns.contains("label") ? "label" : null));
            LogitScorer.score(table, options).select(LogitScorer.columns())
                    .write().mode(SaveMode.Overwrite).parquet(output);
            // the summary reads back only the columns it needs from the written table
            ScoringSummary summary = LogitScorer.summarize(spark.read().parquet(output));
            Path file = new Path(output, "_summary.json"); // "_": Parquet readers skip the file
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream json = fs.create(file, true)) {
                json.write((summary.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.println("scored " + input + " -> " + output + " (" + options + "; driver's kernels: "
                    + VectorPath.active() + ")");
            out.println(summary);
            return 0;
        } finally {
            if (own) {
                spark.stop();
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        List<String> known = new ArrayList<>();
        for (String line : USAGE.split("\n")) {
            String t = line.trim();
            if (t.startsWith("--")) {
                known.add(t.split(" ")[0]);
            }
        }
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!known.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            a.put(args[i], args[++i]);
        }
        return a;
    }

    private static String require(Map<String, String> a, String option) {
        String v = a.get(option);
        if (v == null) {
            throw new IllegalArgumentException("missing " + option);
        }
        return v;
    }
}
