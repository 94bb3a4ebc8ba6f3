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
 * A metric against a swept parameter (NLL or ECE against temperature, say): one or more named series
 * of measured points, drawn as lines with a marker at each point, on a linear or base-10 log x axis,
 * with a legend (right of the plot) when there are two or more series.
 *
 * <p>CSV columns: {@code series, x, y}, one row per point, series in the order given.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>a point whose x or y is NaN or ±∞</td><td>not drawn (the line breaks there); in the CSV</td></tr>
 *   <tr><td>no finite point at all</td><td>drawn as empty linear axes under the title; CSV as given</td></tr>
 *   <tr><td>{@code logX} and a point with x ≤ 0 (or −∞)</td><td>{@code IllegalArgumentException} naming
 *       the series and index</td></tr>
 *   <tr><td>no series</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>two series with the same name</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>empty title or label</td><td>allowed: not drawn</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>For drawing and writing, see {@link Chart}.
 */
public final class SweepChart extends Chart {
    private final Lines lines;

    private SweepChart(Lines lines) {
        super(lines.title);
        this.lines = lines;
    }

    /**
     * Returns a chart of {@code metric} against {@code parameter}.
     *
     * @param title the title (empty for none)
     * @param parameter the x axis label, e.g. {@code "temperature"}
     * @param metric the y axis label, e.g. {@code "NLL"}
     * @param logX whether the x axis is logarithmic (base 10)
     * @param series the series, at least one, with distinct names
     * @return the chart
     */
    public static SweepChart of(String title, String parameter, String metric, boolean logX, List<Series> series) {
        return new SweepChart(new Lines(title, parameter, metric, logX, true, series));
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
