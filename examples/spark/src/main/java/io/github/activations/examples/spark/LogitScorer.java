/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * Scores a table of model logits on Spark with the core functions: the library entry point.
 *
 * <pre>{@code
 * Dataset<Row> logits = spark.read().parquet("logits.parquet");
 * ScoringOptions options = ScoringOptions.classes(1000).withId("id").withLabel("label").withTopK(5);
 * Dataset<ScoredRow> scored = LogitScorer.score(logits, options);
 * scored.select(LogitScorer.columns()).write().parquet("scored.parquet");
 * ScoringSummary summary = LogitScorer.summarize(spark.read().parquet("scored.parquet"));
 * }</pre>
 *
 * <p>Each row gets softmax(z / T), log-softmax(z / T), the top-k labels and their
 * probabilities, the prediction (argmax) and its probability, the entropy, and with a label
 * the cross-entropy (log-loss) and whether the prediction is right; see {@link ScoredRow}. The
 * values are those of the core's single-row calls on the same logits, bit for bit (see
 * {@link RowScorer} for why single rows).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>logits column {@code array<float>} (or another numeric array)</td><td>converted to {@code double} (exactly for float and int; long and decimal values rounded), scored in double</td></tr>
 *   <tr><td>logits column a string, e.g. {@code "[0.5, -1, Infinity]"} or {@code "0.5 -1 1e3"}</td><td>split on spaces, commas or semicolons (brackets ignored), each token read as a double</td></tr>
 *   <tr><td>logits column of another type, or a named column missing</td><td>{@code IllegalArgumentException} naming it (before any job runs)</td></tr>
 *   <tr><td>logits {@code null}</td><td>error {@code logits is null}</td></tr>
 *   <tr><td>a {@code null} element (or a string token that is not a number)</td><td>error {@code logits[i] is null} ({@code logits[i] is not a number}), found in SQL: the bean encoder cannot hold a null in a {@code double[]}</td></tr>
 *   <tr><td>empty array, or another length than the class count</td><td>error {@code logits is empty} / {@code logits has n entries, expected c}</td></tr>
 *   <tr><td>a NaN</td><td>error {@code logits[i] is NaN}</td></tr>
 *   <tr><td>every logit −∞</td><td>error (softmax is 0/0)</td></tr>
 *   <tr><td>label outside [0, classes), or not convertible to an int</td><td>error naming the label</td></tr>
 *   <tr><td>label {@code null}</td><td>scored; no cross-entropy or correctness</td></tr>
 *   <tr><td>±∞ and huge logits, ties</td><td>as the core defines them (e.g. k entries +∞ share the mass; ties go to the lower index)</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A row with an error keeps its id and label and has every result column {@code null}; the
 * other rows are scored, so one bad row never fails a job.
 */
public final class LogitScorer {
    private static final String[] COLUMN_NAMES = {"id", "label", "prediction", "correct", "maxProbability",
        "topLabels", "topProbabilities", "entropy", "crossEntropy", "probabilities", "logProbabilities", "error"};

    /** The number of equal-width confidence bins of the ECE (Guo et al. 2017). */
    public static final int ECE_BINS = 15;

    private static final Encoder<LogitRow> INPUT = Encoders.bean(LogitRow.class);
    private static final Encoder<ScoredRow> OUTPUT = Encoders.bean(ScoredRow.class);

    private LogitScorer() {
    }

    /**
     * Returns the output columns in the order the job writes them (the bean encoder orders them
     * by name), for {@code scored.select(LogitScorer.columns())}.
     *
     * @return a new array of the columns
     */
    public static Column[] columns() {
        return Arrays.stream(COLUMN_NAMES).map(c -> col(c)).toArray(Column[]::new);
    }

    /**
     * Returns the scored rows of {@code table}: lazily, as Spark does; nothing runs until an
     * action (a write, a count) asks for them.
     *
     * @param table a table with the columns {@code options} names
     * @param options which columns, how many classes and top labels, which temperature
     * @return one scored row per input row
     */
    public static Dataset<ScoredRow> score(Dataset<Row> table, ScoringOptions options) {
        return prepare(table, options).mapPartitions(new RowScorer(options), OUTPUT);
    }

    /**
     * Returns the input as the scoring tasks see it: the logits as {@code double[]}, the id as a
     * string, the label as an int, and the SQL-detected errors.
     */
    static Dataset<LogitRow> prepare(Dataset<Row> table, ScoringOptions options) {
        DataType type = field(table, options.logitsColumn()).dataType();
        String z = quote(options.logitsColumn());
        // Higher-order functions (transform, filter, ...) are interpreted element by element and
        // keep the whole projection out of Spark's generated code, so the common cases use none:
        // array<double> is used as it is, other numeric arrays get one cast (never fails:
        // widening, decimals rounded), and when the schema allows null elements, one
        // array_contains(z, NaN) finds them: true when z holds a NaN (Spark compares NaN equal to
        // NaN), null when z holds a null and no NaN, false otherwise. Only a row that holds a
        // null or a NaN is searched for the index of the first one.
        Column logits;
        String nullMessage = "] is null";
        boolean mayHoldNull;
        if (type instanceof ArrayType && numeric(((ArrayType) type).elementType())) {
            logits = ((ArrayType) type).elementType() == DataTypes.DoubleType ? col(z)
                    : col(z).cast(DataTypes.createArrayType(DataTypes.DoubleType, ((ArrayType) type).containsNull()));
            mayHoldNull = ((ArrayType) type).containsNull();
        } else if (type instanceof ArrayType) {
            logits = expr("transform(" + z + ", x -> try_cast(x AS DOUBLE))");
            nullMessage = "] is null or not a number";
            mayHoldNull = true;
        } else if (type instanceof StringType) {
            // "[1, 2]", "1 2", "1;2": brackets dropped, split on spaces, commas or semicolons
            String s = "trim(regexp_replace(" + z + ", '[\\\\[\\\\]]', ' '))";
            logits = expr("CASE WHEN " + s + " = '' THEN CAST(array() AS ARRAY<DOUBLE>) ELSE transform(split(" + s
                    + ", '[\\\\s,;]+'), x -> try_cast(x AS DOUBLE)) END");
            nullMessage = "] is not a number";
            mayHoldNull = true;
        } else {
            throw new IllegalArgumentException("column " + options.logitsColumn() + " has type "
                    + type.simpleString() + "; expected an array of numbers or a string");
        }
        Column id = options.idColumn() == null ? lit(null).cast(DataTypes.StringType)
                : col(quote(field(table, options.idColumn()).name())).cast(DataTypes.StringType);
        Column label = lit(null).cast(DataTypes.IntegerType);
        Column badLabel = lit(null).cast(DataTypes.StringType);
        if (options.labelColumn() != null) {
            String l = quote(field(table, options.labelColumn()).name());
            label = expr("try_cast(" + l + " AS INT)");
            badLabel = when(col(l).isNotNull().and(label.isNull()),
                    expr("concat('label ', CAST(" + l + " AS STRING), ' is not an int')"));
        }
        Dataset<Row> converted = table.select(id.as("id"), label.as("label"), logits.as("logits"),
                badLabel.as("badLabel"));
        Column error = when(col("logits").isNull(), lit("logits is null"));
        if (mayHoldNull) {
            Column nan = expr("array_contains(logits, CAST('NaN' AS DOUBLE))");
            // the first null's index without a lambda: join the elements with '?' for null (no
            // number prints a '?') and count the commas before the first '?'
            Column firstNull = expr("size(split(substring_index(array_join(CAST(logits AS ARRAY<STRING>), ',', '?'), "
                    + "'?', 1), ',')) - 1");
            error = error.when(nan.isNull(), concat(lit("logits["), firstNull, lit(nullMessage)))
                    .when(nan, expr("concat('logits[', array_position(logits, CAST('NaN' AS DOUBLE)) - 1, '] is NaN')"));
        }
        error = error.otherwise(col("badLabel"));
        return converted.select(col("id"), col("label"), col("logits"), error.as("error"))
                .select(col("id"), col("label"), when(col("error").isNull(), col("logits")).as("logits"), col("error"))
                .as(INPUT);
    }

    private static boolean numeric(DataType t) {
        return t instanceof NumericType;
    }

    /**
     * Returns accuracy, mean log-loss and ECE of scored rows, computed with Spark aggregations:
     * counts and sums in one pass, then the confidence bins in a {@code groupBy} of at most
     * {@value #ECE_BINS} groups, combined on the driver. Only rows without error and with a label
     * count towards the three metrics.
     *
     * <p>ECE: each row's top-label confidence c ({@code maxProbability}) falls in bin i when
     * i/15 &lt; c ≤ (i+1)/15 (bin 0 also takes c = 0; the edges are the doubles
     * {@code (double) i / 15}, compared exactly), and ECE = Σᵢ |correctᵢ − Σ c over bin i| / N,
     * which is Σᵢ (nᵢ/N)·|accᵢ − confᵢ| (Guo, Pleiss, Sun and Weinberger, "On calibration of
     * modern neural networks", ICML 2017). Spark adds the doubles in an order that depends on
     * the partitioning, so the sums may differ from a sequential loop's in the last bits.
     *
     * @param scored rows with the columns of {@link ScoredRow} (a scored dataset, or the table
     *     the job wrote)
     * @return the summary
     */
    public static ScoringSummary summarize(Dataset<?> scored) {
        Dataset<Row> d = scored.toDF();
        Column ok = col("error").isNull();
        Column labelled = ok.and(col("label").isNotNull());
        Row t = d.agg(count(lit(1)), count(when(ok, lit(1))), count(when(labelled, lit(1))),
                sum(when(labelled.and(col("correct")), lit(1L))), sum(when(labelled, col("crossEntropy"))))
                .first();
        long rows = t.getLong(0);
        long scoredRows = t.getLong(1);
        long n = t.getLong(2);
        long correct = t.isNullAt(3) ? 0 : t.getLong(3);
        double logLoss = t.isNullAt(4) ? 0 : t.getDouble(4);

        // bin i holds i/15 < c <= (i+1)/15 with the edges (double) i / 15 (SQL divides doubles as
        // Java does): ceil(15 c) - 1 is off by at most one near an edge, where the exact
        // comparisons below settle it (no lambda, so the projection stays in generated code)
        Column c = col("maxProbability");
        Column b0 = functions.least(functions.greatest(functions.ceil(c.multiply(ECE_BINS)).cast("int").minus(1),
                lit(0)), lit(ECE_BINS - 1));
        Column bin = when(b0.gt(0).and(c.leq(b0.divide(lit((double) ECE_BINS)))), b0.minus(1))
                .when(b0.lt(ECE_BINS - 1).and(c.gt(b0.plus(1).divide(lit((double) ECE_BINS)))), b0.plus(1))
                .otherwise(b0);
        List<Row> bins = d.filter(labelled)
                .select(bin.as("bin"), when(col("correct"), lit(1L)).otherwise(lit(0L)).as("right"), c)
                .groupBy("bin").agg(count(lit(1)), sum("right"), sum("maxProbability"))
                .collectAsList();
        long[] binCount = new long[ECE_BINS];
        long[] binCorrect = new long[ECE_BINS];
        double[] binConfidence = new double[ECE_BINS];
        for (Row b : bins) {
            int i = b.getInt(0);
            binCount[i] = b.getLong(1);
            binCorrect[i] = b.getLong(2);
            binConfidence[i] = b.getDouble(3);
        }
        return new ScoringSummary(rows, scoredRows, n, correct, logLoss, binCount, binCorrect, binConfidence);
    }

    private static StructField field(Dataset<Row> table, String name) {
        for (StructField f : table.schema().fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + Arrays.toString(table.columns()));
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
