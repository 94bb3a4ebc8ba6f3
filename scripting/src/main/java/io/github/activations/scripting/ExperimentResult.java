/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything one experiment produced.
 *
 * @param name the experiment's name
 * @param cells the results of {@code apply}, logits by logits, in script order
 * @param checks the results of {@code check}
 * @param summaries the results of {@code summarize}
 * @param files the plot files written, as paths
 * @param digits decimals for printed numbers ({@code show digits: 3}); -1 for the default
 * @param rows how many result rows a table prints before eliding the rest
 * @param evaluations the metrics of {@code evaluate} (and of {@code calibrate}) on the data sets
 * @param calibrations the results of {@code calibrate}
 * @param plots the plots drawn, in the order of their images in {@code files}
 */
public record ExperimentResult(String name, List<Cell> cells, List<CheckResult> checks, List<Summary> summaries,
        List<String> files, int digits, int rows, List<EvaluationResult> evaluations,
        List<CalibrationResult> calibrations, List<PlotResult> plots) {

    /**
     * Creates the result of an experiment without plots.
     *
     * @param name the experiment's name
     * @param cells the results of {@code apply}
     * @param checks the results of {@code check}
     * @param summaries the results of {@code summarize}
     * @param files the plot files written
     * @param digits decimals for printed numbers; -1 for the default
     * @param rows how many result rows a table prints before eliding the rest
     * @param evaluations the metrics of {@code evaluate} on the data sets
     * @param calibrations the results of {@code calibrate}
     */
    public ExperimentResult(String name, List<Cell> cells, List<CheckResult> checks, List<Summary> summaries,
            List<String> files, int digits, int rows, List<EvaluationResult> evaluations,
            List<CalibrationResult> calibrations) {
        this(name, cells, checks, summaries, files, digits, rows, evaluations, calibrations, List.of());
    }

    /**
     * Creates the result of an experiment without data.
     *
     * @param name the experiment's name
     * @param cells the results of {@code apply}
     * @param checks the results of {@code check}
     * @param summaries the results of {@code summarize}
     * @param files the plot files written
     * @param digits decimals for printed numbers; -1 for the default
     * @param rows how many result rows a table prints before eliding the rest
     */
    public ExperimentResult(String name, List<Cell> cells, List<CheckResult> checks, List<Summary> summaries,
            List<String> files, int digits, int rows) {
        this(name, cells, checks, summaries, files, digits, rows, List.of(), List.of());
    }

    /**
     * Returns the cell of one function on one named logits vector: {@code cell("z2", DIVIDE_BY_SUM)}.
     * In a sweep that is the cell of the first parameter value; {@link #cells(ActivationFunction)} gives all.
     *
     * @param logits the name of the logits, e.g. {@code z2}
     * @param function the function applied
     * @return the first matching cell
     * @throws java.util.NoSuchElementException if the experiment has no such cell
     */
    public Cell cell(String logits, ActivationFunction function) {
        for (Cell c : cells) {
            if (c.logits().equals(logits) && c.activation().equals(function.word())) {
                return c;
            }
        }
        throw new java.util.NoSuchElementException("experiment '" + name + "' has no cell " + function.word()
                + " of " + logits + "; it has " + cells.stream().map(c -> c.activation() + " of " + c.logits())
                .distinct().collect(Collectors.joining(", ")));
    }

    /**
     * Returns the cells of one function, in order: for a sweep, one per parameter value and logits vector.
     *
     * @param function the function applied
     * @return the matching cells, possibly empty
     */
    public List<Cell> cells(ActivationFunction function) {
        return cells.stream().filter(c -> c.activation().equals(function.word()))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns this experiment's table, as {@code activations run} prints it: numbers to six
     * significant digits (or {@code show digits:}), long vectors and many rows elided.
     *
     * @return the table
     * @see Results
     */
    public String table() {
        return Results.table(this);
    }

    /**
     * Returns this experiment as JSON, every number at full precision (NaN and ±∞ as strings).
     *
     * @return one JSON object, one line
     * @see Results#json(List)
     */
    public String json() {
        return Results.json(this);
    }

    /**
     * Returns {@link #table()}, so that JShell, groovysh and {@code println} show the table.
     *
     * @return the table
     */
    @Override
    public String toString() {
        return table();
    }
}
