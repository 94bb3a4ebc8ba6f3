/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.evaluation.ClassMetrics;
import io.github.activations.evaluation.ConfusionMatrix;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;

/**
 * RFC 4180 CSV (Commons CSV) of results, checks, summaries, metrics and calibrations: CRLF line
 * ends, fields quoted where the format needs it, every number at full precision (the shortest
 * decimal that reads back as the same double).
 */
final class Csv {
    /*
     * CSVFormat.printRecord rather than a CSVPrinter: CSVPrinter's constructor carries SpotBugs
     * annotations whose (LGPL) class javac cannot find, and that warning fails our -Werror build.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private Csv() {
    }

    /**
     * Writes the experiment's metrics, one row per metric value, full precision: {@code evaluate}'s
     * numbers, then per-class figures ({@code precision[seal]}, …) and confusion counts
     * ({@code confusion[seal,duck]}: true seal, predicted duck).
     */
    static void metrics(ExperimentResult e, Appendable out) throws IOException {
        FORMAT.printRecord(out, "experiment", "dataset", "rows", "activation", "params", "calibration", "metric",
                "value");
        for (EvaluationResult r : e.evaluations()) {
            Object[] head = {e.name(), r.dataset(), r.rows(), r.activation(), Fmt.params(r.params()), r.calibration()};
            for (java.util.Map.Entry<String, Double> m : r.metrics().entrySet()) {
                record(out, head, m.getKey(), Double.toString(m.getValue()));
            }
            for (ClassMetrics c : r.perClass()) {
                record(out, head, "support[" + c.name() + "]", Long.toString(c.support()));
                record(out, head, "precision[" + c.name() + "]", Double.toString(c.precision()));
                record(out, head, "recall[" + c.name() + "]", Double.toString(c.recall()));
                record(out, head, "f1[" + c.name() + "]", Double.toString(c.f1()));
            }
            ConfusionMatrix cm = r.confusion();
            if (cm != null) {
                for (int a = 0; a < cm.classes(); a++) {
                    for (int p = 0; p < cm.classes(); p++) {
                        record(out, head, "confusion[" + cm.classNames().get(a) + "," + cm.classNames().get(p) + "]",
                                Long.toString(cm.count(a, p)));
                    }
                }
            }
        }
    }

    private static void record(Appendable out, Object[] head, String metric, String value) throws IOException {
        Object[] row = java.util.Arrays.copyOf(head, head.length + 2);
        row[head.length] = metric;
        row[head.length + 1] = value;
        FORMAT.printRecord(out, row);
    }

    /** Writes the experiment's calibrations, one row per metric, before and after, full precision. */
    static void calibrations(ExperimentResult e, Appendable out) throws IOException {
        FORMAT.printRecord(out, "experiment", "method", "fitted_on", "fitted_rows", "parameters", "status", "dataset",
                "metric", "before", "after");
        for (CalibrationResult c : e.calibrations()) {
            StringBuilder params = new StringBuilder();
            c.parameters().forEach((k, v) -> params.append(params.length() == 0 ? "" : " ").append(k).append('=')
                    .append(v));
            for (java.util.Map.Entry<String, Double> m : c.before().entrySet()) {
                Double after = c.after().get(m.getKey());
                FORMAT.printRecord(out, e.name(), c.method(), c.fittedOn(), c.fittedRows(), params, c.status(),
                        c.dataset(), m.getKey(), Double.toString(m.getValue()), after == null ? "" : after.toString());
            }
        }
    }

    /**
     * Appends the experiment's results to {@code out}, after the header line if {@code header}: one
     * row per output element, full precision; {@code input} is the logit at that index when the output
     * is element-wise (as long as the input), empty otherwise; a failed cell is one row with its error.
     */
    static void print(ExperimentResult e, boolean header, Appendable out) throws IOException {
        if (header) {
            FORMAT.printRecord(out, "experiment", "logits", "activation", "params", "index", "input", "output",
                    "error");
        }
        for (Cell c : e.cells()) {
            String params = Fmt.params(c.params());
            Object v = c.output();
            if (v == null) {
                FORMAT.printRecord(out, e.name(), c.logits(), c.activation(), params, "", "", "",
                        c.error() == null ? "" : c.error());
                continue;
            }
            int n = v instanceof double[] ? ((double[]) v).length : v instanceof int[] ? ((int[]) v).length : -1;
            if (n < 0) { // one number or one index
                FORMAT.printRecord(out, e.name(), c.logits(), c.activation(), params, "", "", Fmt.full(v), "");
                continue;
            }
            boolean elementwise = n == c.input().length;
            for (int i = 0; i < n; i++) {
                String value = v instanceof double[] ? Values.plain(((double[]) v)[i]) : Integer.toString(((int[]) v)[i]);
                FORMAT.printRecord(out, e.name(), c.logits(), c.activation(), params, i,
                        elementwise ? Values.plain(c.input()[i]) : "", value, "");
            }
        }
    }

    /** Writes the experiment's checks: one row per check, the counterexample at full precision. */
    static void checks(ExperimentResult e, Appendable out) throws IOException {
        FORMAT.printRecord(out, "experiment", "check", "tries", "seed", "passed", "counterexample", "error");
        for (CheckResult c : e.checks()) {
            FORMAT.printRecord(out, e.name(), c.name(), c.tries(), c.seed(), c.passed(),
                    c.counterexample() == null ? "" : Fmt.full(c.counterexample()), c.error() == null ? "" : c.error());
        }
    }

    /** Writes the experiment's summaries: one row per function, parameters and statistic, full precision. */
    static void summaries(ExperimentResult e, Appendable out) throws IOException {
        FORMAT.printRecord(out, "experiment", "activation", "params", "statistic", "count", "mean", "sd", "min",
                "median", "max");
        for (Summary s : e.summaries()) {
            FORMAT.printRecord(out, e.name(), s.activation(), Fmt.params(s.params()), s.statistic(), s.count(),
                    Values.plain(s.mean()), Values.plain(s.sd()), Values.plain(s.min()), Values.plain(s.median()),
                    Values.plain(s.max()));
        }
    }
}
