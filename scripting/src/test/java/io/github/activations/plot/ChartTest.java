/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every chart shares: sizes, file names, the atomic write, CSV files, Locale independence. */
class ChartTest {
    @TempDir
    Path dir;

    private static final Chart CHART = CurveChart.of("Line", "x", "y",
            List.of(Series.of("a", new double[] {0, 0.5, 1}, new double[] {0, 0.25, 1})));

    @Test
    void writesPngOrSvgByExtensionInAnyCase() throws Exception {
        CHART.write(dir.resolve("a.PNG"), 200, 150);
        CHART.write(dir.resolve("b.Svg"), 210, 160);
        ChartFiles.png(Files.readAllBytes(dir.resolve("a.PNG")), 200, 150);
        ChartFiles.svg(Files.readString(dir.resolve("b.Svg")), 210, 160, "Line", List.of("x", "y"));
    }

    @Test
    void createsMissingFoldersAndReplacesAnExistingFile() throws Exception {
        Path file = dir.resolve("new/folders/chart.png");
        CHART.write(file, 200, 150);
        ChartFiles.png(Files.readAllBytes(file), 200, 150);
        CHART.write(file, 300, 100);
        ChartFiles.png(Files.readAllBytes(file), 300, 100);
        assertEquals(List.of(file), list(file.getParent()), "no temporary file left");
    }

    @ParameterizedTest
    @CsvSource({"15, 100", "100, 15", "10001, 100", "100, 10001", "0, 0", "-1, 100"})
    void rejectsASizeOutsideTheRangeAndWritesNothing(int width, int height) throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CHART.write(dir.resolve("c.png"), width, height));
        assertEquals("chart size " + width + " x " + height + " is outside [16, 10000] x [16, 10000]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CHART.png(width, height));
        assertThrows(IllegalArgumentException.class, () -> CHART.svg(width, height));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void acceptsTheSmallestAndALargeSize() {
        ChartFiles.png(CHART.png(16, 16), 16, 16);
        ChartFiles.png(CHART.png(1280, 960), 1280, 960);
    }

    @Test
    void rejectsAnotherExtensionAndWritesNothing() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CHART.write(dir.resolve("c.jpg"), 200, 150));
        assertEquals("chart file must end in .png or .svg: " + dir.resolve("c.jpg"), e.getMessage());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws IOException {
        // the target is a folder that is not empty: the image is drawn and written to the temporary
        // file, then the move fails
        Path target = Files.createDirectories(dir.resolve("taken.png"));
        Files.writeString(target.resolve("keep.txt"), "kept");
        assertThrows(IOException.class, () -> CHART.write(target, 200, 150));
        assertThrows(IOException.class, () -> CHART.writeCsv(target));
        assertEquals(List.of(target), list(dir), "no temporary file left");
        assertEquals("kept", Files.readString(target.resolve("keep.txt")));
    }

    @Test
    void aFailedWriteLeavesAnExistingFileAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("old.png"), "old");
        assertThrows(IllegalArgumentException.class, () -> CHART.write(file, 5, 5));
        assertEquals("old", Files.readString(file));
    }

    @Test
    void aFolderInTheWayOfTheParentFailsWithIoException() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThrows(IOException.class, () -> CHART.write(file.resolve("chart.png"), 200, 150));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void writtenFilesGetTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain"));
        if (!Files.getFileStore(plain).supportsFileAttributeView("posix")) {
            return; // not a POSIX file system: nothing to compare
        }
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        CHART.write(dir.resolve("c.png"), 200, 150);
        CHART.writeCsv(dir.resolve("c.csv"));
        assertEquals(usual, Files.getPosixFilePermissions(dir.resolve("c.png")));
        assertEquals(usual, Files.getPosixFilePermissions(dir.resolve("c.csv")));
    }

    @Test
    void csvFileHoldsTheSameTextAsTheWriter() throws IOException {
        Path file = dir.resolve("sub/c.csv");
        CHART.writeCsv(file);
        java.io.StringWriter w = new java.io.StringWriter();
        CHART.writeCsv(w);
        assertEquals(w.toString(), Files.readString(file));
        assertEquals("series,x,y\r\na,0.0,0.0\r\na,0.5,0.25\r\na,1.0,1.0\r\n", w.toString());
    }

    @Test
    void drawsTheSameUnderAnyDefaultLocale() {
        Locale before = Locale.getDefault();
        byte[] root;
        byte[] german;
        String rootSvg;
        String germanSvg;
        Chart chart = SweepChart.of("Locale", "temperature", "NLL", true,
                List.of(Series.of("NLL", new double[] {0.25, 1, 2.5}, new double[] {1.25, 0.5, 0.75})));
        try {
            Locale.setDefault(Locale.ROOT);
            root = chart.png(300, 200);
            rootSvg = chart.svg(300, 200);
            Locale.setDefault(Locale.GERMANY);
            german = chart.png(300, 200);
            germanSvg = chart.svg(300, 200);
        } finally {
            Locale.setDefault(before);
        }
        assertArrayEquals(root, german);
        assertEquals(rootSvg, germanSvg);
    }

    @Test
    void nullArgumentsThrowNullPointerException() {
        assertThrows(NullPointerException.class, () -> CHART.write(null, 200, 150));
        assertThrows(NullPointerException.class, () -> CHART.writeCsv((Path) null));
        assertThrows(NullPointerException.class, () -> CHART.writeCsv((java.io.Writer) null));
    }

    @Test
    void svgElementPrefixesEveryIdAndReferenceAndHasNoXmlDeclaration() {
        // a reliability diagram has clip paths: ids, and url(#id) references to them
        Chart chart = ReliabilityDiagram.of("R", 0.1, new double[] {0, 0.5}, new double[] {0.5, 1},
                new long[] {3, 5}, new double[] {0.2, 0.8}, new double[] {0.3, 0.7});
        String element = chart.svgElement(300, 200, "e1p2-");
        assertTrue(element.startsWith("<svg "), element.substring(0, 40));
        org.w3c.dom.Element root = ChartFiles.svg(element, 300, 200, "R (ECE = 0.1)", List.of());
        List<String> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile(" id=\"([^\"]*)\"").matcher(element);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertTrue(ids.size() >= 3, ids::toString);
        for (String i : ids) {
            assertTrue(i.startsWith("e1p2-"), i);
        }
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("url\\(#([^)]*)\\)").matcher(element);
        int refs = 0;
        while (ref.find()) {
            assertTrue(ids.contains(ref.group(1)), ref.group());
            refs++;
        }
        assertTrue(refs > 0, "no clip path referenced");
        assertEquals("svg", root.getLocalName());
        // the same drawing: only the ids differ
        assertEquals(chart.svg(300, 200).replaceFirst("^<\\?xml[^>]*\\?>\\s*", ""), element.replace("e1p2-", ""));
    }

    @ParameterizedTest
    @CsvSource({"''", "1a", "-a", "a b", "a\"", "a:b"})
    void svgElementRejectsAPrefixThatIsNoIdStart(String prefix) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CHART.svgElement(100, 100,
                prefix));
        assertEquals("idPrefix must be a letter followed by letters, digits, - or _, not '" + prefix + "'",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CHART.svgElement(15, 100, "a"));
        assertThrows(NullPointerException.class, () -> CHART.svgElement(100, 100, null));
    }

    @Test
    void titleIsAsGiven() {
        assertEquals("Line", CHART.title());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
