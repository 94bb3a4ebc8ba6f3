/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import java.awt.Graphics2D;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Several curves on one plot (sigmoid and logSigmoid on [−10, 10], say): named series drawn as
 * lines without markers on linear axes, with a legend (right of the plot) when there are two or
 * more.
 *
 * <p>CSV columns: {@code series, x, y}, one row per point, series in the order given.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>a point whose x or y is NaN or ±∞ (logit outside (0, 1))</td><td>not drawn (the line
 *       breaks there); in the CSV</td></tr>
 *   <tr><td>a finite point between two dropped ones</td><td>drawn as a marker</td></tr>
 *   <tr><td>no finite point at all</td><td>drawn as empty axes under the title; CSV as given</td></tr>
 *   <tr><td>no series</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>two series with the same name</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>empty title or label</td><td>allowed: not drawn</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>For drawing and writing, see {@link Chart}.
 */
public final class CurveChart extends Chart {
    private final Lines lines;

    private CurveChart(Lines lines) {
        super(lines.title);
        this.lines = lines;
    }

    /**
     * Returns a chart of the curves.
     *
     * @param title the title (empty for none)
     * @param xLabel the x axis label
     * @param yLabel the y axis label
     * @param series the curves, at least one, with distinct names
     * @return the chart
     */
    public static CurveChart of(String title, String xLabel, String yLabel, List<Series> series) {
        return new CurveChart(new Lines(title, xLabel, yLabel, false, false, series));
    }

    /**
     * Returns the series as given.
     *
     * @return the series
     */
    public List<Series> series() {
        return lines.series;
    }

    @Override
    void paint(Graphics2D g, int width, int height) {
        lines.paint(g, width, height);
    }

    @Override
    List<String> svgLabels() {
        return lines.labels();
    }

    @Override
    List<String> csvHeader() {
        return Lines.csvHeader();
    }

    @Override
    void csvRows(CSVPrinter out) throws IOException {
        lines.csvRows(out);
    }
}
