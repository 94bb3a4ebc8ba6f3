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
        assertTrue(help.out().startsWith("Usage: activations run FILE.groovy|- [--format table|csv|json]"), help.out());
        assertTrue(help.out().contains("--param=NAME=VALUE") && help.out().contains("--classpath=JARS"), help.out());
        assertTrue(help.out().contains("not sandboxed"));
        assertTrue(help.out().contains("Commands:") && help.out().contains("Options of run:")
                && help.out().contains("--timeout=SECONDS"), help.out());
        assertFalse(help.out().contains("generate-completion"), help.out());
        assertEquals(help, Cli.run("-h"));
        assertEquals(help, Cli.run("help"));
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

    @Test
    void usageErrorsNameTheOptionOrCommandAtFault() throws IOException {
        String ok = script("ok.groovy", "experiment('e') { }");
        assertUsage(Cli.run("run", ok, "other.groovy"), "activations: one script at a time: '" + ok + "' and 'other.groovy'");
        assertUsage(Cli.run("run", ok, "--format"), "activations: --format needs a value: table, csv or json");
        assertUsage(Cli.run("run", ok, "--out"), "activations: --out needs a directory");
        assertUsage(Cli.run("run", ok, "--timeout"), "activations: --timeout needs a number of seconds");
        assertUsage(Cli.run("run", ok, "--timeout", "soon"),
                "activations: --timeout must be a positive number of seconds, not 'soon'");
        assertUsage(Cli.run("run", ok, "--data", "val"), "activations: --data needs NAME=FILE, e.g. --data val=val.npz,"
                + " not 'val'" + System.lineSeparator());
        assertUsage(Cli.run("run", ok, "--param", "T"), "activations: --param needs NAME=VALUE, e.g. --param T=1.5,"
                + " not 'T'" + System.lineSeparator());
        assertUsage(Cli.run("run", ok, "--data"), "activations: --data needs NAME=FILE, e.g. --data val=val.npz");
        assertUsage(Cli.run("run", "--fromat", "json", ok), "activations: unknown option '--fromat'; did you mean '--format'?");
        assertUsage(Cli.run("run", "-x"), "activations: unknown option '-x'" + System.lineSeparator());
        assertUsage(Cli.run("check", ok, "--format", "json"),
                "activations: unknown option '--format' for check; it is an option of run");
        assertUsage(Cli.run("--fromat"), "activations: unknown command '--fromat'; did you mean '--format'?");
        assertUsage(Cli.run("--stacktrace", "run", ok),
                "activations: unknown command '--stacktrace'; options follow the command, e.g. activations run");
        assertUsage(Cli.run("hlep"), "activations: unknown command 'hlep'; did you mean 'help'?");
        assertUsage(Cli.run("help", "rn"), "activations: unknown command 'rn'; did you mean 'run'?");
        Cli r = Cli.run("run", ok, "--fromat");
        assertTrue(r.err().endsWith("Run 'activations run --help' for usage." + System.lineSeparator()), r.err());
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        Cli run = Cli.run("run", "--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: activations run "), run.out());
        for (String option : List.of("FILE.groovy", "--format=table|csv|json", "--out=DIR", "--timeout=SECONDS",
                "--stacktrace", "-h, --help")) {
            assertTrue(run.out().contains(option), option + " in\n" + run.out());
        }
        assertEquals(run, Cli.run("help", "run"));
        assertEquals(run, Cli.run("run", "-h"));
        Cli check = Cli.run("check", "--help");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().startsWith("Usage: activations check ") && check.out().contains("--stacktrace"),
                check.out());
        assertFalse(check.out().contains("--format"), check.out());
    }

    @Test
    void optionValuesMayFollowAnEqualsSign() throws IOException {
        String ok = script("ok.groovy", "experiment('e') { logits z: [0, 0]; apply softmax }");
        Cli r = Cli.run("run", "--format=json", "--timeout=30", ok);
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(0.5, 0.5), ((List<?>) ExamplesTest.list(ExamplesTest.experiments(r.json()).get(0)
                .get("results")).get(0).get("output")).stream().map(x -> ((Number) x).doubleValue()).toList());
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
        // A failing script still writes a whole document: the experiments that ran, then the error.
        String s = script("s.groovy", "experiment('ran') { logits z: [0.5]; apply sigmoid }\n"
                + "experiment('E') {\n  logits z: [1]\n  apply divideBySum, temperature: 2\n}");
        Cli wrong = Cli.run("run", s, "--format", "json");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().startsWith(s + ":4: divideBySum takes no parameter 'temperature'"), wrong.err());
        Map<String, Object> failed = wrong.json();
        assertEquals(List.of("experiments", "error", "problems"), List.copyOf(failed.keySet()));
        assertEquals(List.of("ran"), ExamplesTest.experiments(failed).stream().map(x -> x.get("name")).toList());
        assertEquals(Map.of("file", s, "line", 4, "reason", "divideBySum takes no parameter 'temperature'"),
                failed.get("error"));
        assertEquals(List.of(failed.get("error")), failed.get("problems"));

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
        assertEquals(List.of("name", "results", "checks", "summaries", "files", "evaluations", "calibrations"),
                List.copyOf(e.keySet()));
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
        // full precision whatever show digits says, one row per output element
        String expected = "experiment,logits,activation,params,index,input,output,error\r\n"
                + "My run #1,z,softmax,temperature=1,0,0.25,0.2491036012488624,\r\n"
                + "My run #1,z,softmax,temperature=1,1,1.23,0.663725645234628,\r\n"
                + "My run #1,z,softmax,temperature=1,2,-0.8,0.08717075351650969,\r\n"
                + "My run #1,z,softmax,temperature=2,0,0.25,"
                + io.github.activations.Softmax.of(new double[] {0.25, 1.23, -0.8}, 2)[0] + ",\r\n";
        assertTrue(r.out().startsWith(expected), r.out());
        assertEquals(7, r.out().split("\r\n").length);
        assertEquals(r.out(), Files.readString(outDir.resolve("my-run-1.csv"), StandardCharsets.UTF_8));
        assertEquals(List.of("my-run-1.csv"), listNames(outDir));

        // checks and summaries get files of their own
        String p = script("p.groovy", "experiment('P') { logits z: [0.25, 1.23, -0.8]; apply softmax\n"
                + " summarize entropy\n check('s', tries: 5, seed: 3) { double x -> sigmoid(x) > 0 } }");
        Path pDir = dir.resolve("p");
        Cli pr = Cli.run("run", p, "--out", pDir.toString());
        assertEquals(0, pr.exit(), pr.err());
        assertEquals(List.of("p-checks.csv", "p-summaries.csv", "p.csv"), listNames(pDir));
        assertTrue(Files.readString(pDir.resolve("p-checks.csv")).contains("P,s,5,3,true,,"));
        assertTrue(Files.readString(pDir.resolve("p-summaries.csv")).contains("P,softmax,,entropy,1,0.83096455864010"));
        assertTrue(pr.out().contains("wrote p.csv, p-checks.csv, p-summaries.csv to " + pDir), pr.out());
    }

    private static List<String> listNames(Path d) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(d)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
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

    @Test
    void dataOptionBindsADataSetAndOutWritesItsMetricsInFull() throws IOException {
        Path logits = Files.writeString(dir.resolve("logits.csv"), "1,0\n0,2\n3,1\n");
        Path labels = Files.writeString(dir.resolve("labels.csv"), "0\n1\n1\n");
        String s = script("d.groovy", "experiment('E') {\n  data model\n  evaluate accuracy, nll\n}");
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", s, "--data", "model=" + logits, "--data", "model.labels=" + labels, "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("model     3  softmax"), r.out());
        java.util.List<String> csv = Files.readAllLines(out.resolve("e-metrics.csv"));
        assertEquals("experiment,dataset,rows,activation,params,calibration,metric,value", csv.get(0));
        double nll = (io.github.activations.CrossEntropy.of(new double[] {1, 0}, 0)
                + io.github.activations.CrossEntropy.of(new double[] {0, 2}, 1)
                + io.github.activations.CrossEntropy.of(new double[] {3, 1}, 1)) / 3;
        assertEquals(List.of("E,model,3,softmax,,,accuracy," + (2.0 / 3), "E,model,3,softmax,,,nll," + nll),
                csv.subList(1, 3), "full precision, one row per metric");

        Cli missing = Cli.run("run", s, "--data", "model=" + dir.resolve("nope.npy"));
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--data model: ") && missing.err().contains("no such file"), missing.err());
        Cli word = Cli.run("run", s, "--data", "data=" + logits);
        assertEquals(2, word.exit());
        assertTrue(word.err().contains("'data' is a word of the DSL"), word.err());
        Cli orphan = Cli.run("run", s, "--data", "model.labels=" + labels);
        assertEquals(2, orphan.exit());
        assertTrue(orphan.err().contains("needs --data model=FILE"), orphan.err());
    }

    @Test
    void dataOptionTakesAColumnNamedLabelAsTheLabels() throws Exception {
        // labelled.csv: 20 rows x 4 classes and a label column, written by NumPy with its accuracy and NLL
        Path csv = Path.of(MainTest.class.getResource("/io/github/activations/data/numpy/labelled.csv").toURI());
        List<String> expected = Files.readAllLines(csv.resolveSibling("labelled_expected.csv"));
        String s = script("l.groovy", "println val\nexperiment('E') {\n  data val\n  evaluate accuracy, nll\n}");
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", s, "--data", "val=" + csv, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Dataset[val, 20 rows x 4 classes, labels from column 'label']"), r.out());
        List<String> metrics = Files.readAllLines(out.resolve("e-metrics.csv"));
        assertEquals("E,val,20,softmax,,,accuracy," + expected.get(1).split(",")[0], metrics.get(1));
        // NumPy's log-sum-exp and CrossEntropy round differently in the last bits (bound as in DatasetReaderNumpyTest)
        assertEquals(Double.parseDouble(expected.get(1).split(",")[1]),
                Double.parseDouble(metrics.get(2).substring(metrics.get(2).lastIndexOf(',') + 1)), 1e-14);
    }
}
