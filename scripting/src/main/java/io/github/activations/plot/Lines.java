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
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/** Named (x, y) lines on one plot: the body of {@link SweepChart} and {@link CurveChart}. */
final class Lines {
    final String title;
    final String xLabel;
    final String yLabel;
    final boolean logX;
    final boolean markers;
    final List<Series> series;

    Lines(String title, String xLabel, String yLabel, boolean logX, boolean markers, List<Series> series) {
        this.title = Args.label(title, "title");
        this.xLabel = Args.label(xLabel, "xLabel");
        this.yLabel = Args.label(yLabel, "yLabel");
        this.logX = logX;
        this.markers = markers;
        this.series = Args.series(series, logX);
    }

    void paint(Graphics2D g, int width, int height) {
        float k = Render.scale(width, height);
        XYChart c = Render.xyChart(width, height, k, title, xLabel, yLabel);
        XYStyler s = c.getStyler();
        s.setLegendVisible(series.size() > 1);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        boolean any = false;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        Set<String> used = new HashSet<>();
        series.forEach(line -> used.add(line.name()));
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            Render.addLine(c, line, Render.PALETTE[i % Render.PALETTE.length], markers, 2 * k, used);
            for (int j = 0; j < line.size(); j++) {
                if (Double.isFinite(line.xAt(j)) && Double.isFinite(line.yAt(j))) {
                    any = true;
                    min = Math.min(min, line.xAt(j));
                    max = Math.max(max, line.xAt(j));
                }
            }
        }
        if (!any) {
            // nothing finite to draw: empty linear axes (XChart's default range) under the title
            s.setLegendVisible(false);
        } else if (logX) {
            Render.logX(s, min, max);
        }
        c.paint(g, width, height);
    }

    List<String> labels() {
        List<String> labels = new ArrayList<>(List.of(xLabel, yLabel));
        series.forEach(s -> labels.add(s.name()));
        return labels;
    }

    static List<String> csvHeader() {
        return List.of("series", "x", "y");
    }

    void csvRows(CSVPrinter out) throws IOException {
        for (Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                out.printRecord(s.name(), Chart.number(s.xAt(i)), Chart.number(s.yAt(i)));
            }
        }
    }
}
