/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes charts as PNG or SVG, headless, with axis numbers in {@code Locale.ROOT}. */
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

    /** A scalar function over [from, to]. */
    static void curve(ActivationFunction f, double from, double to, int points, String title, Path file, int width,
            int height) {
        XYSeries series = new XYSeries(f.word());
        for (int i = 0; i < points; i++) {
            double x = from + (to - from) * i / (points - 1);
            series.add(x, f.applyScalar(x));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "x", f.word() + "(x)",
                new XYSeriesCollection(series));
        chart.removeLegend();
        style(chart.getXYPlot());
        write(chart, file, width, height);
    }

    /**
     * The results of an experiment: for a temperature sweep of one vector, each class's probability
     * against temperature (log axis); otherwise one bar group per class, one bar per result.
     */
    static void results(String title, List<Cell> cells, Path file, int width, int height) {
        JFreeChart chart = isTemperatureSweep(cells) ? sweep(title, cells) : bars(title, cells);
        write(chart, file, width, height);
    }

    private static boolean isTemperatureSweep(List<Cell> cells) {
        long withTemperature = cells.stream().filter(c -> c.output() instanceof double[]
                && c.params().get("temperature") instanceof Double && (Double) c.params().get("temperature") > 0)
                .count();
        long names = cells.stream().map(Cell::logits).distinct().count();
        return withTemperature >= 2 && withTemperature == cells.size() && names == 1;
    }

    private static JFreeChart sweep(String title, List<Cell> cells) {
        XYSeriesCollection data = new XYSeriesCollection();
        int n = cells.get(0).input().length;
        for (int k = 0; k < n; k++) {
            XYSeries series = new XYSeries("p[" + k + "] (z = " + Values.plain(cells.get(0).input()[k]) + ")");
            for (Cell c : cells) {
                series.add((double) (Double) c.params().get("temperature"), ((double[]) c.output())[k]);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "temperature", "probability", data);
        XYPlot plot = chart.getXYPlot();
        LogAxis axis = new LogAxis("temperature");
        axis.setBase(10);
        axis.setSmallestValue(1e-6);
        plot.setDomainAxis(axis);
        ((XYLineAndShapeRenderer) plot.getRenderer()).setDefaultShapesVisible(true);
        style(plot);
        return chart;
    }

    private static JFreeChart bars(String title, List<Cell> cells) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int series = 0;
        for (Cell c : cells) {
            if (!(c.output() instanceof double[]) || series == MAX_BAR_SERIES) {
                continue;
            }
            series++;
            String label = c.logits() + " " + c.activation() + params(c.params());
            double[] out = (double[]) c.output();
            for (int k = 0; k < out.length; k++) {
                data.addValue(out[k], label, "class " + k);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, "class", "output", data);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        rootFormat(plot.getRangeAxis());
        return chart;
    }

    private static String params(Map<String, Object> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(' ').append(k).append('=')
                .append(v instanceof Double ? Values.plain((Double) v) : String.valueOf(v)));
        return sb.toString();
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        rootFormat(plot.getDomainAxis());
        rootFormat(plot.getRangeAxis());
    }

    private static void rootFormat(ValueAxis axis) {
        DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        if (axis instanceof NumberAxis) {
            ((NumberAxis) axis).setNumberFormatOverride(format);
        } else if (axis instanceof LogAxis) {
            ((LogAxis) axis).setNumberFormatOverride(format);
        }
    }

    private static void write(JFreeChart chart, Path file, int width, int height) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                SVGGraphics2D g2 = new SVGGraphics2D(width, height);
                chart.draw(g2, new Rectangle(0, 0, width, height));
                SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
            } else {
                ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot " + file + ": " + e.getMessage(), e);
        }
    }
}
