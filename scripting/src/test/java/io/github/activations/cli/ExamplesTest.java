/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every script in examples/scripts through the command line with --format json and checks the
 * tutorial's numbers: softmax([0.25, 1.23, -0.8]) = [0.249, 0.664, 0.087], the four divide-by-sum
 * cases, the N = 2 equivalence, the sigmoid plot and the temperature sweep.
 */
class ExamplesTest {
    static final Path EXAMPLES = Path.of(System.getProperty("activations.examples", "../examples/scripts"));

    @TempDir
    Path out;

    private Map<String, Object> run(String script) {
        Cli r = Cli.run("run", EXAMPLES.resolve(script).toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return r.json();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    static List<Map<String, Object>> experiments(Map<String, Object> json) {
        return list(json.get("experiments"));
    }

    static Map<String, Object> result(Map<String, Object> experiment, String logits, String activation) {
        return list(experiment.get("results")).stream()
                .filter(r -> r.get("logits").equals(logits) && r.get("activation").equals(activation))
                .findFirst().orElseThrow(() -> new AssertionError("no " + logits + " " + activation));
    }

    /** The output rounded to 3 decimals, as the tutorial prints it. */
    static List<String> rounded(Map<String, Object> result) {
        @SuppressWarnings("unchecked")
        List<Number> output = (List<Number>) result.get("output");
        return output.stream().map(x -> new BigDecimal(x.toString()).setScale(3, java.math.RoundingMode.HALF_EVEN)
                .toPlainString()).collect(Collectors.toList());
    }

    @Test
    void everyExampleScriptIsTestedHere() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            Set<String> scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".groovy"))
                    .collect(Collectors.toSet());
            assertEquals(Set.of("tutorial.groovy", "dsl-tour.groovy", "sigmoid-plot.groovy", "temperature.groovy",
                    "calibration.groovy"),
                    scripts);
        }
    }

    @Test
    void tutorialPrintsTheTutorialNumbers() {
        List<Map<String, Object>> e = experiments(run("tutorial.groovy"));
        assertEquals(3, e.size());
        Map<String, Object> softmax = result(e.get(0), "z", "softmax");
        assertEquals(List.of(0.25, 1.23, -0.8), ((List<?>) softmax.get("input")).stream()
                .map(x -> ((Number) x).doubleValue()).collect(Collectors.toList()));
        assertEquals(List.of("0.249", "0.664", "0.087"), rounded(softmax));
        assertEquals(1, result(e.get(0), "z", "argmax").get("output"));

        Map<String, Object> dbs = e.get(1);
        assertEquals(List.of("0.368", "1.809", "-1.176"), rounded(result(dbs, "z1", "divideBySum")));
        Map<String, Object> z2 = result(dbs, "z2", "divideBySum");
        assertTrue(z2.get("error").toString().contains("sum of logits is 0"), z2.toString());
        assertTrue(!z2.containsKey("output"));
        assertEquals(List.of("0.083", "0.750", "0.167"), rounded(result(dbs, "z3", "divideBySum")));
        assertEquals(List.of("0.231", "0.514", "0.255"), rounded(result(dbs, "z3", "softmax")));
        assertEquals(List.of("0.000", "0.900", "0.100"), rounded(result(dbs, "z4", "divideBySum")));
        assertEquals(List.of("0.219", "0.539", "0.242"), rounded(result(dbs, "z4", "softmax")));

        Map<String, Object> check = list(e.get(2).get("checks")).get(0);
        assertEquals("softmax([z, 0])[0] == sigmoid(z)", check.get("name"));
        assertEquals(100_000, check.get("tries"));
        assertEquals(true, check.get("passed"));
        assertEquals(42, check.get("seed"));
        assertEquals(null, check.get("counterexample"));
    }

    @Test
    void tutorialTableShowsThreeDigits() {
        Cli r = Cli.run("run", EXAMPLES.resolve("tutorial.groovy").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("[0.249, 0.664, 0.087]"), r.out());
        assertTrue(r.out().contains("error: sum of logits is 0"), r.out());
        assertTrue(r.out().contains("passed"), r.out());
    }

    @Test
    void sigmoidPlotWritesPngAndSvg() throws Exception {
        Map<String, Object> e = experiments(run("sigmoid-plot.groovy")).get(0);
        // one CSV of the plotted numbers beside the plots, written once for both
        assertEquals(List.of(out.resolve("sigmoid.png").toString(), out.resolve("sigmoid.csv").toString(),
                out.resolve("sigmoid.svg").toString()), e.get("files"));
        io.github.activations.scripting.PlotFiles.assertPng(out.resolve("sigmoid.png"), 640, 480);
        io.github.activations.scripting.PlotFiles.assertSvg(out.resolve("sigmoid.svg"), 640, 480);
        Map<String, Object> points = experiments(run("sigmoid-plot.groovy")).get(1);
        assertEquals(List.of("0.000", "0.269", "0.500", "0.731", "1.000"), rounded(result(points, "x", "sigmoid")));
    }

    @Test
    void temperatureSweepFlattensTheDistribution() throws Exception {
        List<Map<String, Object>> e = experiments(run("temperature.groovy"));
        List<Map<String, Object>> sweep = list(e.get(0).get("results"));
        assertEquals(List.of(0.1, 0.5, 1.0, 2.0, 10.0), sweep.stream()
                .map(r -> ((Number) ((Map<?, ?>) r.get("params")).get("temperature")).doubleValue())
                .collect(Collectors.toList()));
        assertEquals(List.of("0.249", "0.664", "0.087"), rounded(sweep.get(2)));
        assertEquals(List.of("0.000", "1.000", "0.000"), rounded(sweep.get(0)));
        assertEquals(List.of("0.333", "0.367", "0.300"), rounded(sweep.get(4)));
        io.github.activations.scripting.PlotFiles.assertPng(out.resolve("temperature.png"), 640, 480);
        List<Map<String, Object>> summaries = list(e.get(1).get("summaries"));
        List<Double> entropy = summaries.stream().filter(s -> s.get("statistic").equals("entropy"))
                .map(s -> ((Number) s.get("mean")).doubleValue()).collect(Collectors.toList());
        assertEquals(3, entropy.size());
        assertTrue(entropy.get(0) < entropy.get(1) && entropy.get(1) < entropy.get(2), entropy.toString());
        assertTrue(entropy.get(2) < Math.log(3));
        assertTrue(Files.exists(out.resolve("temperature-sweep-of-z-0-25-1-23-0-8.csv")));
    }

    @Test
    void dslTourRunsAllFiveExperimentsOfTheIssue() throws Exception {
        List<Map<String, Object>> e = experiments(run("dsl-tour.groovy"));
        assertEquals(List.of("Softmax vs divide-by-sum", "Temperature", "Sigmoid curve", "Two-class softmax is sigmoid",
                "Random logits"), e.stream().map(x -> x.get("name")).collect(Collectors.toList()));
        assertEquals(8, list(e.get(0).get("results")).size());
        assertEquals(5, list(e.get(1).get("results")).size());
        io.github.activations.scripting.PlotFiles.assertPng(out.resolve("temperature.png"), 640, 480);
        io.github.activations.scripting.PlotFiles.assertSvg(out.resolve("sigmoid.svg"), 640, 480);
        assertEquals(true, list(e.get(3).get("checks")).get(0).get("passed"));
        Map<String, Object> random = e.get(4);
        assertEquals(1000, list(random.get("results")).size());
        List<Map<String, Object>> summaries = list(random.get("summaries"));
        assertEquals(List.of("entropy", "maxProbability"), summaries.stream().map(s -> s.get("statistic"))
                .collect(Collectors.toList()));
        for (Map<String, Object> s : summaries) {
            assertEquals(1000, s.get("count"));
            assertTrue(((Number) s.get("min")).doubleValue() >= 0);
        }
        assertTrue(((Number) summaries.get(0).get("max")).doubleValue() <= Math.log(10));
        assertTrue(((Number) summaries.get(1).get("min")).doubleValue() >= 0.1);
    }

    /** The calibration script with its data paths (relative to the repository root) made absolute. */
    static Path calibrationScript(Path dir) throws IOException {
        Path data = EXAMPLES.resolve("../data").toAbsolutePath().normalize();
        String text = Files.readString(EXAMPLES.resolve("calibration.groovy"))
                .replace("'examples/data/", "'" + data.toString().replace("\\", "/") + "/");
        return Files.writeString(dir.resolve("calibration.groovy"), text);
    }

    @Test
    void calibrationFindsTheTemperatureOfTheOverconfidentModel() throws Exception {
        Cli r = Cli.run("run", calibrationScript(out).toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<Map<String, Object>> e = experiments(r.json());
        assertEquals(4, e.size());
        Map<String, Object> before = list(e.get(0).get("evaluations")).get(0);
        assertEquals("validation", before.get("dataset"));
        assertEquals(600, before.get("rows"));
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) before.get("metrics");
        assertEquals(List.of("accuracy", "nll", "brier", "ece", "mce"), List.copyOf(m.keySet()));
        assertTrue(m.get("ece").doubleValue() > 0.1, "the example model is overconfident: " + m);
        // the sweep's NLL is lowest near the simulated overconfidence 2.5 (make.py), not at T = 1
        List<Map<String, Object>> sweep = list(e.get(1).get("evaluations"));
        assertEquals(8, sweep.size());
        Map<String, Object> best = sweep.stream().min((a, b) -> Double.compare(nll(a), nll(b))).orElseThrow();
        double bestT = ((Number) ((Map<?, ?>) best.get("params")).get("temperature")).doubleValue();
        assertTrue(bestT >= 2 && bestT <= 3, "lowest NLL at T = " + bestT);
        List<Map<String, Object>> cal = list(e.get(2).get("calibrations"));
        assertEquals(2, cal.size(), "test.csv and test.json");
        for (Map<String, Object> c : cal) {
            double t = ((Number) ((Map<?, ?>) c.get("parameters")).get("T")).doubleValue();
            // 600 validation rows: the fit is within about 0.2 of the simulated 2.5
            assertEquals(2.5, t, 0.4, c.toString());
            assertEquals("validation", c.get("fittedOn"));
            double eceBefore = ((Number) ((Map<?, ?>) c.get("before")).get("ece")).doubleValue();
            double eceAfter = ((Number) ((Map<?, ?>) c.get("after")).get("ece")).doubleValue();
            assertTrue(eceAfter < eceBefore / 2, c.toString());
        }
        Map<String, Object> platt = list(e.get(3).get("calibrations")).get(0);
        double a = ((Number) ((Map<?, ?>) platt.get("parameters")).get("a")).doubleValue();
        assertEquals(1 / 2.5, a, 0.1, platt.toString());
        for (String f : List.of("reliability-before.png", "reliability-before.csv", "confidence.png",
                "nll-ece-vs-temperature.png", "reliability-after-test.png", "reliability-after-test-JSON.png",
                "an-overconfident-model-metrics.csv",
                "temperature-scaling-fitted-on-validation-checked-on-test-calibration.csv")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        io.github.activations.scripting.PlotFiles.assertPng(out.resolve("reliability-before.png"), 640, 480);
    }

    private static double nll(Map<String, Object> evaluation) {
        return ((Number) ((Map<?, ?>) evaluation.get("metrics")).get("nll")).doubleValue();
    }
}
