/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.evaluation.ClassMetrics;
import io.github.activations.evaluation.ConfusionMatrix;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Aligned text tables, one block per experiment. */
final class Table {
    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> header, boolean... rightAligned) {
        this.header = header;
        this.rightAligned = rightAligned;
    }

    void add(List<String> row) {
        rows.add(row);
    }

    void print(PrintStream out, String indent) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = width(header.get(i));
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], width(r.get(i)));
            }
        }
        line(out, indent, header, width);
        for (List<String> r : rows) {
            line(out, indent, r, width);
        }
    }

    private void line(PrintStream out, String indent, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean right = i < rightAligned.length && rightAligned[i];
            String pad = " ".repeat(width[i] - width(c));
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(right ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
        }
        out.println(sb.toString().stripTrailing());
    }

    /**
     * The columns a terminal gives the text: East Asian wide and fullwidth characters (CJK
     * ideographs, kana, Hangul, fullwidth forms, most emoji) take two, combining marks and other
     * zero-width characters none, everything else one.
     */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                    || c == 0x200B) {
                continue;
            }
            w += wide(c) ? 2 : 1;
        }
        return w;
    }

    /** Unicode's East_Asian_Width W and F ranges, as terminals lay them out (wcwidth). */
    private static boolean wide(int c) {
        return c >= 0x1100 && (c <= 0x115F // Hangul Jamo initials
                || c == 0x2329 || c == 0x232A
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) // CJK radicals … Yi
                || (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
                || (c >= 0xFE10 && c <= 0xFE19) // vertical forms
                || (c >= 0xFE30 && c <= 0xFE6F) // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60) // fullwidth forms
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x1F300 && c <= 0x1F64F) // emoji
                || (c >= 0x1F900 && c <= 0x1F9FF)
                || (c >= 0x20000 && c <= 0x3FFFD)); // CJK extensions B and later
    }

    /**
     * The columns of a metrics table, which the table output and the HTML report share: data,
     * rows, activation, params, calibration, then every metric in the order evaluate first gave it;
     * the numbers right-aligned.
     */
    record MetricColumns(List<String> metrics, List<String> header, boolean[] rightAligned) {
        static MetricColumns of(List<EvaluationResult> evaluations) {
            List<String> metrics = new ArrayList<>();
            for (EvaluationResult r : evaluations) {
                for (String m : r.metrics().keySet()) {
                    if (!metrics.contains(m)) {
                        metrics.add(m);
                    }
                }
            }
            List<String> header = new ArrayList<>(List.of("data", "rows", "activation", "params", "calibration"));
            header.addAll(metrics);
            boolean[] right = new boolean[header.size()];
            java.util.Arrays.fill(right, true);
            right[0] = right[2] = right[3] = right[4] = false;
            return new MetricColumns(metrics, header, right);
        }
    }

    /** Prints one experiment: its results, checks, summaries and files. */
    static void print(ExperimentResult e, PrintStream out) {
        out.println("== " + e.name());
        int digits = e.digits();
        if (!e.cells().isEmpty()) {
            Table t = new Table(List.of("logits", "input", "activation", "params", "output"));
            int shown = Math.min(e.rows(), e.cells().size());
            for (Cell c : e.cells().subList(0, shown)) {
                t.add(List.of(c.logits(), Fmt.brief(c.input(), -1), c.activation(), Fmt.params(c.params()),
                        c.error() != null ? "error: " + c.error() : Fmt.brief(c.output(), digits)));
            }
            t.print(out, "  ");
            if (shown < e.cells().size()) {
                out.println("  ... " + (e.cells().size() - shown) + " more results (show rows: N, or --format csv"
                        + " or json, prints them)");
            }
        }
        if (!e.checks().isEmpty()) {
            if (!e.cells().isEmpty()) {
                out.println();
            }
            Table t = new Table(List.of("check", "tries", "seed", "result"), false, true, true, false);
            for (CheckResult c : e.checks()) {
                String result = c.passed() ? "passed"
                        : "FAILED on " + Fmt.value(c.counterexample(), -1) + (c.error() == null ? "" : ": " + c.error());
                t.add(List.of(c.name(), Long.toString(c.tries()), Long.toString(c.seed()), result));
            }
            t.print(out, "  ");
        }
        if (!e.summaries().isEmpty()) {
            out.println();
            Table t = new Table(List.of("activation", "params", "statistic", "count", "mean", "sd", "min", "median",
                    "max"), false, false, false, true, true, true, true, true, true);
            for (Summary s : e.summaries()) {
                t.add(List.of(s.activation(), Fmt.params(s.params()), s.statistic(), Long.toString(s.count()),
                        Fmt.number(s.mean(), digits), Fmt.number(s.sd(), digits), Fmt.number(s.min(), digits),
                        Fmt.number(s.median(), digits), Fmt.number(s.max(), digits)));
            }
            t.print(out, "  ");
        }
        printData(e, out, digits);
        for (String f : e.files()) {
            out.println("  wrote " + f);
        }
        if (isEmpty(e)) {
            out.println("  " + NOTHING_TO_SHOW);
        }
        out.println();
    }

    /** The hint under an experiment with no results (logits but no apply, or no words at all). */
    static final String NOTHING_TO_SHOW = "nothing to show: add e.g. apply softmax, evaluate accuracy"
            + " (with data), or plot sigmoid, file: 'curve.png'";

    static boolean isEmpty(ExperimentResult e) {
        return e.cells().isEmpty() && e.checks().isEmpty() && e.summaries().isEmpty() && e.evaluations().isEmpty()
                && e.calibrations().isEmpty() && e.plots().isEmpty() && e.files().isEmpty();
    }

    /** The metrics of evaluate (one row per data set and prediction), calibrations, confusion matrices and per-class tables. */
    private static void printData(ExperimentResult e, PrintStream out, int digits) {
        if (!e.evaluations().isEmpty()) {
            if (!e.cells().isEmpty() || !e.checks().isEmpty() || !e.summaries().isEmpty()) {
                out.println();
            }
            MetricColumns columns = MetricColumns.of(e.evaluations());
            List<String> metrics = columns.metrics();
            Table t = new Table(columns.header(), columns.rightAligned());
            int shown = Math.min(e.rows(), e.evaluations().size());
            for (EvaluationResult r : e.evaluations().subList(0, shown)) {
                List<String> row = new ArrayList<>(List.of(r.dataset(), Integer.toString(r.rows()), r.activation(),
                        Fmt.params(r.params()), r.calibration()));
                for (String m : metrics) {
                    Double v = r.metrics().get(m);
                    row.add(v == null ? "" : Fmt.number(v, digits));
                }
                t.add(row);
            }
            t.print(out, "  ");
            if (shown < e.evaluations().size()) {
                out.println("  ... " + (e.evaluations().size() - shown) + " more rows (show rows: N, or --format json)");
            }
        }
        if (!e.calibrations().isEmpty()) {
            out.println();
            Table t = new Table(List.of("calibrate", "fitted on", "parameters", "status", "data", "metric", "before",
                    "after"), false, false, false, false, false, false, true, true);
            for (CalibrationResult c : e.calibrations()) {
                StringBuilder params = new StringBuilder();
                c.parameters().forEach((k, v) -> params.append(params.length() == 0 ? "" : ", ").append(k).append(" = ")
                        .append(Fmt.number(v, -1)));
                boolean first = true;
                for (java.util.Map.Entry<String, Double> m : c.before().entrySet()) {
                    Double after = c.after().get(m.getKey());
                    t.add(List.of(first ? c.method() : "", first ? c.fittedOn() + " (" + c.fittedRows() + " rows)" : "",
                            first ? params.toString() : "", first ? c.status() : "", first ? c.dataset() : "",
                            m.getKey(), Fmt.number(m.getValue(), digits), after == null ? "" : Fmt.number(after, digits)));
                    first = false;
                }
            }
            t.print(out, "  ");
        }
        for (EvaluationResult r : e.evaluations()) {
            ConfusionMatrix cm = r.confusion();
            if (cm != null) {
                out.println();
                out.println("  confusion matrix of " + r.dataset() + (r.calibration().isEmpty() ? "" : ", "
                        + r.calibration()) + " (rows: true class, columns: predicted)");
                List<String> header = new ArrayList<>(List.of("true \\ predicted"));
                header.addAll(cm.classNames());
                boolean[] right = new boolean[header.size()];
                java.util.Arrays.fill(right, 1, right.length, true);
                Table t = new Table(header, right);
                for (int a = 0; a < cm.classes(); a++) {
                    List<String> row = new ArrayList<>(List.of(cm.classNames().get(a)));
                    for (int p = 0; p < cm.classes(); p++) {
                        row.add(Long.toString(cm.count(a, p)));
                    }
                    t.add(row);
                }
                t.print(out, "  ");
            }
            if (!r.perClass().isEmpty()) {
                out.println();
                Table t = new Table(List.of("class", "support", "predicted", "precision", "recall", "f1"), false, true,
                        true, true, true, true);
                for (ClassMetrics c : r.perClass()) {
                    t.add(List.of(c.name(), Long.toString(c.support()), Long.toString(c.predicted()),
                            Fmt.number(c.precision(), digits), Fmt.number(c.recall(), digits),
                            Fmt.number(c.f1(), digits)));
                }
                out.println("  per class, " + r.dataset() + (r.calibration().isEmpty() ? "" : ", " + r.calibration()));
                t.print(out, "  ");
            }
        }
    }
}
