/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A reliability diagram: for each confidence bin, a bar up to the bin's accuracy, a thick orange
 * line across the bin at its mean confidence, and between the two the calibration gap (translucent
 * orange above the bar when the model is overconfident there, a lightened top of the bar when it is
 * underconfident); the diagonal y = x (perfect calibration); and under the diagram a small histogram
 * of the bins' counts, on the same confidence axis. The title ends in the expected calibration error
 * the caller computed: {@code "title (ECE = 0.0523)"}, three significant digits.
 *
 * <p>The legend sits in the top-left corner when no bar reaches into it, else in a row below the
 * plot; a chart too narrow for that row (about 400 pixels) has none.
 *
 * <p>The bins are given as parallel arrays, bin {@code i} covering [{@code lower[i]},
 * {@code upper[i]}) with {@code count[i]} predictions, whose accuracy is {@code accuracy[i]} and mean
 * confidence {@code confidence[i]}. The bins need not be of equal width nor cover [0, 1].
 *
 * <p>CSV columns: {@code lower, upper, count, accuracy, confidence, ece}, one row per bin ({@code ece}
 * repeats the one value, so that the file stands alone).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>an empty bin ({@code count[i] == 0})</td><td>no bar, no gap; its accuracy and confidence may
 *       be NaN (or any value in [0, 1]) and are written to the CSV as given</td></tr>
 *   <tr><td>accuracy or confidence NaN in a non-empty bin, or outside [0, 1]</td>
 *       <td>{@code IllegalArgumentException} naming the array and index</td></tr>
 *   <tr><td>ECE NaN</td><td>allowed: the title says {@code ECE = NaN}</td></tr>
 *   <tr><td>ECE outside [0, 1]</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>a negative count</td><td>{@code IllegalArgumentException} naming the index</td></tr>
 *   <tr><td>an edge outside [0, 1], NaN, {@code lower[i] >= upper[i]}, or bins out of order or
 *       overlapping (by more than 1e-9)</td><td>{@code IllegalArgumentException} naming the bin</td></tr>
 *   <tr><td>no bins, or arrays of different lengths</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>every bin empty</td><td>the diagonal and empty histogram only</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>For drawing and writing, see {@link Chart}.
 */
public final class ReliabilityDiagram extends Chart {
    private static final Color BAR = new Color(0x0072B2);
    private static final Color GAP = new Color(0xD55E00);
    /** Share of the height given to the reliability plot; the rest holds the count histogram. */
    private static final double TOP_SHARE = 0.72;
    private static final String ACCURACY = "accuracy";
    private static final String CONFIDENCE_LABEL = "mean confidence";
    private static final String GAP_LABEL = "gap";
    private static final String DIAGONAL = "perfect calibration";

    private final double ece;
    private final double[] lower;
    private final double[] upper;
    private final long[] count;
    private final double[] accuracy;
    private final double[] confidence;

    private ReliabilityDiagram(String title, double ece, double[] lower, double[] upper, long[] count,
            double[] accuracy, double[] confidence) {
        super(title);
        this.ece = ece;
        this.lower = lower;
        this.upper = upper;
        this.count = count;
        this.accuracy = accuracy;
        this.confidence = confidence;
    }

    /**
     * Returns a reliability diagram of the bins.
     *
     * @param title the title, to which {@code " (ECE = …)"} is added (empty: the title is {@code "ECE = …"})
     * @param ece the expected calibration error, in [0, 1] or NaN
     * @param lower each bin's lower edge (copied)
     * @param upper each bin's upper edge (copied)
     * @param count each bin's number of predictions (copied)
     * @param accuracy each bin's fraction of correct predictions (copied)
     * @param confidence each bin's mean confidence (copied)
     * @return the diagram
     */
    public static ReliabilityDiagram of(String title, double ece, double[] lower, double[] upper, long[] count,
            double[] accuracy, double[] confidence) {
        Args.label(title, "title");
        double[] lo = Args.copy(lower, "lower");
        double[] hi = Args.copy(upper, "upper");
        long[] n = Args.copy(count, "count");
        double[] acc = Args.copy(accuracy, "accuracy");
        double[] conf = Args.copy(confidence, "confidence");
        Args.bins(lo, hi);
        Args.counts(n, lo.length);
        Args.fractions(acc, "accuracy", n);
        Args.fractions(conf, "confidence", n);
        return new ReliabilityDiagram(title, Args.fractionOrNaN(ece, "ece"), lo, hi, n, acc, conf);
    }

    /**
     * Returns the expected calibration error shown in the title.
     *
     * @return the ECE as given
     */
    public double ece() {
        return ece;
    }

    @Override
    String svgTitle() {
        String e = "ECE = " + Render.fmt(ece);
        return title().isEmpty() ? e : title() + " (" + e + ")";
    }

    @Override
    void paint(Graphics2D g, int width, int height) {
        float k = Render.scale(width, height);
        int top = (int) Math.round(height * TOP_SHARE);
        int axisWidth = axisWidth(k);
        XYChart diagram = diagram(width, top, k, axisWidth);
        XYChart counts = counts(width, height - top, k, axisWidth);
        diagram.paint(g, width, top);
        Graphics2D h = (Graphics2D) g.create(0, top, width, height - top);
        try {
            counts.paint(h, width, height - top);
        } finally {
            h.dispose();
        }
    }

    /**
     * One y axis width for both plots, so that their x axes line up: room for the widest tick label
     * (a count, or 0.8) and the axis title.
     */
    private int axisWidth(float k) {
        Font ticks = Render.font(k, Font.PLAIN, 11);
        Font titles = Render.font(k, Font.PLAIN, 12);
        long max = 0;
        for (long c : count) {
            max = Math.max(max, c);
        }
        double label = Math.max(Render.textWidth("0.8", ticks), Render.textWidth(Long.toString(max) + "0", ticks));
        return (int) Math.ceil(label + titles.getSize2D() * 1.4 + 14 * k);
    }

    private XYChart diagram(int width, int height, float k, int axisWidth) {
        XYChart c = Render.xyChart(width, height, k, svgTitle(), "", "accuracy");
        XYStyler s = c.getStyler();
        s.setXAxisTitleVisible(false);
        s.setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        s.setYAxisLeftWidthHint(axisWidth);
        double[] acc = new double[lower.length];
        boolean any = false;
        for (int i = 0; i < lower.length; i++) {
            acc[i] = count[i] > 0 ? accuracy[i] : 0;
            any |= count[i] > 0;
        }
        List<String> legend = new ArrayList<>();
        if (any) {
            Render.bars(c, ACCURACY, lower, upper, acc, Render.alpha(BAR, 210), BAR.darker(), true);
            boolean first = true;
            for (int i = 0; i < lower.length; i++) {
                if (count[i] == 0) {
                    continue;
                }
                double a = accuracy[i];
                double f = confidence[i];
                // above the bar (overconfident): translucent orange; inside it (underconfident): the
                // bar's top lightened, so the gap reads as the part of the bar confidence misses
                Color fill = f >= a ? Render.alpha(GAP, 75) : new Color(255, 255, 255, 130);
                Render.polygon(c, first ? GAP_LABEL : "gap " + i, new double[] {lower[i], lower[i], upper[i], upper[i]},
                        new double[] {a, f, f, a}, fill, Render.alpha(GAP, 160), first);
                XYSeries mean = c.addSeries(first ? CONFIDENCE_LABEL : "confidence " + i,
                        new double[] {lower[i], upper[i]}, new double[] {f, f});
                mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                mean.setLineColor(GAP);
                mean.setLineStyle(new BasicStroke(2.5f * k));
                mean.setMarker(SeriesMarkers.NONE);
                mean.setShowInLegend(first);
                first = false;
            }
            legend.addAll(List.of(ACCURACY, CONFIDENCE_LABEL, GAP_LABEL));
        }
        XYSeries diagonal = c.addSeries(DIAGONAL, new double[] {0, 1}, new double[] {0, 1});
        diagonal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        diagonal.setLineColor(Render.TEXT);
        diagonal.setMarker(SeriesMarkers.NONE);
        diagonal.setLineStyle(new BasicStroke(1.5f * k, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6 * k, 4 * k}, 0));
        legend.add(DIAGONAL);
        placeLegend(s, legend, width, height, k, axisWidth);
        return c;
    }

    /**
     * Puts the legend in the top-left corner when nothing is drawn there (no bar or gap box that
     * starts inside the legend's estimated extent reaches up into it; the diagonal stays below it),
     * else below the plot in a row if one fits the width, else nowhere (too small a chart).
     */
    private void placeLegend(XYStyler s, List<String> labels, int width, int height, float k, int axisWidth) {
        Font font = Render.font(k, Font.PLAIN, 11);
        double longest = 0;
        double row = 0;
        for (String label : labels) {
            longest = Math.max(longest, Render.textWidth(label, font));
            row += Render.textWidth(label, font) + 40 * k;
        }
        double plotWidth = width - axisWidth - 20 * k;
        double plotHeight = height - 3.2 * font.getSize2D() - 40 * k;
        double legendWidth = (longest + 45 * k) / plotWidth;
        double legendHeight = (labels.size() * (font.getSize2D() * 1.25 + 6 * k) + 12 * k) / plotHeight;
        boolean free = legendHeight < 0.45 && legendWidth < 0.6;
        for (int i = 0; i < lower.length && free; i++) {
            double reach = Math.max(accuracy[i], confidence[i]);
            free = !(count[i] > 0 && lower[i] < legendWidth + 0.02 && reach > 1 - legendHeight - 0.03);
        }
        free &= 1 - legendHeight - 0.03 > legendWidth + 0.02; // the diagonal passes under the box
        if (free) {
            s.setLegendPosition(Styler.LegendPosition.InsideNW);
            s.setLegendLayout(Styler.LegendLayout.Vertical);
        } else if (row + 20 * k < width) {
            s.setLegendPosition(Styler.LegendPosition.OutsideS);
            s.setLegendLayout(Styler.LegendLayout.Horizontal);
        } else {
            // a column below would squash the plot to nothing at this size
            s.setLegendVisible(false);
        }
    }

    private XYChart counts(int width, int height, float k, int axisWidth) {
        XYChart c = Render.xyChart(width, height, k, "", "confidence", "count");
        XYStyler s = c.getStyler();
        s.setLegendVisible(false);
        s.setChartTitleVisible(false);
        s.setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0);
        s.setYAxisLeftWidthHint(axisWidth);
        long max = 0;
        double[] n = new double[count.length];
        for (int i = 0; i < count.length; i++) {
            n[i] = count[i];
            max = Math.max(max, count[i]);
        }
        s.setYAxisMax(max == 0 ? 1.0 : max * 1.05);
        Render.bars(c, "count", lower, upper, n, Render.alpha(Color.GRAY, 150), Color.DARK_GRAY, false);
        return c;
    }

    @Override
    List<String> svgLabels() {
        return List.of("confidence", ACCURACY, "count", CONFIDENCE_LABEL, GAP_LABEL, DIAGONAL);
    }

    @Override
    List<String> csvHeader() {
        return List.of("lower", "upper", "count", "accuracy", "confidence", "ece");
    }

    @Override
    void csvRows(CSVPrinter out) throws IOException {
        for (int i = 0; i < lower.length; i++) {
            out.printRecord(number(lower[i]), number(upper[i]), Long.toString(count[i]), number(accuracy[i]),
                    number(confidence[i]), number(ece));
        }
    }
}
