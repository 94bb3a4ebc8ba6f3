/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static io.github.activations.scripting.HtmlPages.SVG;
import static io.github.activations.scripting.HtmlPages.assertSelfContained;
import static io.github.activations.scripting.HtmlPages.byClass;
import static io.github.activations.scripting.HtmlPages.only;
import static io.github.activations.scripting.HtmlPages.parse;
import static io.github.activations.scripting.HtmlPages.rows;
import static io.github.activations.scripting.HtmlPages.table;
import static io.github.activations.scripting.HtmlPages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@link HtmlReport} from Java, and each row of its special-cases table; the whole run is in RunReportTest. */
class HtmlReportTest {
    @TempDir
    Path dir;

    private ExperimentResult plotted(String name) {
        Lab lab = new Lab(dir, Progress.NONE, x -> { });
        return lab.experiment(name, e -> {
            e.logits("z", 0.25, 1.23, -0.8);
            e.apply(ActivationFunction.SOFTMAX);
            e.plot("bars.png");
        });
    }

    @Test
    void javaUsersWriteThePageOfTheirLab() throws Exception {
        ExperimentResult result = plotted("From Java");
        Path page = dir.resolve("run.html");
        HtmlReport.write(page, HtmlReport.Run.of(Path.of("Softmax.java"), List.of(result)));
        byte[] bytes = Files.readAllBytes(page);
        Document doc = parse(bytes);
        assertEquals("Softmax.java", text(only(doc, "h1")));
        assertEquals("From Java", text(byClass(doc, "span", "name").get(0)));
        // e^0.25, e^1.23, e^-0.8 = 1.28403, 3.42123, 0.449329 over their sum 5.15459; as the table prints them
        List<String> row = List.of("z", "[0.25, 1.23, -0.8]", "softmax", "", "[0.249104, 0.663726, 0.0871708]");
        assertEquals(row, rows(table(doc.getDocumentElement(), "results")).get(0));
        assertTrue(Results.table(result).lines().anyMatch(line -> List.of(line.strip().split(" {2,}"))
                .equals(List.of(row.get(0), row.get(1), row.get(2), row.get(4)))), Results.table(result));
        assertEquals(1, doc.getElementsByTagNameNS(SVG, "svg").getLength(), "the PNG plot, drawn as SVG");
        assertEquals("passed 1 experiment \u00b7 1 plot \u00b7 0 checks", text(only(doc, "p", "status")));
        assertSelfContained(doc, new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void experimentResultsKeepTheChartOfEachPlot() {
        ExperimentResult result = plotted("plots");
        assertEquals(1, result.plots().size());
        PlotResult p = result.plots().get(0);
        assertEquals(dir.resolve("bars.png").toString(), p.file());
        assertEquals(List.of(p.file(), dir.resolve("bars.csv").toString()), result.files());
        assertEquals(List.of(640, 480), List.of(p.width(), p.height()));
        assertEquals("plots", p.chart().title());
        // the constructors without plots still work
        assertEquals(List.of(), new ExperimentResult("x", List.of(), List.of(), List.of(), List.of(), -1, 20).plots());
    }

    @Test
    void createsMissingParentFoldersAndReplacesAnExistingFile() throws Exception {
        Path page = dir.resolve("a/b/run.html");
        HtmlReport.write(page, HtmlReport.Run.of(Path.of("x.groovy"), List.of(plotted("first"))));
        HtmlReport.write(page, HtmlReport.Run.of(Path.of("x.groovy"), List.of(plotted("second"))));
        assertEquals("second", text(byClass(parse(Files.readAllBytes(page)), "span", "name").get(0)));
        assertEquals(List.of(page), list(page.getParent()), "no temporary file left");
    }

    @Test
    void aFolderIsRefusedAndLeftAsItWas() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("run.html"));
        IOException e = assertThrows(IOException.class,
                () -> HtmlReport.write(folder, HtmlReport.Run.of(Path.of("x.groovy"), List.of())));
        assertEquals("cannot write " + folder + ": is a folder", e.getMessage());
        assertEquals(List.of(), list(folder));
    }

    @Test
    void aFailedWriteLeavesNoFileAndAnExistingFileUntouched() throws IOException {
        HtmlReport.Run run = HtmlReport.Run.of(Path.of("x.groovy"), List.of());
        Path file = Files.writeString(dir.resolve("file"), "kept");
        IOException underFile = assertThrows(IOException.class, () -> HtmlReport.write(file.resolve("run.html"), run));
        assertEquals("cannot write " + file.resolve("run.html") + ": " + file + " is a file, not a folder",
                underFile.getMessage());
        // a name the file system refuses: the page is written to a temporary file, whose move fails
        Path tooLong = dir.resolve("r".repeat(300) + ".html");
        IOException refused = assertThrows(IOException.class, () -> HtmlReport.write(tooLong, run));
        assertTrue(refused.getMessage().startsWith("cannot write " + tooLong + ": "), refused.getMessage());
        assertEquals(List.of(file), list(dir), "no temporary file left");
        assertEquals("kept", Files.readString(file));
    }

    @Test
    void aRunWithoutExperimentsSaysSo() throws Exception {
        Document doc = parse(HtmlReport.html(new HtmlReport.Run(Path.of("empty.groovy"), List.of(), List.of(),
                List.of(), "test", Instant.EPOCH)).getBytes(StandardCharsets.UTF_8));
        assertEquals("The script ran no experiment.", text(only(doc, "p", "note")));
        assertTrue(text(only(doc, "p", "meta")).contains("1970-01-01 00:00 UTC \u00b7 test"));
    }

    @Test
    void nullIsRefused() {
        HtmlReport.Run run = HtmlReport.Run.of(Path.of("x.groovy"), List.of());
        assertThrows(NullPointerException.class, () -> HtmlReport.write(null, run));
        assertThrows(NullPointerException.class, () -> HtmlReport.write(dir.resolve("a.html"), null));
        assertThrows(NullPointerException.class, () -> HtmlReport.html(null));
        assertThrows(NullPointerException.class, () -> HtmlReport.Run.of(null, List.of()));
        assertThrows(NullPointerException.class, () -> new HtmlReport.Run(Path.of("x"), List.of(), List.of(),
                List.of(), null, Instant.EPOCH));
    }

    @Test
    void escapesMarkupAndWhatXmlCannotHold() {
        assertEquals("&lt;b&gt;&amp;&quot;&#39;", HtmlReport.esc("<b>&\"'"));
        assertEquals("\ufffda\ufffdb\tc\nd\re", HtmlReport.esc("\u0000a\u001fb\tc\nd\re"));
        assertEquals("\ufffdx\ufffd\ufffd\ufffd", HtmlReport.esc("\ud800x\udc00\ufffe\uffff"));
        assertEquals("\ud83d\ude00 \u00e9", HtmlReport.esc("\ud83d\ude00 \u00e9"));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
