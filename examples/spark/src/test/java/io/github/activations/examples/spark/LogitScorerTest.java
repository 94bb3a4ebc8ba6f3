/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Argmax;
import io.github.activations.CrossEntropy;
import io.github.activations.Entropy;
import io.github.activations.LogSoftmax;
import io.github.activations.Softmax;
import io.github.activations.TopK;
import io.github.activations.VectorPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scorer in {@code local[2]} against the core called in this JVM. Surefire runs this class
 * twice: on the scalar path and on the SIMD path ({@code activations.test.expectVector}).
 */
class LogitScorerTest {
    /**
     * Classes of the main table: 37 = 4 × 8 + 5 = 9 × 4 + 1, so the SIMD loops run full vectors
     * and a tail with 8 or 4 double lanes. Each 5-value pattern below is repeated to this length,
     * which keeps what makes it extreme (ties stay ties, ±∞ entries repeat).
     */
    private static final int CLASSES = 37;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double U = Math.ulp(1.0) / 2; // unit roundoff 2^-53

    /** Patterns of 5 logits that take every special path of the kernels; each row gets a label (or none). */
    private static final double[][] EXTREME = {
        {0.25, 1.23, -0.8, 0, 2},
        {1, 1, 1, 1, 1},
        {3, 3, -1, 0, 3},
        {1e308, -1e308, 1e308, 0, -1e308},
        {Double.MAX_VALUE, -Double.MAX_VALUE, 0, 1, -1},
        {-745, 0, -745.1, -1e308, -1},
        {-745, -745, -745, -745, -744},
        {709.78, -709.78, 745, -745, 0},
        {INF, 0, 1, -INF, 2},
        {INF, INF, 0, -INF, 1},
        {-INF, -INF, -INF, -INF, 0},
        {-INF, -INF, 5, 5, -INF},
        {-0.0, 0.0, -0.0, 0.0, -0.0},
        {Double.MIN_VALUE, -Double.MIN_VALUE, 0, 1e-310, -1e-310},
        {40, 0, -40, 1e-300, 37},
        {-1e300, -1e300, -1e300 + 1e284, -1e300, -2e300},
    };
    private static final Integer[] EXTREME_LABELS = {1, 0, 2, 1, 0, 0, 4, 3, 3, 1, 0, 2, 4, 2, 36, null};

    private static SparkSession spark;
    /** The extreme rows, 300 random rows and the bad rows, in a Parquet file written once. */
    private static Dataset<Row> table;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        // local[2], loopback and no UI also come from Surefire's spark.* system properties; set
        // here as well, so the class runs the same from an IDE (SPARK_LOCAL_IP aside)
        spark = SparkSession.builder().master("local[2]").appName("LogitScorerTest")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        List<Row> rows = testRows();
        rows.addAll(badRows());
        table = parquet("rows", rows, SCHEMA);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Rows the scorer must reject, each with the reason it must give. */
    private static final Map<String, String> BAD = Map.ofEntries(
            Map.entry("null", "logits is null"),
            Map.entry("nullElement", "logits[2] is null"),
            Map.entry("empty", "logits is empty"),
            Map.entry("short", "logits has 3 entries, expected 37"),
            Map.entry("long", "logits has 38 entries, expected 37"),
            Map.entry("nan", "logits[3] is NaN"),
            Map.entry("nullAndNan", "logits[2] is NaN"),
            Map.entry("nanAndNull", "logits[0] is NaN"),
            Map.entry("allMinusInf", "every logit is -Infinity (softmax is 0/0)"),
            Map.entry("labelTooLarge", "label 37 is outside [0, 37)"),
            Map.entry("labelNegative", "label -1 is outside [0, 37)"));

    private static List<Row> badRows() {
        return List.of(
                RowFactory.create("null", 0, null),
                RowFactory.create("nullElement", 0, tiled(0.0, 1.0, null, 2.0, 3.0)),
                RowFactory.create("empty", 0, new Double[0]),
                RowFactory.create("short", 0, new Double[] {0.0, 1.0, 2.0}),
                RowFactory.create("long", 0, tiled(CLASSES + 1, 0.0, 1.0, 2.0, 3.0, 4.0)),
                RowFactory.create("nan", 0, tiled(0.0, 1.0, 2.0, Double.NaN, 4.0)),
                RowFactory.create("nullAndNan", 0, tiled(0.0, null, Double.NaN, Double.NaN, 4.0)),
                RowFactory.create("nanAndNull", 0, tiled(Double.NaN, null, 1.0, 2.0, 4.0)),
                RowFactory.create("allMinusInf", 0, tiled(-INF, -INF, -INF, -INF, -INF)),
                RowFactory.create("labelTooLarge", CLASSES, tiled(0.0, 1.0, 2.0, 3.0, 4.0)),
                RowFactory.create("labelNegative", -1, tiled(0.0, 1.0, 2.0, 3.0, 4.0)));
    }

    /** Returns the pattern repeated to {@value #CLASSES} entries. */
    private static Double[] tiled(Double... pattern) {
        return tiled(CLASSES, pattern);
    }

    /** Returns the pattern repeated to {@code n} entries. */
    private static Double[] tiled(int n, Double... pattern) {
        Double[] row = new Double[n];
        for (int i = 0; i < n; i++) {
            row[i] = pattern[i % pattern.length];
        }
        return row;
    }

    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("label", DataTypes.IntegerType)
            .add("logits", DataTypes.createArrayType(DataTypes.DoubleType, true));

    /** Writes rows to a Parquet file and returns the table read back from it. */
    private static Dataset<Row> parquet(String name, List<Row> rows, StructType schema) {
        String path = dir.resolve(name).toString();
        spark.createDataFrame(rows, schema).repartition(2).write().parquet(path);
        return spark.read().parquet(path);
    }

    /** The extreme rows and 300 seeded random rows of 37 logits (ids "x0".. and "r0"..). */
    private static List<Row> testRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < EXTREME.length; i++) {
            rows.add(RowFactory.create("x" + i, EXTREME_LABELS[i], tiled(boxed(EXTREME[i]))));
        }
        for (int i = 0; i < 300; i++) {
            LogitRow r = SyntheticLogits.row(i, CLASSES, 42);
            rows.add(RowFactory.create("r" + i, i % 7 == 0 ? null : r.getLabel(), boxed(r.getLogits())));
        }
        return rows;
    }

    private static Map<String, double[]> logitsById(List<Row> rows) {
        Map<String, double[]> m = new HashMap<>();
        for (Row r : rows) {
            Double[] z = (Double[]) r.get(2);
            m.put(r.getString(0), z == null ? null : Arrays.stream(z).mapToDouble(x -> x).toArray());
        }
        return m;
    }

    @Test
    void runsOnTheExpectedPathInTheDriverAndInTheTasks() {
        boolean expected = Boolean.getBoolean("activations.test.expectVector");
        assertEquals(expected, VectorPath.isVectorized(), VectorPath.active());
        List<Boolean> inTasks = spark.range(0, 4, 1, 2).mapPartitions(
                (MapPartitionsFunction<Long, Boolean>) it -> List.of(VectorPath.isVectorized()).iterator(),
                Encoders.BOOLEAN()).collectAsList();
        assertEquals(List.of(expected, expected), inTasks);
    }

    @ParameterizedTest(name = "temperature {0}")
    @ValueSource(doubles = {1.0, 0.7, 3.0, 0.0, Double.POSITIVE_INFINITY})
    void everyColumnEqualsTheInProcessCallBitForBit(double temperature) {
        List<Row> rows = testRows();
        ScoringOptions options = ScoringOptions.classes(CLASSES).withId("id").withLabel("label").withTopK(3)
                .withTemperature(temperature);
        List<ScoredRow> scored = LogitScorer.score(table, options).collectAsList();

        Map<String, double[]> logits = logitsById(rows);
        assertEquals(rows.size() + BAD.size(), scored.size());
        int labelled = 0;
        for (ScoredRow s : scored) {
            if (BAD.containsKey(s.getId())) {
                continue; // badRowsGoToTheErrorColumnAndTheOthersAreScored
            }
            double[] z = logits.get(s.getId());
            String where = s.getId() + " " + Arrays.toString(z) + " T=" + temperature;
            assertNull(s.getError(), where);
            double[] p = Softmax.of(z, temperature);
            int[] top = TopK.of(z, 3);
            int prediction = Argmax.of(z);
            assertArrayEquals(p, s.getProbabilities(), where);
            assertArrayEquals(LogSoftmax.of(z, temperature), s.getLogProbabilities(), where);
            assertArrayEquals(top, s.getTopLabels(), where);
            assertArrayEquals(new double[] {p[top[0]], p[top[1]], p[top[2]]}, s.getTopProbabilities(), where);
            assertEquals(prediction, s.getPrediction(), where);
            assertBits(p[prediction], s.getMaxProbability(), where);
            assertBits(Entropy.ofLogits(z, temperature), s.getEntropy(), where);
            if (s.getLabel() == null) {
                assertNull(s.getCrossEntropy(), where);
                assertNull(s.getCorrect(), where);
            } else {
                labelled++;
                assertBits(CrossEntropy.of(z, s.getLabel(), temperature), s.getCrossEntropy(), where);
                assertEquals(prediction == s.getLabel(), s.getCorrect(), where);
            }
        }
        assertEquals(EXTREME.length - 1 + 300 - 43, labelled); // 43 random rows have i % 7 == 0
    }

    @Test
    void widensFloatLogitsExactlyAndFindsANaNInTheTask() {
        // containsNull = false: no SQL check, so the NaN is found by RowScorer
        StructType floats = new StructType().add("id", DataTypes.StringType)
                .add("z", DataTypes.createArrayType(DataTypes.FloatType, false));
        float[][] values = {{0.1f, Float.MAX_VALUE, -Float.MAX_VALUE, 1e-45f, 3}, {-104f, 0, -104.5f, 88.7f, 88.7f},
            {1, 2, Float.NaN, Float.NaN, 0}};
        int classes = 5;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Float[] f = new Float[classes];
            for (int j = 0; j < classes; j++) {
                f[j] = values[i][j];
            }
            rows.add(RowFactory.create("f" + i, f));
        }
        Dataset<Row> table = parquet("floats", rows, floats);
        List<ScoredRow> scored = LogitScorer.score(table, ScoringOptions.classes(classes).withLogits("z").withId("id"))
                .orderBy("id").collectAsList();
        for (int i = 0; i < 2; i++) {
            double[] z = new double[classes];
            for (int j = 0; j < classes; j++) {
                z[j] = values[i][j];
            }
            assertArrayEquals(Softmax.of(z), scored.get(i).getProbabilities());
            assertBits(Entropy.ofLogits(z), scored.get(i).getEntropy(), "f" + i);
        }
        assertEquals("logits[2] is NaN", scored.get(2).getError());
        assertNull(scored.get(2).getProbabilities());
    }

    @Test
    void badRowsGoToTheErrorColumnAndTheOthersAreScored() {
        List<ScoredRow> scored = LogitScorer.score(table, ScoringOptions.classes(CLASSES).withId("id").withLabel("label"))
                .collectAsList();

        List<Row> good = testRows();
        assertEquals(good.size() + BAD.size(), scored.size());
        Map<String, double[]> logits = logitsById(good);
        int errors = 0;
        for (ScoredRow s : scored) {
            String reason = BAD.get(s.getId());
            if (reason != null) {
                errors++;
                assertEquals(reason, s.getError(), s.getId());
                int label = s.getId().equals("labelTooLarge") ? CLASSES : s.getId().equals("labelNegative") ? -1 : 0;
                assertEquals(label, s.getLabel(), s.getId()); // kept, as the id is
                assertNull(s.getProbabilities(), s.getId());
                assertNull(s.getLogProbabilities(), s.getId());
                assertNull(s.getTopLabels(), s.getId());
                assertNull(s.getTopProbabilities(), s.getId());
                assertNull(s.getPrediction(), s.getId());
                assertNull(s.getMaxProbability(), s.getId());
                assertNull(s.getEntropy(), s.getId());
                assertNull(s.getCrossEntropy(), s.getId());
                assertNull(s.getCorrect(), s.getId());
            } else {
                assertNull(s.getError(), s.getId());
                assertArrayEquals(Softmax.of(logits.get(s.getId())), s.getProbabilities(), s.getId());
            }
        }
        assertEquals(BAD.size(), errors);
    }

    @Test
    void readsLogitsFromTextAndReportsWhatIsNotANumber() throws IOException {
        Path csv = dir.resolve("logits.csv");
        Files.writeString(csv, String.join("\n",
                "id,label,logits",
                "a,1,\"[0.5, -1, Infinity, 2, -Infinity]\"",
                "b,2,0.5 -1 3 2 1e3",
                "c,0,0.5;x;3;2;1",
                "d,x,0.5 1 2 3 4",
                "e,,",
                "f,4,[]",
                ""), StandardCharsets.UTF_8);
        Dataset<Row> table = spark.read().option("header", "true").csv(csv.toString());
        Map<String, ScoredRow> byId = new HashMap<>();
        for (ScoredRow s : LogitScorer.score(table, ScoringOptions.classes(5).withId("id").withLabel("label"))
                .collectAsList()) {
            byId.put(s.getId(), s);
        }
        assertArrayEquals(Softmax.of(new double[] {0.5, -1, INF, 2, -INF}), byId.get("a").getProbabilities());
        assertBits(CrossEntropy.of(new double[] {0.5, -1, 3, 2, 1e3}, 2), byId.get("b").getCrossEntropy(), "b");
        assertEquals("logits[1] is not a number", byId.get("c").getError());
        assertEquals("label x is not an int", byId.get("d").getError());
        assertEquals("logits is null", byId.get("e").getError());
        assertEquals("logits is empty", byId.get("f").getError());
    }

    @Test
    void rejectsAMissingColumnOrAnUnusableTypeBeforeRunning() {
        Dataset<Row> table = spark.createDataFrame(List.of(RowFactory.create("a", 1, new Double[] {1.0})), SCHEMA);
        ScoringOptions options = ScoringOptions.classes(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogitScorer.score(table, options.withLabel("y")));
        assertEquals("no column y in [id, label, logits]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LogitScorer.score(table, options.withLogits("label")));
        assertEquals("column label has type int; expected an array of numbers or a string", e.getMessage());
    }

    @Test
    void theReadmeLibraryExampleRunsAsShown() throws IOException {
        String input = dir.resolve("readme-logits.parquet").toString();
        String output = dir.resolve("readme-scored.parquet").toString();
        SyntheticLogits.table(spark, 500, 10, 5, 2).write().parquet(input);
        // tag::library[]
        Dataset<Row> logits = spark.read().parquet(input);
        ScoringOptions options = ScoringOptions.classes(10).withId("id").withLabel("label").withTopK(5);
        Dataset<ScoredRow> scored = LogitScorer.score(logits, options);
        scored.select(LogitScorer.columns()).write().parquet(output);
        ScoringSummary summary = LogitScorer.summarize(spark.read().parquet(output));
        // end::library[]
        assertEquals(500, summary.rows());
        assertEquals(500, summary.labelled());
        Row first = spark.read().parquet(output).first();
        assertEquals(5, first.getList(first.fieldIndex("topLabels")).size());
        String region = Readme.region(Path.of("src/test/java/io/github/activations/examples/spark/LogitScorerTest.java"),
                "library");
        assertTrue(Readme.text().contains("```java\n" + region + "```\n"),
                "README.md should show the library example as it is in LogitScorerTest:\n" + region);
    }

    /**
     * Accuracy, mean log-loss and ECE from Spark's aggregations against a sequential loop over
     * the core's single-row results in this JVM.
     */
    @Test
    void summaryMatchesAnInProcessComputation() {
        int n = 3000;
        int classes = 10;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LogitRow r = SyntheticLogits.row(i, classes, 7);
            rows.add(RowFactory.create(r.getId(), i % 10 == 3 ? null : r.getLabel(), boxed(r.getLogits())));
        }
        rows.add(RowFactory.create("bad1", 1, new Double[] {1.0, Double.NaN}));
        rows.add(RowFactory.create("bad2", 1, null));
        Dataset<Row> table = parquet("summary", rows, SCHEMA);
        ScoringSummary summary = LogitScorer.summarize(
                LogitScorer.score(table, ScoringOptions.classes(classes).withId("id").withLabel("label")));

        // in process: the same definitions, summed in row order
        long labelled = 0;
        long correct = 0;
        double logLoss = 0;
        long[] count = new long[15];
        long[] right = new long[15];
        double[] confidence = new double[15];
        for (int i = 0; i < n; i++) {
            if (i % 10 == 3) {
                continue;
            }
            LogitRow r = SyntheticLogits.row(i, classes, 7);
            double[] z = r.getLogits();
            int prediction = Argmax.of(z);
            double c = Softmax.of(z)[prediction];
            int bin = 0;
            while (bin < 14 && c > (double) (bin + 1) / 15) { // bin i: i/15 < c <= (i+1)/15
                bin++;
            }
            labelled++;
            boolean isRight = prediction == r.getLabel();
            correct += isRight ? 1 : 0;
            logLoss += CrossEntropy.of(z, r.getLabel());
            count[bin]++;
            right[bin] += isRight ? 1 : 0;
            confidence[bin] += c;
        }
        double ece = 0;
        double eceBound = 40 * U; // 15 subtractions, 15 additions and a division, each of a value <= 1
        for (int b = 0; b < 15; b++) {
            ece += Math.abs(right[b] - confidence[b]);
            // two orders of summing count[b] values in [0, 1] differ by at most 2 (count[b] - 1) u Σ
            eceBound += 2.0 * count[b] * U * confidence[b] / labelled;
        }
        ece /= labelled;

        assertEquals(n + 2, summary.rows());
        assertEquals(2, summary.errors());
        assertEquals(labelled, summary.labelled());
        assertEquals(n - 300, labelled);
        assertArrayEquals(count, summary.binCounts());
        assertArrayEquals(right, summary.binCorrect());
        assertEquals(correct, summary.correct());
        assertEquals((double) correct / labelled, summary.accuracy()); // counts: exact
        // sums of labelled values >= 0 in two orders: within 2 (N - 1) u of the sum each, plus
        // the division's rounding
        double mean = logLoss / labelled;
        assertEquals(mean, summary.meanLogLoss(), (2.0 * labelled + 2) * U * mean);
        assertEquals(ece, summary.ece(), eceBound);
        // the data are overconfident by construction (labels drawn at T = 1.5)
        assertTrue(ece > 0.05, "ECE " + ece);
    }

    private static void assertBits(double expected, Double actual, String where) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> where + ": expected " + expected + ", got " + actual);
    }

    private static Double[] boxed(double[] z) {
        return Arrays.stream(z).boxed().toArray(Double[]::new);
    }
}
