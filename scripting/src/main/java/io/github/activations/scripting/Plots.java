/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.plot.BarChart;
import io.github.activations.plot.Chart;
import io.github.activations.plot.CurveChart;
import io.github.activations.plot.Series;
import io.github.activations.plot.SweepChart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The DSL's plots, drawn by {@link io.github.activations.plot} as PNG or SVG, headless. */
final class Plots {
    private static final int MAX_BAR_SERIES = 12;

    private Plots() {
    }

    static void requireFormat(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (!f.endsWith(".png") && !f.endsWith(".svg")) {
            throw new DslException("plot file must end in .png or .svg: " + file);
        }
    }

    /** Scalar functions over [from, to], one curve each, in one chart. */
    static Chart curves(List<ActivationFunction> functions, double from, double to, int points, String title) {
        List<Series> series = new ArrayList<>();
        for (ActivationFunction f : functions) {
            double[] x = new double[points];
            double[] y = new double[points];
            for (int i = 0; i < points; i++) {
                x[i] = from + (to - from) * i / (points - 1);
                y[i] = f.applyScalar(x[i]);
            }
            series.add(Series.of(f.word(), x, y));
        }
        String yLabel = functions.size() == 1 ? functions.get(0).word() + "(x)" : "f(x)";
        return CurveChart.of(title, "x", yLabel, series);
    }

    /**
     * The results of an experiment: for a temperature sweep of one vector, each class's probability
     * against temperature (log axis); otherwise one bar group per class, one bar per result.
     */
    static Chart results(String title, List<Cell> cells) {
        return isTemperatureSweep(cells) ? sweep(title, cells) : bars(title, cells);
    }

    private static boolean isTemperatureSweep(List<Cell> cells) {
        long withTemperature = cells.stream().filter(c -> c.output() instanceof double[]
                && c.params().get("temperature") instanceof Double && (Double) c.params().get("temperature") > 0)
                .count();
        long names = cells.stream().map(Cell::logits).distinct().count();
        return withTemperature >= 2 && withTemperature == cells.size() && names == 1;
    }

    private static Chart sweep(String title, List<Cell> cells) {
        int n = cells.get(0).input().length;
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] t = new double[cells.size()];
            double[] p = new double[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                t[i] = (Double) cells.get(i).params().get("temperature");
                p[i] = ((double[]) cells.get(i).output())[k];
            }
            series.add(Series.of("p[" + k + "] (z = " + Values.plain(cells.get(0).input()[k]) + ")", t, p));
        }
        return SweepChart.of(title, "temperature", "probability", true, series);
    }

    private static Chart bars(String title, List<Cell> cells) {
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int classes = 0;
        for (Cell c : cells) {
            if (!(c.output() instanceof double[]) || rows.size() == MAX_BAR_SERIES) {
                continue;
            }
            String label = c.logits() + " " + c.activation() + params(c.params());
            for (int copy = 2; !seen.add(label); copy++) {
                label = c.logits() + " " + c.activation() + params(c.params()) + " (" + copy + ")";
            }
            names.add(label);
            double[] out = (double[]) c.output();
            rows.add(out);
            classes = Math.max(classes, out.length);
        }
        List<String> categories = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            categories.add("class " + k);
        }
        double[][] values = new double[rows.size()][classes];
        for (int s = 0; s < rows.size(); s++) {
            java.util.Arrays.fill(values[s], Double.NaN);
            System.arraycopy(rows.get(s), 0, values[s], 0, rows.get(s).length);
        }
        return BarChart.of(title, "class", "output", categories, names, values);
    }

    private static String params(Map<String, Object> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(' ').append(k).append('=')
                .append(v instanceof Double ? Values.plain((Double) v) : String.valueOf(v)));
        return sb.toString();
    }
}
