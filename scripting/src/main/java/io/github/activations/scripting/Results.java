/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The runner's output formats, for Java, Kotlin, JShell and Groovy users: the aligned table of
 * {@code activations run}, the {@code --format json} document and the CSV files. An
 * {@link ExperimentResult} prints itself as its table ({@code toString}), and has
 * {@link ExperimentResult#table()} and {@link ExperimentResult#json()}.
 *
 * <p>Tables round numbers to six significant digits (or the experiment's {@code show digits:}) and
 * elide long vectors and many rows; JSON and CSV keep every number at full precision
 * ({@link Double#toString}: the shortest decimal that reads back as the same double), NaN and ±∞
 * as {@code NaN}, {@code Infinity}, {@code -Infinity} (strings in JSON).
 */
public final class Results {
    private Results() {
    }

    /**
     * Returns the experiment's table, as {@code activations run} prints it.
     *
     * @param result the experiment
     * @return the table, lines ending in {@code \n}
     */
    public static String table(ExperimentResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Table.print(Objects.requireNonNull(result, "result"), out);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    /**
     * Prints the experiment's table.
     *
     * @param result the experiment
     * @param out where to print it
     */
    public static void table(ExperimentResult result, PrintStream out) {
        Table.print(Objects.requireNonNull(result, "result"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Returns the JSON document of a run: {@code {"experiments": [...]}}.
     *
     * @param results the experiments that ran, in order
     * @return the document, one line
     */
    public static String json(List<ExperimentResult> results) {
        return JsonDocument.of(results, List.of());
    }

    /**
     * Returns the JSON document of a run that failed: the experiments that ran before the failure,
     * then {@code "error": {"file", "line", "reason"}} (the first problem) and {@code "problems"}
     * (all of them).
     *
     * @param results the experiments that ran, in order
     * @param failure why the run stopped, or {@code null} if it did not
     * @return the document, one line
     */
    public static String json(List<ExperimentResult> results, @Nullable ScriptFailure failure) {
        return JsonDocument.of(results, failure == null ? List.of() : failure.problems());
    }

    /**
     * Returns the JSON document of a run with problems (a failure, or failed checks): the experiments,
     * then {@code "error"} (the first problem) and {@code "problems"} (all of them); without problems,
     * the plain document.
     *
     * @param results the experiments that ran, in order
     * @param problems what went wrong, in order; empty for none
     * @return the document, one line
     */
    public static String json(List<ExperimentResult> results, List<ScriptFailure.Problem> problems) {
        return JsonDocument.of(results, problems);
    }

    /**
     * Returns one experiment as the JSON object the run's document holds for it.
     *
     * @param result the experiment
     * @return the object, one line
     */
    public static String json(ExperimentResult result) {
        return JsonDocument.experiment(Objects.requireNonNull(result, "result"));
    }

    /**
     * Writes the results of {@code apply} as CSV, one row per output element, at full precision:
     * {@code experiment,logits,activation,params,index,input,output,error}. For an element-wise
     * output (as long as its input: softmax, sigmoid, …) {@code input} is the logit at that index;
     * for other outputs (a number, an index, top-k indices) it is empty, and the logits are in the
     * JSON document. A failed cell is one row with its {@code error}.
     *
     * @param result the experiment
     * @param header whether to write the header line first
     * @param out where to write
     * @throws UncheckedIOException if {@code out} throws
     */
    public static void csv(ExperimentResult result, boolean header, Appendable out) {
        io(() -> Csv.print(result, header, out));
    }

    /**
     * Writes the checks as CSV: {@code experiment,check,tries,seed,passed,counterexample,error}, the
     * counterexample's numbers at full precision.
     *
     * @param result the experiment
     * @param out where to write
     * @throws UncheckedIOException if {@code out} throws
     */
    public static void checksCsv(ExperimentResult result, Appendable out) {
        io(() -> Csv.checks(result, out));
    }

    /**
     * Writes the summaries as CSV: {@code experiment,activation,params,statistic,count,mean,sd,min,median,max}.
     *
     * @param result the experiment
     * @param out where to write
     * @throws UncheckedIOException if {@code out} throws
     */
    public static void summariesCsv(ExperimentResult result, Appendable out) {
        io(() -> Csv.summaries(result, out));
    }

    /**
     * Writes the metrics as CSV, one row per value:
     * {@code experiment,dataset,rows,activation,params,calibration,metric,value}.
     *
     * @param result the experiment
     * @param out where to write
     * @throws UncheckedIOException if {@code out} throws
     */
    public static void metricsCsv(ExperimentResult result, Appendable out) {
        io(() -> Csv.metrics(result, out));
    }

    /**
     * Writes the calibrations as CSV, one row per metric before and after:
     * {@code experiment,method,fitted_on,fitted_rows,parameters,status,dataset,metric,before,after}.
     *
     * @param result the experiment
     * @param out where to write
     * @throws UncheckedIOException if {@code out} throws
     */
    public static void calibrationsCsv(ExperimentResult result, Appendable out) {
        io(() -> Csv.calibrations(result, out));
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io body) {
        try {
            body.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
