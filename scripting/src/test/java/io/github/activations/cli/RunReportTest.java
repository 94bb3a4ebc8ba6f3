/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static io.github.activations.scripting.HtmlPages.SVG;
import static io.github.activations.scripting.HtmlPages.XHTML;
import static io.github.activations.scripting.HtmlPages.assertPlots;
import static io.github.activations.scripting.HtmlPages.assertSelfContained;
import static io.github.activations.scripting.HtmlPages.byClass;
import static io.github.activations.scripting.HtmlPages.headers;
import static io.github.activations.scripting.HtmlPages.only;
import static io.github.activations.scripting.HtmlPages.parse;
import static io.github.activations.scripting.HtmlPages.rows;
import static io.github.activations.scripting.HtmlPages.table;
import static io.github.activations.scripting.HtmlPages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.scripting.HtmlPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code run --report FILE.html}: the page of a whole run, read back with the JDK's XML parser
 * ({@link io.github.activations.scripting.HtmlPages} says why that parser), and the option's errors.
 * {@link HtmlReportChromiumTest} has a browser show the page.
 */
class RunReportTest {
    private static final Path DATA = ExamplesTest.EXAMPLES.resolve("../data").toAbsolutePath().normalize();
    static final String NAME = "<b>&\"' \u03c3 \u65e5\u672c";

    /** Every part of the report: results, summaries, plots (PNG and SVG), checks, data, a failure. */
    static final String SCRIPT = """
            def val = dataset(logits: 'DATA/val_logits.npy', labels: 'DATA/val_labels.npy',
                              classes: ['seal', 'panda & co', 'duck'], name: 'val <set>')
            experiment('<b>&"\\' \u03c3 \u65e5\u672c') {
                logits z: [0.25, 1.23, -0.8]
                apply softmax, temperature: [0.5, 1, 2]
                summarize entropy, maxProbability
                show digits: 3
                plot 'sweep.png'
                plot sigmoid, file: 'sigmoid.svg', width: 500, height: 300
            }
            experiment('Checks') {
                check('sums to 1', tries: 50, seed: 7) { double a, double b -> Math.abs(softmax([a, b]).sum() - 1) < 1e-12 }
                check('sigmoid < 1', tries: 1000, seed: 3) { double z -> assert sigmoid(z) < 1 }
            }
            experiment('Calibrated') {
                data val
                evaluate accuracy, nll, ece, confusion, perClass
                calibrate temperature
                plot reliability, file: 'reliability.png'
            }
            experiment('Broken') {
                logits z: [1, 2]
                apply softmaxx
            }
            """;

    @TempDir
    Path dir;

    /** Runs {@link #SCRIPT} with {@code --out} and {@code --report}. */
    private Cli runFullScript(Path report) throws IOException {
        Path script = Files.writeString(dir.resolve("report.groovy"),
                SCRIPT.replace("DATA/", DATA.toString().replace("\\", "/") + "/"), StandardCharsets.UTF_8);
        return Cli.run("run", script.toString(), "--out", dir.resolve("out").toString(), "--report",
                report.toString());
    }

    @Test
    void holdsEveryExperimentInScriptOrderAndTheErrorThatStoppedTheScript() throws Exception {
        Path report = dir.resolve("reports/run.html");
        Cli r = runFullScript(report);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("wrote report " + report), r.out());
        byte[] bytes = Files.readAllBytes(report);
        String html = new String(bytes, StandardCharsets.UTF_8);
        Document doc = parse(bytes);

        assertEquals("report.groovy", text(only(doc, "h1")));
        List<Element> sections = byClass(doc, "section", "experiment");
        assertEquals(List.of(NAME, "Checks", "Calibrated"), sections.stream()
                .map(s -> text(byClass(s, "span", "name").get(0))).toList(), "the experiments that ran, in order");
        assertFalse(html.contains("<b>&"), "the name is escaped");
        assertTrue(html.contains("&lt;b&gt;&amp;&quot;&#39; \u03c3 \u65e5\u672c"), "UTF-8, not character references");

        // results and summaries of the first experiment, as the table prints them (show digits: 3)
        Element first = sections.get(0);
        List<List<String>> results = rows(table(first, "results"));
        assertEquals(3, results.size());
        assertEquals(List.of("z", "[0.25, 1.23, -0.8]", "softmax", "temperature=1", "[0.249, 0.664, 0.087]"),
                results.get(1));
        List<List<String>> summaries = rows(table(first, "summaries"));
        assertEquals(6, summaries.size(), "two statistics for each of three temperatures");
        assertEquals(List.of("softmax", "temperature=0.5", "entropy", "1"), summaries.get(0).subList(0, 4));

        // one inline SVG per plot, PNG or SVG file alike, at the file's size
        assertPlots(first, Map.of("sweep.png", "0 0 640 480", "sigmoid.svg", "0 0 500 300"));
        assertPlots(sections.get(2), Map.of("reliability.png", "0 0 640 480"));
        assertEquals(0, sections.get(1).getElementsByTagNameNS(SVG, "svg").getLength());
        assertEquals(3, doc.getElementsByTagNameNS(SVG, "svg").getLength());

        // checks: pass and fail, tries, seed and the counterexample the table prints
        List<List<String>> checks = rows(table(sections.get(1), "checks"));
        assertEquals(List.of("sums to 1", "50", "7", "passed"), checks.get(0));
        assertEquals(List.of("sigmoid < 1", "3"), List.of(checks.get(1).get(0), checks.get(1).get(2)));
        assertTrue(Long.parseLong(checks.get(1).get(1)) < 1000, "stops at the first failure");
        Matcher failed = Pattern.compile("FAILED on (\\[[^]]*\\])").matcher(r.out());
        assertTrue(failed.find(), r.out());
        assertTrue(checks.get(1).get(3).startsWith("failed on " + failed.group(1) + "assert sigmoid(z) < 1"),
                checks.get(1).get(3));
        assertEquals(2, byClass(sections.get(1), "span", "fail").size(), "the heading's badge and the row's");

        // metrics with the data set's name and size, calibration, confusion matrix and per-class figures
        Element data = sections.get(2);
        List<List<String>> metrics = rows(table(data, "metrics"));
        assertEquals(List.of("data", "rows", "activation", "params", "calibration", "accuracy", "nll", "ece"),
                headers(table(data, "metrics")));
        assertEquals(List.of("val <set>", "600", "softmax", "", ""), metrics.get(0).subList(0, 5));
        assertTrue(metrics.get(1).get(4).startsWith("temperature T = "), metrics.get(1).toString());
        assertEquals(List.of("true \\ predicted", "seal", "panda & co", "duck"),
                headers(byClass(data, "table", "confusion").get(0)));
        assertEquals(List.of("seal", "panda & co", "duck"), rows(byClass(data, "table", "per-class").get(0)).stream()
                .map(row -> row.get(0)).toList());
        assertEquals(List.of("temperature", "val <set> (600 rows)"), rows(table(data, "calibrations")).get(0)
                .subList(0, 2));

        // the error, as the runner printed it, with the line it names
        Element failure = only(doc, "section", "failure");
        String problem = r.err().lines().findFirst().orElseThrow();
        assertTrue(problem.matches(".*report\\.groovy:23: unknown word 'softmaxx'; did you mean 'softmax'\\?"), problem);
        assertEquals(problem, text(byClass(failure, "pre", "error").get(0)));
        assertEquals("23    apply softmaxx", text(byClass(failure, "pre", "source").get(0)));
        assertTrue(text(only(doc, "p", "status")).contains("the script failed"));
        assertTrue(text(only(doc, "p", "status")).contains("2 checks, 1 failed"));

        assertSelfContained(doc, html);
    }

    /**
     * Every row of every table but the checks' is a line of the table output: the same cells, in the
     * same order, with the same digits.
     */
    @Test
    void everyTableRowIsALineOfTheTableOutput() throws Exception {
        Path report = dir.resolve("run.html");
        Cli r = runFullScript(report);
        Document doc = parse(Files.readAllBytes(report));
        List<String> lines = r.out().lines().toList();
        NodeList tables = doc.getElementsByTagNameNS(XHTML, "table");
        int compared = 0;
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (t.getAttribute("class").equals("checks")) {
                continue; // a badge and the error in full, where the table has one line
            }
            List<List<String>> all = new ArrayList<>(rows(t));
            all.add(0, headers(t));
            for (List<String> row : all) {
                assertTrue(lines.stream().anyMatch(line -> inOrder(line, row)),
                        () -> "no line of the table output has " + row + ":\n" + r.out());
                compared++;
            }
        }
        assertTrue(compared >= 20, "only " + compared + " rows compared");
    }

    private static boolean inOrder(String line, List<String> cells) {
        int at = 0;
        for (String c : cells) {
            if (c.isEmpty()) {
                continue;
            }
            int found = line.indexOf(c, at);
            if (found < 0) {
                return false;
            }
            at = found + c.length();
        }
        return true;
    }

    @Test
    void aScriptThatDoesNotCompileGetsAReportWithItsError() throws Exception {
        Path script = Files.writeString(dir.resolve("syntax.groovy"), "experiment('a') {\n  logits z: [1, 2\n}\n");
        Path report = dir.resolve("syntax.html");
        Cli r = Cli.run("run", script.toString(), "--report", report.toString());
        assertEquals(1, r.exit());
        Document doc = parse(Files.readAllBytes(report));
        assertEquals(0, byClass(doc, "section", "experiment").size());
        Element failure = only(doc, "section", "failure");
        assertEquals(r.err().lines().findFirst().orElseThrow(), text(byClass(failure, "pre", "error").get(0)));
        assertTrue(text(failure).contains("It stopped before any experiment completed."), text(failure));
    }

    @Test
    void aScriptThatTimesOutGetsAReportOfWhatRan() throws Exception {
        Path script = Files.writeString(dir.resolve("loop.groovy"),
                "experiment('before') { logits z: [1, 2]; apply softmax }\nwhile (true) { }\n");
        Path report = dir.resolve("loop.html");
        Cli r = Cli.run("run", script.toString(), "--timeout", "1", "--report", report.toString());
        assertEquals(1, r.exit());
        Document doc = parse(Files.readAllBytes(report));
        assertEquals(List.of("before"), byClass(doc, "span", "name").stream().map(HtmlPages::text).toList());
        Element failure = only(doc, "section", "failure");
        assertTrue(text(byClass(failure, "pre", "error").get(0)).endsWith(
                "loop.groovy:2: timed out after 1 s (--timeout); the script was still running here"), text(failure));
        assertEquals("2while (true) { }", text(byClass(failure, "pre", "source").get(0)));
    }

    @Test
    void aScriptFromStandardInputIsNamedSo() throws Exception {
        Path report = dir.resolve("stdin.html");
        Cli r = Cli.runWithInput("experiment('piped') { logits z: [1, 2]; apply softmax }\nexperiment('x') { apply nope }\n",
                "run", "-", "--report", report.toString());
        assertEquals(1, r.exit());
        Document doc = parse(Files.readAllBytes(report));
        assertEquals("standard input", text(only(doc, "h1")));
        assertEquals("piped", text(byClass(doc, "span", "name").get(0)));
        Element failure = only(doc, "section", "failure");
        assertEquals(r.err().lines().findFirst().orElseThrow(), text(byClass(failure, "pre", "error").get(0)));
        assertTrue(text(failure).contains("<stdin>:2: unknown word 'nope'"), text(failure));
    }

    @Test
    void jsonOnStandardOutputStaysOneDocumentAndAPassingRunSaysPassed() throws Exception {
        Path script = Files.writeString(dir.resolve("ok.groovy"),
                "experiment('one') { logits z: [0.25, 1.23, -0.8]; apply softmax; show digits: 3 }");
        Path report = dir.resolve("ok.html");
        Cli r = Cli.run("run", script.toString(), "--format", "json", "--report", report.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("one", ((Map<?, ?>) ((List<?>) r.json().get("experiments")).get(0)).get("name"));
        Document doc = parse(Files.readAllBytes(report));
        assertEquals("passed 1 experiment \u00b7 0 plots \u00b7 0 checks", text(only(doc, "p", "status")));
        assertEquals(0, doc.getElementsByTagNameNS(XHTML, "nav").getLength(), "no contents for one experiment");
        assertEquals(0, byClass(doc, "section", "failure").size());
    }

    @Test
    void aReportOnAFolderIsAUsageError() throws IOException {
        Path script = Files.writeString(dir.resolve("ok.groovy"), "experiment('one') { }");
        Cli r = Cli.run("run", script.toString(), "--report", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("activations: --report " + dir + " is a directory; name a file, e.g. --report "
                + dir.resolve("run.html")), r.err());
        assertEquals("", r.out(), "nothing ran");
        Cli missing = Cli.run("run", script.toString(), "--report");
        assertTrue(missing.err().startsWith("activations: --report needs a file name, e.g. run.html"), missing.err());
    }

    @Test
    void aReportThatCannotBeWrittenIsAnErrorAfterTheResults() throws IOException {
        Path script = Files.writeString(dir.resolve("ok.groovy"),
                "experiment('one') { logits z: [0.25, 1.23, -0.8]; apply softmax }");
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path report = file.resolve("run.html");
        Cli r = Cli.run("run", script.toString(), "--report", report.toString());
        assertEquals(1, r.exit());
        assertEquals("activations: --report: cannot write " + report + ": " + file + " is a file, not a folder"
                + System.lineSeparator(), r.err());
        assertTrue(r.out().contains("== one"), "the results are still printed");
        assertEquals(List.of(file, script), list(dir), "nothing written");
    }

    @Test
    void replacesAnEarlierReport() throws Exception {
        Path script = Files.writeString(dir.resolve("ok.groovy"), "experiment('again') { }");
        Path report = Files.writeString(dir.resolve("run.html"), "old");
        assertEquals(0, Cli.run("run", script.toString(), "--report", report.toString()).exit());
        assertEquals("again", text(byClass(parse(Files.readAllBytes(report)), "span", "name").get(0)));
        assertEquals("This experiment has no results; nothing to show: add e.g. apply softmax, evaluate accuracy (with"
                + " data), or plot sigmoid, file: 'curve.png'.",
                text(byClass(parse(Files.readAllBytes(report)), "p", "note").get(0)));
        assertEquals(List.of(script, report), list(dir));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
