/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Reads charts back: PNG through ImageIO, SVG through the JDK's XML parser, CSV through commons-csv. */
final class ChartFiles {
    private ChartFiles() {
    }

    /** Decodes a PNG and checks its size. */
    static BufferedImage png(byte[] png, int width, int height) {
        try {
            assertTrue(ImageIO.getImageReadersByFormatName("png").hasNext());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, "not an image ImageIO can read");
            assertEquals(width, image.getWidth());
            assertEquals(height, image.getHeight());
            assertEquals('P', png[1]);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses an SVG document; checks its root, size, title and that every label is in its text. */
    static Element svg(String svg, int width, int height, String title, List<String> labels) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            root = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("SVG does not parse: " + e.getMessage(), e);
        }
        assertFalse(svg.contains("<!DOCTYPE"), "a DOCTYPE makes parsers fetch the DTD");
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(width, Double.parseDouble(root.getAttribute("width")));
        assertEquals(height, Double.parseDouble(root.getAttribute("height")));
        assertEquals("0 0 " + width + " " + height, root.getAttribute("viewBox"));
        assertEquals(title, root.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        String desc = root.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        for (String label : labels) {
            assertTrue(desc.contains(label), () -> "'" + label + "' not in the SVG's desc: " + desc);
        }
        assertTrue(root.getElementsByTagNameNS("*", "path").getLength() >= 10, "hardly anything drawn");
        return root;
    }

    /** The chart's CSV, parsed: header first. */
    static List<List<String>> csv(Chart chart) {
        StringWriter out = new StringWriter();
        try {
            chart.writeCsv(out);
            return CSVParser.parse(out.toString(), CSVFormat.DEFAULT).getRecords().stream().map(CSVRecord::toList)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that a CSV field holds exactly {@code expected} (same bits, so NaN and -0.0 count). */
    static void assertExact(double expected, String field) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Double.parseDouble(field)),
                () -> "expected " + expected + " but the CSV has " + field);
    }

    /** How many pixels satisfy the colour test, over the rows [fromRow, toRow). */
    static int pixels(BufferedImage image, int fromRow, int toRow, IntPredicate rgb) {
        int n = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (rgb.test(image.getRGB(x, y) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    static int pixels(BufferedImage image, IntPredicate rgb) {
        return pixels(image, 0, image.getHeight(), rgb);
    }

    static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    static int green(int rgb) {
        return rgb >> 8 & 0xFF;
    }

    static int blue(int rgb) {
        return rgb & 0xFF;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
