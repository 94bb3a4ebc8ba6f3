/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.scripting.Cell;
import io.github.activations.scripting.CheckResult;
import io.github.activations.scripting.ExperimentResult;
import io.github.activations.scripting.Summary;
import java.util.List;
import java.util.Map;

/**
 * The {@code --format json} document: {@code {"experiments":[{"name", "results", "checks",
 * "summaries", "files"}]}}. Numbers keep full precision ({@code show digits} is for tables); NaN
 * and ±∞, which JSON lacks, are the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
final class Json {
    private final StringBuilder sb = new StringBuilder();

    private Json() {
    }

    static String of(List<ExperimentResult> experiments) {
        Json j = new Json();
        j.sb.append("{\"experiments\":[");
        for (int i = 0; i < experiments.size(); i++) {
            if (i > 0) {
                j.sb.append(',');
            }
            j.experiment(experiments.get(i));
        }
        j.sb.append("]}");
        return j.sb.toString();
    }

    private void experiment(ExperimentResult e) {
        sb.append("{\"name\":");
        string(e.name());
        sb.append(",\"results\":[");
        for (int i = 0; i < e.cells().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            cell(e.cells().get(i));
        }
        sb.append("],\"checks\":[");
        for (int i = 0; i < e.checks().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            check(e.checks().get(i));
        }
        sb.append("],\"summaries\":[");
        for (int i = 0; i < e.summaries().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            summary(e.summaries().get(i));
        }
        sb.append("],\"files\":");
        value(e.files());
        sb.append('}');
    }

    private void cell(Cell c) {
        sb.append("{\"logits\":");
        string(c.logits());
        sb.append(",\"input\":");
        value(c.input());
        sb.append(",\"activation\":");
        string(c.activation());
        sb.append(",\"params\":");
        value(c.params());
        if (c.error() != null) {
            sb.append(",\"error\":");
            string(c.error());
        } else {
            sb.append(",\"output\":");
            value(c.output());
        }
        sb.append('}');
    }

    private void check(CheckResult c) {
        sb.append("{\"name\":");
        string(c.name());
        sb.append(",\"tries\":").append(c.tries());
        sb.append(",\"passed\":").append(c.passed());
        sb.append(",\"seed\":").append(c.seed());
        sb.append(",\"counterexample\":");
        value(c.counterexample());
        if (c.error() != null) {
            sb.append(",\"error\":");
            string(c.error());
        }
        sb.append('}');
    }

    private void summary(Summary s) {
        sb.append("{\"activation\":");
        string(s.activation());
        sb.append(",\"params\":");
        value(s.params());
        sb.append(",\"statistic\":");
        string(s.statistic());
        sb.append(",\"count\":").append(s.count());
        sb.append(",\"mean\":");
        number(s.mean());
        sb.append(",\"sd\":");
        number(s.sd());
        sb.append(",\"min\":");
        number(s.min());
        sb.append(",\"median\":");
        number(s.median());
        sb.append(",\"max\":");
        number(s.max());
        sb.append('}');
    }

    private void value(Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof double[]) {
            double[] a = (double[]) v;
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                number(a[i]);
            }
            sb.append(']');
        } else if (v instanceof int[]) {
            int[] a = (int[]) v;
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? "," : "").append(a[i]);
            }
            sb.append(']');
        } else if (v instanceof boolean[]) {
            boolean[] a = (boolean[]) v;
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? "," : "").append(a[i]);
            }
            sb.append(']');
        } else if (v instanceof Double || v instanceof Float) {
            number(((Number) v).doubleValue());
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                string(String.valueOf(e.getKey()));
                sb.append(':');
                value(e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List) {
            sb.append('[');
            boolean first = true;
            for (Object o : (List<?>) v) {
                sb.append(first ? "" : ",");
                first = false;
                value(o);
            }
            sb.append(']');
        } else {
            string(String.valueOf(v));
        }
    }

    private void number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            string(Double.toString(x));
        } else {
            sb.append(Double.toString(x));
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
