/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.CrossEntropy;
import io.github.activations.data.Dataset;
import io.github.activations.data.DatasetReader;
import io.github.activations.evaluation.Evaluation;
import io.github.activations.evaluation.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data words (dataset, data, evaluate, calibrate, data plots) run through real scripts. */
class DataExperimentTest {
    @TempDir
    Path dir;

    private Path csv() throws IOException {
        // four rows of three classes; the model is right on rows 0, 1 and 3 (argmax = label), wrong on row 2
        return Files.writeString(dir.resolve("val.csv"), String.join("\n",
                "# a tiny validation set",
                "seal,panda,duck,label",
                "2.0,0.5,-1.0,0",
                "0.1,1.5,0.2,1",
                "0.3,0.2,-0.4,2",
                "\"-1\",0,3,2", ""), StandardCharsets.UTF_8);
    }

    private static String path(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void evaluateReportsTheRequestedMetricsInOrder() throws Exception {
        Path file = csv();
        ExperimentResult r = Scripts.one(dir, "experiment('e') {\n data dataset('" + path(file)
                + "', labelColumn: 'label')\n evaluate accuracy, topK(2), nll, brier, ece(bins: 5), mce, entropy, "
                + "confusion, perClass\n}");
        assertEquals(1, r.evaluations().size());
        EvaluationResult e = r.evaluations().get(0);
        assertEquals("val", e.dataset());
        assertEquals(4, e.rows());
        assertEquals(3, e.classes());
        assertEquals("softmax", e.activation());
        assertEquals(List.of("accuracy", "top2", "nll", "brier", "ece(5)", "mce", "entropy"),
                List.copyOf(e.metrics().keySet()));
        assertEquals(0.75, e.metrics().get("accuracy"), 0);
        // row 2's label (logit -0.4) is the smallest of its row: outside the top 2
        assertEquals(0.75, e.metrics().get("top2"), 0);
        double nll = (CrossEntropy.of(new double[] {2.0, 0.5, -1.0}, 0) + CrossEntropy.of(new double[] {0.1, 1.5, 0.2}, 1)
                + CrossEntropy.of(new double[] {0.3, 0.2, -0.4}, 2) + CrossEntropy.of(new double[] {-1, 0, 3}, 2)) / 4;
        assertEquals(nll, e.metrics().get("nll"), 1e-15);
        Dataset d = DatasetReader.builder().labelColumn("label").build().read(file);
        Evaluation direct = Evaluation.of(d, Evaluation.Spec.of(Metric.BRIER, Metric.ECE, Metric.MCE).bins(5, 15));
        assertEquals(direct.brier(), e.metrics().get("brier"), 0);
        assertEquals(direct.ece(5), e.metrics().get("ece(5)"), 0);
        assertEquals(direct.mce(15), e.metrics().get("mce"), 0);
        assertNotNull(e.confusion());
        assertEquals(List.of("seal", "panda", "duck"), e.confusion().classNames());
        assertEquals(1, e.confusion().count(2, 0));
        assertEquals(3, e.perClass().size());
        assertEquals(2, e.perClass().get(2).support());
    }

    @Test
    void temperatureSweepPlotsMetricsAgainstTemperature() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('sweep') {\n data simulated(count: 3000, overconfidence: 2.5,"
                + " seed: 3)\n apply softmax, temperature: [1, 2.5, 6]\n evaluate nll, ece\n"
                + " plot nll, ece, file: 'sweep.png'\n}");
        assertEquals(3, r.evaluations().size());
        List<Object> temperatures = r.evaluations().stream().map(e -> e.params().get("temperature"))
                .collect(Collectors.toList());
        assertEquals(List.of(1.0, 2.5, 6.0), temperatures);
        double nllAt1 = r.evaluations().get(0).metrics().get("nll");
        double nllAtS = r.evaluations().get(1).metrics().get("nll");
        double nllAt6 = r.evaluations().get(2).metrics().get("nll");
        assertTrue(nllAtS < nllAt1 && nllAtS < nllAt6, nllAt1 + " " + nllAtS + " " + nllAt6);
        assertEquals(List.of("sweep.csv", "sweep.png", "test.groovy"), files());
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(1 + 2 * 3, csv.size(), "a header and one line per metric and temperature: " + csv);
        assertTrue(String.join("\n", csv).contains(Double.toString(nllAtS)), "full precision in the CSV: " + csv);
    }

    @Test
    void calibrateTemperatureFindsTheOverconfidenceAndImproves() throws Exception {
        ExperimentResult r = Scripts.one(dir, String.join("\n",
                "def val = simulated(count: 20000, separation: 1.5, overconfidence: 2.5, seed: 1, name: 'val')",
                "experiment('cal') {",
                "  data simulated(count: 20000, separation: 1.5, overconfidence: 2.5, seed: 2, name: 'test'), val",
                "  evaluate accuracy, nll, ece",
                "  calibrate temperature, on: val",
                "  plot reliability, file: 'rel.png'",
                "}"));
        assertEquals(2, r.calibrations().size());
        CalibrationResult onTest = r.calibrations().get(0);
        assertEquals("temperature", onTest.method());
        assertEquals("val", onTest.fittedOn());
        assertEquals("test", onTest.dataset());
        double t = onTest.parameters().get("T");
        // 20,000 rows: T is within a few hundredths of the simulated overconfidence 2.5 (the fit's sampling error is
        // about 0.01 here); 0.1 leaves room without letting a wrong fit (T = 1, or 1/2.5) through
        assertEquals(2.5, t, 0.1);
        assertEquals("converged", onTest.status());
        assertTrue(onTest.after().get("ece") < onTest.before().get("ece") / 3, onTest.toString());
        assertEquals(onTest.before().get("accuracy"), onTest.after().get("accuracy"), 0, "T keeps the argmax");
        CalibrationResult onVal = r.calibrations().get(1);
        assertEquals(t, onVal.parameters().get("T"), 0, "fitted once on val");
        assertTrue(onVal.after().get("nll") <= onVal.before().get("nll"), "the fit minimises the NLL on its own set");
        assertTrue(r.evaluations().get(1).calibration().startsWith("temperature T = 2."), r.evaluations().toString());
        assertEquals(List.of("rel-test.csv", "rel-test.png", "rel-val.csv", "rel-val.png", "test.groovy"), files());
    }

    @Test
    void plattScalesOneScorePerRow() throws Exception {
        ExperimentResult r = Scripts.one(dir, "experiment('b') {\n data simulated(binary: true, count: 20000,"
                + " separation: 1, overconfidence: 3, seed: 5)\n evaluate accuracy, nll, brier, ece\n calibrate platt\n}");
        assertEquals("sigmoid", r.evaluations().get(0).activation());
        CalibrationResult c = r.calibrations().get(0);
        // the simulation's exact posterior is σ(score / 3): a = 1/3, b = 0, up to sampling error (about 0.01 here)
        assertEquals(1.0 / 3, c.parameters().get("a"), 0.03);
        assertEquals(0, c.parameters().get("b"), 0.05);
        assertTrue(c.after().get("nll") <= c.before().get("nll"));
    }

    @Test
    void datasetTakesAColumnNamedLabelUnlessLabelColumnIsNull() throws Exception {
        Path file = csv();
        ExperimentResult r = Scripts.one(dir, "experiment('e') {\n data dataset('" + path(file) + "')\n evaluate"
                + " accuracy, nll\n}");
        EvaluationResult e = r.evaluations().get(0);
        assertEquals(3, e.classes());
        assertEquals(0.75, e.metrics().get("accuracy"), 0);
        Dataset named = DatasetReader.builder().labelColumn("label").build().read(file);
        assertEquals(io.github.activations.evaluation.Metrics.nll(named), e.metrics().get("nll"), 0);
        ExperimentResult logits = Scripts.one(dir, "experiment('e') {\n data dataset('" + path(file)
                + "', labelColumn: null)\n evaluate entropy\n}");
        assertEquals(4, logits.evaluations().get(0).classes(), "labelColumn: null reads the label column as logits");
    }

    @Test
    void mistakesAreReportedWhereTheyWereWritten() throws Exception {
        Path file = csv();
        String load = "  data dataset('" + path(file) + "', labelColumn: 'label')\n";
        assertProblem(3, "has no data; add e.g. data dataset('val.npz')",
                "experiment('e') {\n  logits z: [1, 2]\n  evaluate nll\n}");
        assertProblem(3, "apply takes softmax or logSoftmax, not divideBySum",
                "experiment('e') {\n" + load + "  apply divideBySum\n  evaluate nll\n}");
        assertProblem(3, "calibrate platt needs one score per row",
                "experiment('e') {\n" + load + "  calibrate platt\n}");
        assertProblem(2, "calibrate temperature needs several classes",
                "experiment('e') {\n  calibrate temperature\n  data simulated(binary: true)\n}");
        assertProblem(3, "metrics are plotted against a swept temperature",
                "experiment('e') {\n" + load + "  plot nll, file: 'n.png'\n  evaluate nll\n}");
        assertProblem(2, "unknown parameter 'labelColum' for dataset; did you mean 'labelColumn'?",
                "experiment('e') {\n  data dataset('" + path(file) + "', labelColum: 'label')\n}");
        assertProblem(2, "no such file", "experiment('e') {\n  data dataset('" + path(dir.resolve("missing.npy"))
                + "')\n}");
        assertProblem(3, "has no labels", "experiment('e') {\n  data dataset('" + path(file) + "', labelColumn: null)"
                + "\n  calibrate temperature\n}");
        assertProblem(3, "has no labels", "experiment('e') {\n  data dataset('" + path(file) + "', labelColumn: null)"
                + "\n  evaluate accuracy\n}");
        assertProblem(3, "evaluate on 'val': top-k accuracy: k = 9 is outside [1, 3]",
                "experiment('e') {\n" + load + "  evaluate topK(9)\n}");
    }

    @Test
    void longDataErrorsAreNotCut() throws Exception {
        Path file = Files.writeString(dir.resolve("a-validation-set-with-a-long-file-name-from-the-model-zoo.csv"),
                "seal,panda,duck,walrus,otter,label\n1,2,3,4,5,0\n", StandardCharsets.UTF_8);
        ScriptFailure f = Scripts.fail(dir, "experiment('e') {\n  data dataset('" + path(file)
                + "', labelColumn: 'lable')\n}");
        assertTrue(f.reason().length() > 160, f.reason());
        assertTrue(f.reason().endsWith("(columns: seal, panda, duck, walrus, otter, label); did you mean 'label'?"),
                f.reason());
    }

    private void assertProblem(int line, String reason, String source) {
        ScriptFailure f = Scripts.fail(dir, source);
        assertEquals(line, f.line(), f.toString());
        assertTrue(f.reason().contains(reason), f.reason());
    }

    @Test
    void aFailedExperimentWritesNoPlot() throws Exception {
        ScriptFailure f = Scripts.fail(dir, "experiment('e') {\n  data simulated(count: 100), simulated(binary: true)\n"
                + "  plot reliability, file: 'r.png'\n  calibrate temperature\n}");
        assertTrue(f.reason().contains("calibrate temperature needs several classes"), f.reason());
        assertFalse(files().stream().anyMatch(n -> n.endsWith(".png") || n.endsWith(".csv")), files().toString());
    }
}
