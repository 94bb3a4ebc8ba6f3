/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.scripting.Cell;
import io.github.activations.scripting.CheckResult;
import io.github.activations.scripting.ExperimentResult;
import io.github.activations.scripting.Summary;
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
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
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
            String pad = " ".repeat(width[i] - c.length());
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(right ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
        }
        out.println(sb.toString().stripTrailing());
    }

    /** Prints one experiment: its results, checks, summaries and files. */
    static void print(ExperimentResult e, PrintStream out) {
        out.println("== " + e.name());
        int digits = e.digits();
        if (!e.cells().isEmpty()) {
            Table t = new Table(List.of("logits", "input", "activation", "params", "output"));
            int shown = Math.min(e.rows(), e.cells().size());
            for (Cell c : e.cells().subList(0, shown)) {
                t.add(List.of(c.logits(), Fmt.value(c.input(), -1), c.activation(), Fmt.params(c.params()),
                        c.error() != null ? "error: " + c.error() : Fmt.value(c.output(), digits)));
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
        for (String f : e.files()) {
            out.println("  wrote " + f);
        }
        out.println();
    }
}
