/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, formats, error reporting. */
class MainTest {
    @TempDir
    Path dir;

    private String script(String name, String source) throws IOException {
        return Files.writeString(dir.resolve(name), source, StandardCharsets.UTF_8).toString();
    }

    @Test
    void helpAndVersion() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: activations run FILE.groovy [--format table|csv|json]"), help.out());
        assertTrue(help.out().contains("not sandboxed"));
        Cli version = Cli.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("activations \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Groovy 5\\.0\\.\\d+, Java .*\\)\\R"),
                version.out());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        String ok = script("ok.groovy", "experiment('e') { }");
        assertUsage(Cli.run(), "Usage:");
        assertUsage(Cli.run("runn", ok), "activations: unknown command 'runn'; did you mean 'run'?");
        assertUsage(Cli.run("run"), "activations: run needs a script file");
        assertUsage(Cli.run("run", ok, "--fromat", "json"), "activations: unknown option '--fromat'; did you mean '--format'?");
        assertUsage(Cli.run("run", ok, "--format", "xml"), "activations: --format must be table, csv or json, not 'xml'");
        assertUsage(Cli.run("run", ok, "--timeout", "-1"), "activations: --timeout must be a positive number");
        assertUsage(Cli.run("run", dir.resolve("missing.groovy").toString()), "activations: no such file: ");
        assertUsage(Cli.run("run", dir.toString()), "activations: " + dir + " is a directory; run takes one script file");
        assertUsage(Cli.run("check", dir.toString()), "activations: " + dir + " is a directory; check takes one");
    }

    private static void assertUsage(Cli r, String errStart) {
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith(errStart), r.err());
        assertEquals("", r.out());
    }

    @Test
    void scriptErrorsExitOneWithFileLineAndNoStackTrace() throws IOException {
        String bad = script("typo.groovy", "experiment('e') {\n  logits z: [1, 2]\n  tempratures [0.1]\n}\n");
        Cli r = Cli.run("run", bad);
        assertEquals(1, r.exit());
        assertEquals(bad + ":3: unknown word 'tempratures'; did you mean 'temperature'?" + System.lineSeparator(),
                r.err());
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void stacktraceOptionPrintsTheStackTrace() throws IOException {
        String bad = script("boom.groovy", "throw new IllegalStateException('boom')");
        Cli r = Cli.run("run", bad, "--stacktrace");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(bad + ":1: IllegalStateException: boom"), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void timeoutNamesTheLine() throws IOException {
        String loop = script("loop.groovy", "experiment('e') {\n  while (true) {\n  }\n}\n");
        Cli r = Cli.run("run", loop, "--timeout", "0.5");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(loop + ":2: timed out after 0.5 s"), r.err());
    }

    @Test
    void checkCommandCompilesOnly() throws IOException {
        String ok = script("ok.groovy", "experiment('e') { logits z: [1]; apply softmax }\nthrow new Error('not run')");
        Cli r = Cli.run("check", ok);
        assertEquals(0, r.exit(), r.err());
        assertEquals(ok + ": ok" + System.lineSeparator(), r.out());
        String bad = script("bad.groovy", "experiment('e') {\n  logits z: [1,\n");
        Cli b = Cli.run("check", bad);
        assertEquals(1, b.exit());
        assertTrue(b.err().startsWith(bad + ":"), b.err());
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        // A failing script writes no JSON at all, only its error.
        String s = script("s.groovy", "experiment('E') {\n  logits z: [1]\n  apply divideBySum, temperature: 2\n}");
        Cli wrong = Cli.run("run", s, "--format", "json");
        assertEquals(1, wrong.exit());
        assertEquals("", wrong.out());
        assertTrue(wrong.err().startsWith(s + ":3: divideBySum takes no parameter 'temperature'"), wrong.err());

        String good = script("g.groovy", String.join("\n",
                "experiment('E') {",
                "  logits z2: [-0.25, 1, -0.75]",
                "  apply softmax, divideBySum",
                "  check('p', tries: 10, seed: 5) { double x -> x == x }",
                "  summarize maxProbability",
                "}"));
        Cli r = Cli.run("run", good, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> json = r.json();
        assertEquals(List.of("experiments"), List.copyOf(json.keySet()));
        Map<String, Object> e = ExamplesTest.experiments(json).get(0);
        assertEquals(List.of("name", "results", "checks", "summaries", "files"), List.copyOf(e.keySet()));
        List<Map<String, Object>> results = ExamplesTest.list(e.get("results"));
        assertEquals(List.of("logits", "input", "activation", "params", "output"), List.copyOf(results.get(0).keySet()));
        assertEquals(List.of("logits", "input", "activation", "params", "error"), List.copyOf(results.get(1).keySet()));
        assertEquals(Map.of(), results.get(0).get("params"));
        Map<String, Object> check = ExamplesTest.list(e.get("checks")).get(0);
        assertEquals(List.of("name", "tries", "passed", "seed", "counterexample"), List.copyOf(check.keySet()));
        assertEquals(List.of("activation", "params", "statistic", "count", "mean", "sd", "min", "median", "max"),
                List.copyOf(ExamplesTest.list(e.get("summaries")).get(0).keySet()));
        assertEquals(List.of(), e.get("files"));
    }

    @Test
    void csvFormatAndOutDirectory() throws IOException {
        String s = script("c.groovy", "experiment('My run #1') { logits z: [0.25, 1.23, -0.8]; apply softmax, temperature: [1, 2]\n"
                + " show digits: 3 }");
        Path outDir = dir.resolve("out");
        Cli r = Cli.run("run", s, "--format", "csv", "--out", outDir.toString());
        assertEquals(0, r.exit(), r.err());
        String expected = "experiment,logits,input,activation,params,output,error\r\n"
                + "My run #1,z,\"[0.25, 1.23, -0.8]\",softmax,temperature=1,\"[0.249, 0.664, 0.087]\",\r\n"
                + "My run #1,z,\"[0.25, 1.23, -0.8]\",softmax,temperature=2,\"[0.310, 0.506, 0.183]\",\r\n";
        assertEquals(expected, r.out());
        assertEquals(expected, Files.readString(outDir.resolve("my-run-1.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void tablesAreAlignedAndUseLocaleRoot() throws IOException {
        String s = script("t.groovy", "experiment('T') { logits z: [0.25, 1.23, -0.8], long_name: [1.5, 0]\n"
                + " apply softmax\n show digits: 3 }");
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        Cli r;
        try {
            r = Cli.run("run", s);
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals(0, r.exit(), r.err());
        String nl = System.lineSeparator();
        assertEquals("== T" + nl
                + "  logits     input               activation  params  output" + nl
                + "  z          [0.25, 1.23, -0.8]  softmax             [0.249, 0.664, 0.087]" + nl
                + "  long_name  [1.5, 0]            softmax             [0.818, 0.182]" + nl
                + nl, r.out());
    }

    @Test
    void scriptPrintlnGoesToStderrWhenStdoutIsJson() throws IOException {
        String s = script("p.groovy", "println 'hello'\nexperiment('e') { }");
        Cli json = Cli.run("run", s, "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().startsWith("{\"experiments\":"), json.out());
        assertTrue(json.err().contains("hello"), json.err());
        Cli table = Cli.run("run", s);
        assertTrue(table.out().startsWith("hello"), table.out());
    }
}
