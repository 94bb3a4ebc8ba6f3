/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.evaluation.ClassMetrics;
import io.github.activations.evaluation.ConfusionMatrix;
import io.github.activations.scripting.CalibrationResult;
import io.github.activations.scripting.Cell;
import io.github.activations.scripting.EvaluationResult;
import io.github.activations.scripting.ExperimentResult;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;

/**
 * RFC 4180 CSV of results (Commons CSV): one row per result, CRLF line ends, vectors as
 * {@code "[0.249, 0.664, 0.087]"}, fields quoted where the format needs it.
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

    /** Appends the experiment's rows to {@code out}, after the header line if {@code header}. */
    static void print(ExperimentResult e, boolean header, Appendable out) throws IOException {
        if (header) {
            FORMAT.printRecord(out, "experiment", "logits", "input", "activation", "params", "output", "error");
        }
        for (Cell c : e.cells()) {
            FORMAT.printRecord(out, e.name(), c.logits(), Fmt.input(c.input()), c.activation(), Fmt.params(c.params()),
                    c.output() == null ? "" : Fmt.value(c.output(), e.digits()), c.error() == null ? "" : c.error());
        }
    }
}
