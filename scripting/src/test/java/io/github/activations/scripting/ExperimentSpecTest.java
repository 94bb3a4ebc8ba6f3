/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test (at least) per DSL word, run through real scripts. */
class ExperimentSpecTest {
    private static final double[] Z = {0.25, 1.23, -0.8};
    private static final double[] SOFTMAX_Z = {0.2491036012488624, 0.663725645234628, 0.08717075351650969};

    @TempDir
    Path dir;

    private static double[] out(Cell c) {
        return (double[]) c.output();
    }

    @Test
    void logitsByName() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('e') { logits z1: [0.25, 1.23, -0.8], z2: [1, 2]; apply softmax }");
        assertEquals(List.of("z1", "z2"), r.cells().stream().map(Cell::logits).collect(Collectors.toList()));
        assertArrayEquals(Z, r.cells().get(0).input());
        assertArrayEquals(new double[] {1, 2}, r.cells().get(1).input());
    }

    @Test
    void logitsAsListAndRowsAndNamedList() throws Exception {
        List<ExperimentResult> r = Scripts.run(dir, String.join("\n",
                "experiment('list') { logits([0.25, 1.23, -0.8]); apply argmax }",
                "experiment('rows') { logits([[1, 2], [3, 1]]); apply argmax }",
                "experiment('named') { logits 'panda', [0, 5, 1]; apply argmax }"));
        assertEquals("z", r.get(0).cells().get(0).logits());
        assertEquals(1, r.get(0).cells().get(0).output());
        assertEquals(List.of("z1", "z2"), r.get(1).cells().stream().map(Cell::logits).collect(Collectors.toList()));
        assertEquals(List.of(1, 0), r.get(1).cells().stream().map(Cell::output).collect(Collectors.toList()));
        assertEquals("panda", r.get(2).cells().get(0).logits());
        assertEquals(1, r.get(2).cells().get(0).output());
    }

    @Test
    void applyRunsEveryFunctionOnEveryLogitsInOrder() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('e') { logits a: [0.25, 1.23, -0.8], b: [-0.25, 1, -0.75]\n"
                + " apply softmax, divideBySum }");
        assertEquals(List.of("a softmax", "a divideBySum", "b softmax", "b divideBySum"),
                r.cells().stream().map(c -> c.logits() + " " + c.activation()).collect(Collectors.toList()));
        assertArrayEquals(SOFTMAX_Z, out(r.cells().get(0)), 1e-15);
        assertArrayEquals(new double[] {0.25 / 0.68, 1.23 / 0.68, -0.8 / 0.68}, out(r.cells().get(1)), 1e-12);
    }

    @Test
    void failingCellIsReportedAndTheRestStillRuns() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('e') { logits z2: [-0.25, 1, -0.75], z3: [0.1, 0.9, 0.2]\n"
                + " apply divideBySum }");
        Cell z2 = r.cells().get(0);
        assertNull(z2.output());
        assertTrue(z2.error().contains("sum of logits is 0"), z2.error());
        assertArrayEquals(new double[] {1 / 12.0, 9 / 12.0, 2 / 12.0}, out(r.cells().get(1)), 1e-15);
    }

    @Test
    void everyCoreFunctionIsReachableInApply() throws Exception {
        ExperimentResult r = Scripts.one(dir, String.join("\n",
                "experiment('all') {",
                "  logits z: [0.25, 1.23, -0.8]",
                "  apply softmax, logSoftmax, logSumExp, softmin, sigmoid, logSigmoid, argmax, oneHot, divideBySum",
                "  apply topK, k: 2",
                "  apply crossEntropy, label: 1",
                "  apply crossEntropy, target: [0, 1, 0]",
                "}"));
        Map<String, Object> byName = r.cells().stream().collect(Collectors.toMap(
            c -> c.activation() + c.params().keySet(), Cell::output));
        assertArrayEquals(SOFTMAX_Z, (double[]) byName.get("softmax[]"), 1e-15);
        double lse = Math.log(Math.exp(0.25) + Math.exp(1.23) + Math.exp(-0.8));
        assertEquals(lse, (Double) byName.get("logSumExp[]"), 1e-15);
        assertArrayEquals(new double[] {0.25 - lse, 1.23 - lse, -0.8 - lse}, (double[]) byName.get("logSoftmax[]"),
                1e-15);
        assertEquals(2, Argmax((double[]) byName.get("softmin[]")));
        assertEquals(1 / (1 + Math.exp(-0.25)), ((double[]) byName.get("sigmoid[]"))[0], 1e-16);
        assertEquals(Math.log(1 / (1 + Math.exp(0.8))), ((double[]) byName.get("logSigmoid[]"))[2], 1e-15);
        assertEquals(1, byName.get("argmax[]"));
        assertArrayEquals(new double[] {0, 1, 0}, (double[]) byName.get("oneHot[]"));
        assertArrayEquals(new int[] {1, 0}, (int[]) byName.get("topK[k]"));
        assertEquals(lse - 1.23, (Double) byName.get("crossEntropy[label]"), 1e-15);
        assertEquals(lse - 1.23, (Double) byName.get("crossEntropy[target]"), 1e-15);
        Set<String> applied = r.cells().stream().map(Cell::activation).collect(Collectors.toSet());
        ExperimentResult logit = Scripts.run(dir, "experiment('l') { logits p: [0.5, 0.25]; apply logit }").get(0);
        assertArrayEquals(new double[] {0, Math.log(1 / 3.0)}, out(logit.cells().get(0)), 1e-15);
        applied.add("logit");
        Set<String> all = EnumSet.allOf(ActivationFunction.class).stream().map(ActivationFunction::word)
                .collect(Collectors.toSet());
        assertEquals(all, applied);
    }

    private static int Argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void applySweepsListValuedParametersAndMasks() throws Exception {
        ExperimentResult r = Scripts.one(dir, String.join("\n",
                "experiment('t') {",
                "  logits z: [0.25, 1.23, -0.8]",
                "  apply softmax, temperature: [0.5, 1, 2]",
                "  apply softmax, mask: [true, false, true]",
                "}"));
        assertEquals(4, r.cells().size());
        assertEquals(List.of(0.5, 1.0, 2.0), r.cells().subList(0, 3).stream()
                .map(c -> c.params().get("temperature")).collect(Collectors.toList()));
        assertArrayEquals(SOFTMAX_Z, out(r.cells().get(1)), 1e-15);
        double e = Math.exp(0.25 - -0.8);
        assertArrayEquals(new double[] {e / (e + 1), 0, 1 / (e + 1)}, out(r.cells().get(3)), 1e-15);
        // higher temperature, flatter distribution
        assertTrue(out(r.cells().get(0))[1] > out(r.cells().get(1))[1]);
        assertTrue(out(r.cells().get(1))[1] > out(r.cells().get(2))[1]);
    }

    @Test
    void showSetsDigitsAndRows() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('e') { logits z: [1, 2]; apply softmax; show digits: 3, rows: 7 }");
        assertEquals(3, r.digits());
        assertEquals(7, r.rows());
        ExperimentResult d = Scripts.one(dir, "experiment('e') { logits z: [1, 2]; apply softmax }");
        assertEquals(-1, d.digits());
        assertEquals(20, d.rows());
    }

    @Test
    void plotCurveWritesSvgOfTheRequestedSize() throws Exception {
        ExperimentResult r = Scripts.one(dir,
                "experiment('s') { plot sigmoid, from: -10, to: 10, file: 'plots/sigmoid.svg', width: 500, height: 300 }");
        Path svg = dir.resolve("plots/sigmoid.svg");
        // every plot's numbers also go to a CSV beside it: x and each curve's y
        assertEquals(List.of(svg.toString(), dir.resolve("plots/sigmoid.csv").toString()), r.files());
        assertSvg(svg, 500, 300);
    }

    /** Well-formed XML whose root is an svg element of the given size. */
    static void assertSvg(Path file, int width, int height) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(width, Double.parseDouble(root.getAttribute("width")));
        assertEquals(height, Double.parseDouble(root.getAttribute("height")));
        assertTrue(root.getElementsByTagName("path").getLength() > 0 || root.getElementsByTagName("line").getLength() > 0);
    }

    @Test
    void plotResultsWritesPngOfTheDefaultSize() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('t') { logits z: [0.25, 1.23, -0.8]\n"
                + " apply softmax, temperature: [0.1, 1, 10]\n plot 'temperature.png' }");
        assertEquals(List.of(dir.resolve("temperature.png").toString(), dir.resolve("temperature.csv").toString()),
                r.files());
        assertPng(dir.resolve("temperature.png"), 640, 480);
        Scripts.one(dir, "experiment('b') { logits z1: [1, 2], z2: [2, 1]; apply softmax; plot file: 'bars.png', width: 320, height: 200 }");
        assertPng(dir.resolve("bars.png"), 320, 200);
    }

    /** PNG signature, then the IHDR chunk's big-endian width and height. */
    static void assertPng(Path file, int width, int height) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(24);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                    Arrays.copyOf(head, 8));
            assertEquals("IHDR", new String(head, 12, 4, StandardCharsets.US_ASCII));
            assertEquals(width, java.nio.ByteBuffer.wrap(head, 16, 4).getInt());
            assertEquals(height, java.nio.ByteBuffer.wrap(head, 20, 4).getInt());
        }
    }

    @Test
    void checkPassesAndReportsTriesAndSeed() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('c') {\n"
                + " check('sigmoid is in [0, 1]', tries: 5000, seed: 3) { double x -> sigmoid(x) >= 0 && sigmoid(x) <= 1 } }");
        CheckResult c = r.checks().get(0);
        assertEquals(new CheckResult("sigmoid is in [0, 1]", 5000, true, 3, null, null), c);
    }

    @Test
    void checkFindsACounterexampleAndReplaysItWithTheSameSeed() throws Exception {
        String script = "experiment('c') { check('below 5', tries: 1000, seed: 9) { double x -> x < 5 } }";
        CheckResult first = Scripts.one(dir, script).checks().get(0);
        assertFalse(first.passed());
        assertTrue((Double) first.counterexample().get(0) >= 5, first.toString());
        assertTrue(first.tries() < 1000);
        assertEquals(first, Scripts.one(dir, script).checks().get(0));
    }

    @Test
    void checkGeneratesByParameterTypeAndReportsExceptions() throws Exception {
        ExperimentResult r = Scripts.one(dir, String.join("\n",
                "experiment('types') {",
                "  check('softmax of a vector sums to about 1', tries: 300) { List z -> Math.abs(softmax(z).sum() - 1) < 1e-12 }",
                "  check('int in range', tries: 300) { int i -> i >= -100 && i <= 100 || i in [Integer.MAX_VALUE, Integer.MIN_VALUE] }",
                "  check('throws') { double x -> divideBySum([x, -x]) != null }",
                "}"));
        assertTrue(r.checks().get(0).passed(), r.checks().get(0).toString());
        assertTrue(r.checks().get(1).passed(), r.checks().get(1).toString());
        CheckResult thrown = r.checks().get(2);
        assertFalse(thrown.passed());
        assertTrue(thrown.error().startsWith("IllegalArgumentException"), thrown.error());
    }

    @Test
    void summarizeGivesStatisticsOverAllVectors() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('s') { logits a: [1, 1, 1, 1], b: [0, 0, 0, 0]\n"
                + " apply softmax\n summarize entropy, maxProbability, margin }");
        assertEquals(3, r.summaries().size());
        Summary entropy = r.summaries().get(0);
        assertEquals("entropy", entropy.statistic());
        assertEquals(2, entropy.count());
        assertEquals(Math.log(4), entropy.mean(), 1e-15);
        assertEquals(0, entropy.sd(), 1e-15);
        assertEquals(0.25, r.summaries().get(1).max(), 1e-16);
        assertEquals(0, r.summaries().get(2).median(), 1e-16);
    }

    @Test
    void summarizeReadsTheDistributionAnOutputStandsFor() throws Exception {
        // logSoftmax's output is ln p: its entropy is that of p = softmax(z), not of the log-probabilities
        // (which gave 0) and its maxProbability is max p (not the negative max ln p)
        ExperimentResult r = Scripts.one(dir, "experiment('s') { logits a: [0.25, 1.23, -0.8]\n"
                + " apply logSoftmax, softmax, sigmoid, divideBySum\n summarize entropy, maxProbability }");
        List<String> summarized = r.summaries().stream().map(Summary::activation).distinct()
                .collect(Collectors.toList());
        assertEquals(List.of("logSoftmax", "softmax"), summarized, "sigmoid and divideBySum give no distribution");
        double h = 0;
        for (double p : SOFTMAX_Z) {
            h -= p * Math.log(p);
        }
        assertEquals(h, r.summaries().get(0).mean(), 1e-15);
        assertEquals(r.summaries().get(2).mean(), r.summaries().get(0).mean(), 1e-15);
        assertEquals(SOFTMAX_Z[1], r.summaries().get(1).mean(), 1e-15);

        ScriptFailure refused = Scripts.fail(dir,
                "experiment('t') { logits a: [1, 2]\n apply sigmoid, divideBySum\n summarize entropy }");
        assertEquals(3, refused.line(), "reported where summarize was written");
        assertTrue(refused.reason().endsWith("sigmoid, divideBySum give none"),
                refused.reason());
    }

    @Test
    void randomLogitsAreSeededAndFollowTheDistribution() throws Exception {
        String script = "experiment('r') { logits random(classes: 4, count: 500, distribution: normal(2, 3), seed: 7)\n"
                + " apply logSumExp }";
        ExperimentResult r = Scripts.one(dir, script);
        assertEquals(500, r.cells().size());
        assertEquals("r500", r.cells().get(499).logits());
        double[] all = r.cells().stream().flatMapToDouble(c -> Arrays.stream(c.input())).toArray();
        double mean = Arrays.stream(all).average().orElseThrow();
        double var = Arrays.stream(all).map(x -> (x - mean) * (x - mean)).sum() / (all.length - 1);
        // 2000 draws: the mean's standard error is 3/sqrt(2000) = 0.067, so 0.3 is 4.5 standard errors.
        assertEquals(2, mean, 0.3);
        assertEquals(3, Math.sqrt(var), 0.3);
        assertArrayEquals(r.cells().get(0).input(), Scripts.one(dir, script).cells().get(0).input());
        ExperimentResult u = Scripts.one(dir, "experiment('u') { logits random(classes: 3, count: 50, "
                + "distribution: uniform(-1, 1), seed: 1); apply argmax }");
        assertTrue(u.cells().stream().flatMapToDouble(c -> Arrays.stream(c.input())).allMatch(x -> x >= -1 && x < 1));
    }

    @Test
    void experimentsRunInOrderAndAreNamed() throws Exception {
        List<ExperimentResult> r = Scripts.run(dir, "experiment('first') { }\nexperiment('second') { }");
        assertEquals(List.of("first", "second"), r.stream().map(ExperimentResult::name).collect(Collectors.toList()));
    }

    @Test
    void javaDrivesTheSameExperimentThroughConsumer() {
        Lab lab = new Lab();
        lab.experiment("Softmax", e -> {
            e.logits("z", 0.25, 1.23, -0.8);
            e.apply(ActivationFunction.SOFTMAX);
            e.apply(Map.of("temperature", List.of(1, 2)), ActivationFunction.SOFTMAX);
            e.check("n = 2", 1000, 1, z -> lab.softmax(List.of(z, 0)).get(0).equals(lab.sigmoid(z)));
        });
        ExperimentResult r = lab.results().get(0);
        assertArrayEquals(SOFTMAX_Z, out(r.cells().get(0)), 1e-15);
        assertEquals(3, r.cells().size());
        assertTrue(r.checks().get(0).passed());
    }

    @Test
    void logitsFollowedByAListLiteralIsTheWordNotIndexing() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('e') {\n logits [0.25, 1.23, -0.8]\n apply argmax }");
        assertEquals("z", r.cells().get(0).logits());
        assertEquals(1, r.cells().get(0).output());
        r = Scripts.one(dir, "experiment('e') {\n logits [[1, 2], [4, 3]]\n apply argmax }");
        assertEquals(List.of("z1", "z2"), r.cells().stream().map(Cell::logits).toList());
        r = Scripts.one(dir, "experiment('e') {\n logits = [3, 1]\n apply argmax }");
        assertEquals(0, r.cells().get(0).output());
        // a variable the script declares keeps its meaning
        r = Scripts.one(dir, "experiment('e') {\n logits [3, 1]\n apply [softmax, argmax] }");
        assertEquals(List.of("softmax", "argmax"), r.cells().stream().map(Cell::activation).toList());
        assertEquals(List.of(), Scripts.run(dir, "def logits = [5, 7]\nassert logits[1] == 7\n"));
    }

    @Test
    void checksAcceptAssertAndExplainNonBooleanResults() throws Exception {
        ExperimentResult r = Scripts.one(dir, String.join("\n",
                "experiment('c') {",
                "  check('asserts', tries: 200) { double z -> assert sigmoid(z) >= 0 }",
                "  check('assert fails', tries: 200) { double z -> assert sigmoid(z) < 1 }",
                "  check('a number') { double z -> sigmoid(z) }",
                "}"));
        assertTrue(r.checks().get(0).passed(), r.checks().get(0).toString());
        assertFalse(r.checks().get(1).passed());
        assertEquals("assert sigmoid(z) < 1", r.checks().get(1).error());
        assertFalse(r.checks().get(2).passed());
        assertTrue(r.checks().get(2).error().contains("not true or false"), r.checks().get(2).error());
    }

    @Test
    void failedChecksAreReportedWithTheirLines() throws Exception {
        Path file = Scripts.write(dir, "c.groovy", "experiment('c') {\n  check('ok') { double z -> true }\n"
                + "  check('below 5', seed: 9) { double x -> x < 5 }\n}");
        ScriptRunner runner = Scripts.runner(dir, java.time.Duration.ofSeconds(60));
        runner.run(file);
        assertEquals(1, runner.failedChecks().size());
        ScriptFailure.Problem p = runner.failedChecks().get(0);
        assertEquals(3, p.line());
        assertTrue(p.reason().startsWith("check 'below 5' failed on ["), p.reason());
    }

    @Test
    void plotSeveralCurvesInOneChart() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('c') { plot sigmoid, logSigmoid, from: -2, to: 2, points: 5,"
                + " file: 'both.png' }");
        assertPng(dir.resolve("both.png"), 640, 480);
        List<String> csv = Files.readAllLines(dir.resolve("both.csv"));
        // both curves' points are in the plot's CSV: 5 each, after the header
        assertEquals(1 + 10, csv.size(), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("sigmoid,") && l.contains(Double.toString(
                io.github.activations.Sigmoid.of(2.0)))), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("logSigmoid,") && l.contains(Double.toString(
                io.github.activations.LogSigmoid.of(-2.0)))), csv.toString());
        assertEquals(2, r.files().size());
    }
}
