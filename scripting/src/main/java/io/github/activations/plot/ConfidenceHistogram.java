/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * A histogram of confidences: one bar per bin (its count, or its fraction of all predictions with
 * {@link #fractions()}), with vertical lines at the mean confidence (dashed) and at the accuracy
 * (solid); for an overconfident model the dashed line lies right of the solid one.
 *
 * <p>CSV columns: {@code lower, upper, count, fraction, mean_confidence, accuracy}, one row per bin;
 * {@code fraction} is {@code count / total} (NaN when every bin is empty) and the last two columns
 * repeat the one value each.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>mean confidence or accuracy NaN</td><td>that line is not drawn; NaN in the CSV</td></tr>
 *   <tr><td>mean confidence or accuracy outside [0, 1]</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>every bin empty</td><td>empty axes with the lines; fractions NaN in the CSV</td></tr>
 *   <tr><td>a negative count</td><td>{@code IllegalArgumentException} naming the index</td></tr>
 *   <tr><td>an edge outside [0, 1], NaN, {@code lower[i] >= upper[i]}, or bins out of order or
 *       overlapping (by more than 1e-9)</td><td>{@code IllegalArgumentException} naming the bin</td></tr>
 *   <tr><td>no bins, or arrays of different lengths</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>For drawing and writing, see {@link Chart}.
 */
public final class ConfidenceHistogram extends Chart {
    private static final Color BAR = new Color(0x0072B2);
    private static final Color CONFIDENCE = new Color(0xD55E00);
    private static final Color ACCURACY = new Color(0x009E73);

    private final double[] lower;
    private final double[] upper;
    private final long[] count;
    private final double meanConfidence;
    private final double accuracy;
    private final boolean fractions;

    private ConfidenceHistogram(String title, double[] lower, double[] upper, long[] count, double meanConfidence,
            double accuracy, boolean fractions) {
        super(title);
        this.lower = lower;
        this.upper = upper;
        this.count = count;
        this.meanConfidence = meanConfidence;
        this.accuracy = accuracy;
        this.fractions = fractions;
    }

    /**
     * Returns a histogram of the bins' counts.
     *
     * @param title the title (empty for none)
     * @param lower each bin's lower edge (copied)
     * @param upper each bin's upper edge (copied)
     * @param count each bin's number of predictions (copied)
     * @param meanConfidence the mean confidence over all predictions, in [0, 1] or NaN
     * @param accuracy the accuracy over all predictions, in [0, 1] or NaN
     * @return the histogram
     */
    public static ConfidenceHistogram of(String title, double[] lower, double[] upper, long[] count,
            double meanConfidence, double accuracy) {
        Args.label(title, "title");
        double[] lo = Args.copy(lower, "lower");
        double[] hi = Args.copy(upper, "upper");
        long[] n = Args.copy(count, "count");
        Args.bins(lo, hi);
        Args.counts(n, lo.length);
        return new ConfidenceHistogram(title, lo, hi, n, Args.fractionOrNaN(meanConfidence, "meanConfidence"),
                Args.fractionOrNaN(accuracy, "accuracy"), false);
    }

    /**
     * Returns the same histogram with bars showing each bin's fraction of all predictions (the y axis
     * reads {@code fraction}); the CSV is unchanged.
     *
     * @return the histogram of fractions
     */
    public ConfidenceHistogram fractions() {
        return new ConfidenceHistogram(title(), lower, upper, count, meanConfidence, accuracy, true);
    }

    private double[] heights() {
        long total = 0;
        for (long c : count) {
            total += c;
        }
        double[] h = new double[count.length];
        for (int i = 0; i < count.length; i++) {
            h[i] = fractions ? (double) count[i] / total : count[i];
        }
        return h;
    }

    @Override
    void paint(Graphics2D g, int width, int height) {
        float k = Render.scale(width, height);
        XYChart c = Render.xyChart(width, height, k, title(), "confidence", fractions ? "fraction" : "count");
        XYStyler s = c.getStyler();
        double[] h = heights();
        double max = 0;
        for (double v : h) {
            max = Double.isFinite(v) ? Math.max(max, v) : max;
        }
        double top = max > 0 ? max * 1.08 : 1;
        s.setXAxisMin(Math.min(0, lower[0])).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(top);
        Render.bars(c, fractions ? "fraction" : "count", lower, upper, h, Render.alpha(BAR, 170), BAR.darker(), false);
        if (!Double.isNaN(meanConfidence)) {
            Render.vertical(c, "mean confidence " + Render.fmt(meanConfidence), meanConfidence, top, CONFIDENCE,
                    2.5f * k, true);
        }
        if (!Double.isNaN(accuracy)) {
            Render.vertical(c, "accuracy " + Render.fmt(accuracy), accuracy, top, ACCURACY, 2.5f * k, false);
        }
        s.setLegendVisible(!Double.isNaN(meanConfidence) || !Double.isNaN(accuracy));
        s.setLegendPosition(legendPosition(h, top));
        s.setLegendLayout(s.getLegendPosition() == Styler.LegendPosition.OutsideS ? Styler.LegendLayout.Horizontal
                : Styler.LegendLayout.Vertical);
        c.paint(g, width, height);
    }

    /**
     * The top-left corner if it is free (nothing left of x = 0.45 reaches above 60% of the height),
     * else the top-right one likewise (right of x = 0.55), else below the plot.
     */
    private Styler.LegendPosition legendPosition(double[] h, double top) {
        if (free(h, top, 0, 0.45)) {
            return Styler.LegendPosition.InsideNW;
        }
        if (free(h, top, 0.55, 1)) {
            return Styler.LegendPosition.InsideNE;
        }
        return Styler.LegendPosition.OutsideS;
    }

    private boolean free(double[] h, double top, double from, double to) {
        for (int i = 0; i < h.length; i++) {
            if (upper[i] > from && lower[i] < to && h[i] > 0.6 * top) {
                return false;
            }
        }
        return !(meanConfidence > from && meanConfidence < to) && !(accuracy > from && accuracy < to);
    }

    @Override
    List<String> svgLabels() {
        return List.of("confidence", fractions ? "fraction" : "count", "mean confidence", "accuracy");
    }

    @Override
    List<String> csvHeader() {
        return List.of("lower", "upper", "count", "fraction", "mean_confidence", "accuracy");
    }

    @Override
    void csvRows(CSVPrinter out) throws IOException {
        long total = 0;
        for (long c : count) {
            total += c;
        }
        for (int i = 0; i < lower.length; i++) {
            out.printRecord(number(lower[i]), number(upper[i]), Long.toString(count[i]),
                    number((double) count[i] / total), number(meanConfidence), number(accuracy));
        }
    }
}
