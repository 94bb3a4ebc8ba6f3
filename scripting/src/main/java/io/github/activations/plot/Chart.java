/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A chart: drawn as PNG or SVG at any size, and written as CSV of the numbers it plots. Instances are
 * immutable and safe to share between threads.
 *
 * <table class="striped">
 *   <caption>Special cases of the drawing and writing methods</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>width or height outside [16, 10000]</td><td>{@code IllegalArgumentException}; nothing written</td></tr>
 *   <tr><td>a file name not ending in {@code .png} or {@code .svg} (any case), for
 *       {@link #write(Path, int, int)}</td><td>{@code IllegalArgumentException}; nothing written</td></tr>
 *   <tr><td>missing parent folders</td><td>created</td></tr>
 *   <tr><td>an existing file</td><td>replaced</td></tr>
 *   <tr><td>the write fails (the path is a folder, the disk is full, ...)</td><td>{@code IOException};
 *       no file left behind (the temporary file is deleted; an existing file is untouched)</td></tr>
 *   <tr><td>an {@code idPrefix} that is not a letter followed by letters, digits, {@code -} or {@code _},
 *       for {@link #svgElement(int, int, String)}</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The CSV has a header row, records separated by CRLF (RFC 4180) and every number written with
 * {@link Double#toString(double)} (full precision; {@code NaN}, {@code Infinity}, {@code -Infinity}
 * as such) or, for counts, {@link Long#toString(long)}. Each chart's Javadoc lists its columns.
 */
public abstract class Chart {
    static final int MIN_SIZE = 16;
    static final int MAX_SIZE = 10_000;
    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern XML_DECLARATION = Pattern.compile("^<\\?xml[^>]*\\?>\\s*");

    private final String title;

    Chart(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Returns the title as given (a chart may add to it when drawn, as the reliability diagram adds
     * its ECE).
     *
     * @return the title
     */
    public final String title() {
        return title;
    }

    /**
     * Returns the chart drawn as a PNG image.
     *
     * @param width width in pixels, in [16, 10000]
     * @param height height in pixels, in [16, 10000]
     * @return the PNG file's bytes
     */
    public final byte[] png(int width, int height) {
        checkSize(width, height);
        return Render.png(this::paint, width, height);
    }

    /**
     * Returns the chart drawn as an SVG document. Its text is drawn as glyph outlines (so it looks the
     * same in every viewer); the title and axis labels are also in the document's {@code <title>} and
     * {@code <desc>} elements.
     *
     * @param width width in pixels, in [16, 10000]
     * @param height height in pixels, in [16, 10000]
     * @return the SVG document
     */
    public final String svg(int width, int height) {
        checkSize(width, height);
        return Render.svg(this::paint, width, height, svgTitle(), String.join("; ", svgLabels()), "");
    }

    /**
     * Returns the chart as an {@code <svg>} element to put inside an HTML page (or another XML
     * document): the document of {@link #svg(int, int)} without its XML declaration, and with every
     * {@code id} in it, and so every reference to one, starting with {@code idPrefix}. Charts drawn
     * with different prefixes can share a page without one's clip paths applying to another.
     *
     * @param width width in pixels, in [16, 10000]
     * @param height height in pixels, in [16, 10000]
     * @param idPrefix the start of every id: a letter, then letters, digits, {@code -} or {@code _}
     * @return the {@code <svg>} element, as XML text
     * @throws IllegalArgumentException if the size is out of range or the prefix is not of that form
     */
    public final String svgElement(int width, int height, String idPrefix) {
        checkSize(width, height);
        if (!ID_PREFIX.matcher(Objects.requireNonNull(idPrefix, "idPrefix")).matches()) {
            throw new IllegalArgumentException("idPrefix must be a letter followed by letters, digits, - or _, not '"
                    + idPrefix + "'");
        }
        String svg = Render.svg(this::paint, width, height, svgTitle(), String.join("; ", svgLabels()), idPrefix);
        return XML_DECLARATION.matcher(svg).replaceFirst("");
    }

    /**
     * Writes the chart as PNG or SVG, chosen by the file name's extension, creating missing parent
     * folders. The image is drawn in memory, written to a temporary file in the same folder and moved
     * over {@code file}.
     *
     * @param file a path ending in {@code .png} or {@code .svg}
     * @param width width in pixels, in [16, 10000]
     * @param height height in pixels, in [16, 10000]
     * @throws IOException if the file cannot be written (then no file is left behind)
     */
    public final void write(Path file, int width, int height) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".png")) {
            bytes = png(width, height);
        } else if (name.endsWith(".svg")) {
            bytes = svg(width, height).getBytes(StandardCharsets.UTF_8);
        } else {
            throw new IllegalArgumentException("chart file must end in .png or .svg: " + file);
        }
        Render.atomicWrite(file, out -> out.write(bytes));
    }

    /**
     * Writes the plotted numbers as CSV to {@code out}, which is flushed but not closed.
     *
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public final void writeCsv(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        printer.printRecord(csvHeader());
        csvRows(printer);
        printer.flush();
    }

    /**
     * Writes the plotted numbers as a UTF-8 CSV file, creating missing parent folders; like
     * {@link #write(Path, int, int)}, through a temporary file, so a failure leaves no file behind.
     *
     * @param file the CSV file
     * @throws IOException if the file cannot be written (then no file is left behind)
     */
    public final void writeCsv(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Render.atomicWrite(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeCsv(w);
        });
    }

    /** Draws the chart onto g over (0, 0, width, height). */
    abstract void paint(Graphics2D g, int width, int height);

    /** The title as drawn. */
    String svgTitle() {
        return title;
    }

    /** Axis labels and legend entries, for the SVG's {@code <desc>}. */
    abstract List<String> svgLabels();

    abstract List<String> csvHeader();

    abstract void csvRows(CSVPrinter out) throws IOException;

    static String number(double v) {
        return Double.toString(v);
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("chart size " + width + " x " + height + " is outside [" + MIN_SIZE
                    + ", " + MAX_SIZE + "] x [" + MIN_SIZE + ", " + MAX_SIZE + "]");
        }
    }
}
