/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import java.awt.Graphics2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * Grouped bars: one group per category (a class, say), one bar per named series in each group, with
 * a legend (right of the plot) when there are two or more series.
 *
 * <p>CSV columns: {@code series, category, value}, one row per bar, series by series.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>a value NaN or ±∞</td><td>no bar drawn; in the CSV</td></tr>
 *   <tr><td>no categories or no series</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@code values.length != series.size()} or a row's length
 *       {@code != categories.size()}</td><td>{@code IllegalArgumentException} naming the row</td></tr>
 *   <tr><td>two categories or two series with the same name, or an empty series name</td>
 *       <td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>empty title or label</td><td>allowed: not drawn</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>For drawing and writing, see {@link Chart}.
 */
public final class BarChart extends Chart {
    private final String xLabel;
    private final String yLabel;
    private final List<String> categories;
    private final List<String> series;
    private final double[][] values;

    private BarChart(String title, String xLabel, String yLabel, List<String> categories, List<String> series,
            double[][] values) {
        super(title);
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.categories = categories;
        this.series = series;
        this.values = values;
    }

    /**
     * Returns a chart of {@code values[s][c]} as the bar of series {@code s} in category {@code c}.
     *
     * @param title the title (empty for none)
     * @param xLabel the label under the categories
     * @param yLabel the value axis label
     * @param categories the groups' names, at least one, distinct
     * @param series the series' names, at least one, distinct and not empty
     * @param values one row per series, one value per category (copied)
     * @return the chart
     */
    public static BarChart of(String title, String xLabel, String yLabel, List<String> categories,
            List<String> series, double[][] values) {
        Args.label(title, "title");
        List<String> cats = distinct(categories, "category");
        List<String> names = distinct(series, "series");
        for (String name : names) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("series name is empty");
            }
        }
        Objects.requireNonNull(values, "values");
        Args.sameLength(names.size(), "series (size)", values.length, "values");
        double[][] copy = new double[values.length][];
        for (int s = 0; s < values.length; s++) {
            copy[s] = Args.copy(values[s], "values[" + s + "]");
            Args.sameLength(cats.size(), "categories (size)", copy[s].length, "values[" + s + "]");
        }
        return new BarChart(title, Args.label(xLabel, "xLabel"), Args.label(yLabel, "yLabel"), cats, names, copy);
    }

    private static List<String> distinct(List<String> names, String what) {
        List<String> copy = List.copyOf(Objects.requireNonNull(names, what));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no " + what + " names");
        }
        Set<String> seen = new HashSet<>();
        for (String n : copy) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException(what + " name '" + n + "' appears twice");
            }
        }
        return copy;
    }

    @Override
    void paint(Graphics2D g, int width, int height) {
        CategoryChart c = new CategoryChart(width, height);
        CategoryStyler s = c.getStyler();
        Render.style(s, Render.scale(width, height));
        s.setLegendVisible(series.size() > 1);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setPlotGridVerticalLinesVisible(false);
        s.setAvailableSpaceFill(0.8);
        c.setTitle(title());
        c.setXAxisTitle(xLabel);
        c.setYAxisTitle(yLabel);
        for (int i = 0; i < series.size(); i++) {
            List<Double> ys = new ArrayList<>();
            for (double v : values[i]) {
                ys.add(Double.isFinite(v) ? v : null);
            }
            CategorySeries cs = c.addSeries(series.get(i), categories, ys);
            cs.setFillColor(Render.PALETTE[i % Render.PALETTE.length]);
        }
        c.paint(g, width, height);
    }

    @Override
    List<String> svgLabels() {
        List<String> labels = new ArrayList<>(List.of(xLabel, yLabel));
        labels.addAll(series);
        return labels;
    }

    @Override
    List<String> csvHeader() {
        return List.of("series", "category", "value");
    }

    @Override
    void csvRows(CSVPrinter out) throws IOException {
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                out.printRecord(series.get(s), categories.get(c), number(values[s][c]));
            }
        }
    }
}
