/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The shared look (fonts, colours, Locale.ROOT), PNG and SVG output and the atomic file write. */
final class Render {
    /** Okabe and Ito's colour-blind-safe palette, black last (it is the text colour). */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};
    static final Color TEXT = new Color(0x222222);
    static final Color GRID = new Color(0xE3E3E3);
    static final Color FRAME = new Color(0xA0A0A0);
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");

    private Render() {
    }

    /** Paints a chart over (0, 0, width, height). */
    interface Painter {
        void paint(Graphics2D g, int width, int height);
    }

    /** Writes a file's bytes. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Font scale: 1 at 640 x 480, larger for larger charts, at least 0.75 for small ones. */
    static float scale(int width, int height) {
        return (float) Math.max(0.75, Math.min(3, Math.min(width / 640.0, height / 480.0)));
    }

    static Font font(float scale, int style, float size) {
        return new Font(Font.SANS_SERIF, style, Math.max(8, Math.round(size * scale)));
    }

    /**
     * The shared look at font scale {@code k}. Axis numbers: {@code Locale.ROOT} and the pattern
     * {@code 0.##########} (XChart's own choice prints 0.05 as {@code .05}); not a custom label
     * function, which makes XChart drop its tick spacing for one of its own.
     */
    static void style(Styler s, float k) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(FRAME);
        s.setChartFontColor(TEXT);
        s.setChartTitleFont(font(k, Font.BOLD, 14));
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(Math.round(6 * k));
        s.setChartPadding(Math.round(10 * k));
        s.setLegendFont(font(k, Font.PLAIN, 11));
        s.setLegendBorderColor(FRAME);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 230));
        s.setLegendPadding(Math.round(6 * k));
        s.setSeriesColors(PALETTE);
        s.setToolTipsEnabled(false);
        s.setAntiAlias(true);
        s.setAnnotationTextFont(font(k, Font.PLAIN, 10));
        s.setAnnotationTextFontColor(TEXT);
        if (s instanceof AxesChartStyler) {
            AxesChartStyler a = (AxesChartStyler) s;
            a.setLocale(Locale.ROOT);
            a.setAxisTitleFont(font(k, Font.PLAIN, 12));
            a.setAxisTickLabelsFont(font(k, Font.PLAIN, 11));
            a.setAxisTickLabelsColor(TEXT);
            a.setAxisTickMarksColor(FRAME);
            a.setPlotGridLinesColor(GRID);
            a.setPlotGridLinesStroke(new BasicStroke(Math.max(1, k)));
            a.setPlotMargin(Math.round(3 * k));
            a.setAxisTitlePadding(Math.round(6 * k));
            a.setMarkerSize(Math.round(7 * k));
            a.setXAxisTickMarkSpacingHint(Math.round(74 * k));
            a.setYAxisTickMarkSpacingHint(Math.round(60 * k));
            a.setDecimalPattern("0.##########");
        }
    }

    static XYChart xyChart(int width, int height, float k, String title, String xLabel, String yLabel) {
        XYChart c = new XYChart(width, height);
        style(c.getStyler(), k);
        c.setTitle(title);
        c.setXAxisTitle(xLabel);
        c.setYAxisTitle(yLabel);
        return c;
    }

    /**
     * Adds one line, broken where a point is not finite: each run of finite points becomes its own
     * XChart series (XChart rejects infinite values), with one legend entry for the first run. The
     * later runs get names not in {@code used} (the chart's series names), which they join.
     */
    static void addLine(XYChart c, Series s, Color color, boolean markers, float lineWidth, Set<String> used) {
        int part = 0;
        int i = 0;
        int n = s.size();
        while (i < n) {
            while (i < n && !finite(s, i)) {
                i++;
            }
            int start = i;
            while (i < n && finite(s, i)) {
                i++;
            }
            if (i > start) {
                double[] x = new double[i - start];
                double[] y = new double[i - start];
                for (int j = start; j < i; j++) {
                    x[j - start] = s.xAt(j);
                    y[j - start] = s.yAt(j);
                }
                String name = s.name();
                for (int k = 0; part > 0 && !used.add(name); k++) {
                    name = "\u0000" + k; // hidden from the legend: only unique
                }
                XYSeries xs = c.addSeries(name, x, y);
                xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                xs.setLineColor(color);
                xs.setLineWidth(lineWidth);
                xs.setMarkerColor(color);
                // a lone point would be invisible without a marker
                xs.setMarker(markers || x.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
                xs.setShowInLegend(part == 0);
                part++;
            }
        }
    }

    private static boolean finite(Series s, int i) {
        return Double.isFinite(s.xAt(i)) && Double.isFinite(s.yAt(i));
    }

    /**
     * Switches the x axis to base-10 log over whole decades around [min, max], the positive finite
     * x range of the data. Labels go at the decades only (as in matplotlib) when the axis spans two or
     * more, else also at 2 to 9 (XChart would print those on top of each other across several
     * decades).
     */
    static void logX(XYStyler s, double min, double max) {
        double from = Math.floor(Math.log10(min));
        double to = Math.max(from + 1, Math.ceil(Math.log10(max)));
        s.setXAxisLogarithmic(true);
        s.setXAxisLogarithmicDecadeOnly(to - from >= 2);
        s.setXAxisMin(Math.pow(10, from));
        s.setXAxisMax(Math.pow(10, to));
    }

    /** A filled polygon series (rectangles of bars), outlined in {@code line}. */
    static XYSeries polygon(XYChart c, String name, double[] x, double[] y, Color fill, Color line,
            boolean legend) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(fill);
        s.setLineColor(line);
        s.setLineWidth(1f);
        s.setLineStyle(new BasicStroke(1f));
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(legend);
        return s;
    }

    /**
     * Bars from y = 0 as one polygon that walks along the base line: (l, 0), (l, h), (u, h), (u, 0)
     * per bar, so adjacent bars share an outlined edge and one legend entry serves all.
     */
    static XYSeries bars(XYChart c, String name, double[] lower, double[] upper, double[] height, Color fill,
            Color line, boolean legend) {
        int n = lower.length;
        double[] x = new double[4 * n];
        double[] y = new double[4 * n];
        for (int i = 0; i < n; i++) {
            double h = Double.isFinite(height[i]) ? height[i] : 0;
            x[4 * i] = lower[i];
            x[4 * i + 1] = lower[i];
            x[4 * i + 2] = upper[i];
            x[4 * i + 3] = upper[i];
            y[4 * i + 1] = h;
            y[4 * i + 2] = h;
        }
        return polygon(c, name, x, y, fill, line, legend);
    }

    /** A vertical line from (x, 0) to (x, top), for the legend as {@code name}. */
    static void vertical(XYChart c, String name, double x, double top, Color color, float width, boolean dashed) {
        XYSeries s = c.addSeries(name, new double[] {x, x}, new double[] {0, top});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(color);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6 * width, 3 * width}, 0) : new BasicStroke(width));
    }

    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Three significant digits, plain decimal, Locale-independent: 0.0523, 0.1, 12.3, NaN. */
    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Width in pixels of text in a font, as drawn (no Graphics needed). */
    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    static byte[] png(Painter painter, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            painter.paint(g, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG in memory", e);
        }
        return out.toByteArray();
    }

    /**
     * The SVG document; with a non-empty {@code idPrefix}, every id in it (and so every reference to
     * one) starts with the prefix, so that several charts can share one HTML page.
     */
    static String svg(Painter painter, int width, int height, String title, String desc, String idPrefix) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM in this JDK", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment("Activations chart");
        context.setPrecision(3);
        if (!idPrefix.isEmpty()) {
            context.setIDGenerator(new SVGIDGenerator() {
                @Override
                public String generateID(String prefix) {
                    return super.generateID(idPrefix + prefix);
                }
            });
        }
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        painter.paint(g, width, height);
        Element root = g.getRoot();
        if (!idPrefix.isEmpty()) {
            // the one id Batik does not take from the generator
            NodeList defs = root.getElementsByTagNameNS(SVG_NS, "defs");
            for (int i = 0; i < defs.getLength(); i++) {
                Element d = (Element) defs.item(i);
                if (d.getAttribute("id").equals("genericDefs")) {
                    d.setAttribute("id", idPrefix + "genericDefs");
                }
            }
        }
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        Element descElement = doc.createElementNS(SVG_NS, "desc");
        descElement.setTextContent(desc);
        root.insertBefore(descElement, root.getFirstChild());
        Element titleElement = doc.createElementNS(SVG_NS, "title");
        titleElement.setTextContent(title);
        root.insertBefore(titleElement, root.getFirstChild());
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write SVG in memory", e);
        } finally {
            g.dispose();
        }
        // Batik writes the SVG 1.0 DOCTYPE, whose DTD URL some parsers would try to fetch
        return DOCTYPE.matcher(out.toString()).replaceFirst("");
    }

    /**
     * Writes {@code file} through a temporary file in the same folder, then moves it into place;
     * on any failure the temporary file is deleted and {@code file} is left as it was.
     */
    static void atomicWrite(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null) {
            throw new IOException("cannot write " + file + ": it has no parent folder");
        }
        Files.createDirectories(dir);
        Path temp = newTempFile(dir, String.valueOf(target.getFileName()));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException d) {
                e.addSuppressed(d);
            }
            throw e;
        }
    }

    /**
     * Creates an empty hidden file next to the target. Not {@code Files.createTempFile}: its
     * owner-only permissions would stay on the moved file; this one gets the usual (umask) ones.
     */
    private static Path newTempFile(Path dir, String name) throws IOException {
        while (true) {
            String base = name.length() > 100 ? name.substring(0, 100) : name;
            Path temp = dir.resolve("." + base + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }
}
