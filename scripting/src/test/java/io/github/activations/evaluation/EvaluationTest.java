/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Argmax;
import io.github.activations.TopK;
import io.github.activations.data.Dataset;
import io.github.activations.data.LogitMatrix;
import io.github.activations.evaluation.Evaluation.Spec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private static Dataset of(String name, double[][] z, int... labels) {
        return Dataset.of(name, LogitMatrix.of(z), labels, null);
    }

    /**
     * A data set whose probabilities are exact binary fractions, worked by hand:
     *
     * <pre>
     * row  logits            label  p                    predicted  conf  Brier                 NLL   top-k rank
     *  0   [0, 0, 0, 0]        0    [1/4, 1/4, 1/4, 1/4]   0 right   1/4   (3/4)² + 3/16 = 3/4    ln 4  0
     *  1   [0, 0, 0, 0]        2    [1/4, 1/4, 1/4, 1/4]   0 wrong   1/4   3/4                    ln 4  2 (ties: lower first)
     *  2   [∞, 0, 0, 0]        0    [1, 0, 0, 0]           0 right   1     0                      0     0
     *  3   [∞, ∞, 0, 0]        1    [1/2, 1/2, 0, 0]       0 wrong   1/2   1/4 + 1/4 = 1/2        ln 2  1
     *  4   [0, −∞, −∞, −∞]     0    [1, 0, 0, 0]           0 right   1     0                      0     0
     *  5   [−∞, 3, 3, −∞]      2    [0, 1/2, 1/2, 0]       1 wrong   1/2   1/2                    ln 2  1
     * </pre>
     *
     * Accuracy 3/6; top-2 5/6; top-3 6/6. NLL and entropy (6 ln 2)/6 = ln 2; Brier 2.5/6.
     * With 4 bins (edges 0, 1/4, 1/2, 3/4, 1), conf 1/4 is in bin 0 = (0, 1/4] and 1/2 in bin 1:
     * bin 0 holds rows 0, 1 (acc 1/2, conf 1/4), bin 1 rows 3, 5 (acc 0, conf 1/2), bin 3 rows 2, 4
     * (acc 1, conf 1): ECE = (2·1/4 + 2·1/2 + 0)/6 = 1/4, MCE = 1/2. With 2 bins, 1/2 is on the edge and
     * stays in bin 0 = (0, 1/2]: rows 0, 1, 3, 5 (1 right, confidences summing to 3/2), so
     * ECE = |1 − 3/2|/6 = 1/12 and MCE = (1/2)/4 = 1/8.
     */
    private static Dataset handMade() {
        return of("hand", new double[][] {
            {0, 0, 0, 0}, {0, 0, 0, 0}, {INF, 0, 0, 0}, {INF, INF, 0, 0}, {0, -INF, -INF, -INF}, {-INF, 3, 3, -INF}},
            0, 2, 0, 1, 0, 2);
    }

    @Test
    void handMadeCaseGivesTheExactValues() {
        Evaluation e = Evaluation.of(handMade(), Spec.all().topK(1, 2, 3, 4).bins(4, 2));
        assertEquals(3, e.correct());
        assertEquals(0.5, e.accuracy());
        assertEquals(3, e.topKHits(1));
        assertEquals(5, e.topKHits(2));
        assertEquals(6, e.topKHits(3));
        assertEquals(6, e.topKHits(4));
        assertEquals(2.5 / 6, e.brier());
        assertEquals(Math.log(2), e.nll(), 2 * Math.ulp(Math.log(2)));
        assertEquals(Math.log(2), e.meanEntropy(), 2 * Math.ulp(Math.log(2)));
        assertEquals(0.25, e.ece(4));
        assertEquals(0.5, e.mce(4));
        assertEquals(1.0 / 12, e.ece(2));
        assertEquals(0.125, e.mce(2));
        assertEquals(0.25, e.ece(), "the first bin count is the default");

        List<ReliabilityBin> bins = e.reliability(4).bins();
        assertEquals(new ReliabilityBin(0, 0.0, 0.25, 2, 0.5, 0.25), bins.get(0));
        assertEquals(new ReliabilityBin(1, 0.25, 0.5, 2, 0.0, 0.5), bins.get(1));
        assertTrue(bins.get(2).isEmpty() && Double.isNaN(bins.get(2).accuracy()));
        assertEquals(new ReliabilityBin(3, 0.75, 1.0, 2, 1.0, 1.0), bins.get(3));

        // confusion (actual, predicted): (0,0) x3, (2,0), (1,0), (2,1)
        ConfusionMatrix m = e.confusion();
        assertArrayEquals(new long[][] {{3, 0, 0, 0}, {1, 0, 0, 0}, {1, 1, 0, 0}, {0, 0, 0, 0}}, m.toArray());
        assertEquals(new ClassMetrics(0, "0", 3, 5, 3, 3.0 / 5, 1.0, 6.0 / 8), m.perClass(0));
        assertEquals(new ClassMetrics(1, "1", 1, 1, 0, 0.0, 0.0, 0.0), m.perClass(1));
        ClassMetrics c2 = m.perClass(2);
        assertTrue(Double.isNaN(c2.precision()) && c2.recall() == 0 && c2.f1() == 0, c2.toString());
        ClassMetrics c3 = m.perClass(3);
        assertTrue(Double.isNaN(c3.precision()) && Double.isNaN(c3.recall()) && Double.isNaN(c3.f1()), c3.toString());
        assertEquals(4, e.perClass().size());
    }

    @Test
    void confidenceOnABinEdgeGoesToTheBinBelow() {
        // five equal logits: p = 1/5 exactly the double 0.2, on the edge between bins 0 and 1 of 5
        Evaluation five = Evaluation.of(of("fifth", new double[][] {{0, 0, 0, 0, 0}}, 0), Spec.of(Metric.ECE).bins(5));
        assertEquals(0.2, five.reliability().bins().get(0).meanConfidence());
        assertEquals(1, five.reliability().bins().get(0).count());
        // one score 0: p = [1/2, 1/2], predicted class 0 (the tie goes to the lower index), conf 1/2
        Dataset half = Dataset.of("half", LogitMatrix.wrap(new double[] {0}, 1, 1), new int[] {0}, null);
        Evaluation e = Evaluation.of(half, Spec.of(Metric.ECE, Metric.ACCURACY).bins(2, 4));
        assertEquals(1, e.correct());
        assertEquals(1, e.reliability(2).bins().get(0).count(), "0.5 is in (0, 0.5] of 2 bins");
        assertEquals(1, e.reliability(4).bins().get(1).count(), "0.5 is in (0.25, 0.5] of 4 bins");
        assertEquals(0.5, e.ece(2));
    }

    @Test
    void agreesWithA40DigitComputationOnRandomLogits() {
        SplittableRandom random = new SplittableRandom(Simulated.SEED);
        int rows = 300;
        int classes = 7;
        double[] z = new double[rows * classes];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = random.nextInt(classes);
            for (int j = 0; j < classes; j++) {
                z[r * classes + j] = 3 * Simulated.gaussian(random) + (j == y[r] ? 2 : 0);
            }
        }
        Dataset data = Dataset.of("random", LogitMatrix.wrap(z, rows, classes), y, null);
        for (double t : new double[] {1.0, 2.5, 0.4}) {
            assertAgrees(Reference.metrics(data, t, 10), Evaluation.of(data, Spec.all().bins(10).temperature(t)));
        }
    }

    @Test
    void agreesWithA40DigitComputationOnOneScorePerRow() {
        Dataset data = Simulated.binary("binary", 400, 2.0, 2.0, 0.5, Simulated.SEED);
        for (double t : new double[] {1.0, 3.0}) {
            assertAgrees(Reference.metrics(data, t, 15), Evaluation.of(data, Spec.all().temperature(t)));
        }
        assertAgrees(Reference.metrics(data, 1, 0.4, -0.3, 15),
                Evaluation.of(data, Spec.all().calibrator(Calibrator.platt(0.4, -0.3))));
    }

    /**
     * Bounds: each row's loss is within a few ulp (the core's cross-entropy 2 ulp, log-sigmoid 1 ulp;
     * z/T rounded once costs |z/T|·2^-53 absolute, with |z/T| &lt; 40 here, against means above 0.1),
     * each probability within 2 ulp, and the compensated sums add about one ulp: 1e-14 relative
     * (about 45 ulp) covers that with margin yet fails any error in a formula (observed: at most
     * 1 ulp). ECE sums gaps |right − Σ conf| that are not small against Σ conf here. MCE is one
     * bin's gap, a difference of numbers near 1: 1e-14 absolute.
     */
    private static void assertAgrees(double[] reference, Evaluation e) {
        String[] names = {"nll", "brier", "entropy", "ece"};
        double[] actual = {e.nll(), e.brier(), e.meanEntropy(), e.ece()};
        for (int i = 0; i < names.length; i++) {
            double err = Math.abs(actual[i] - reference[i]) / Math.abs(reference[i]);
            String what = names[i] + " of " + e + ": reference " + reference[i] + ", got " + actual[i];
            assertTrue(err <= 1e-14, what);
        }
        assertEquals(reference[4], e.mce(), 1e-14, "mce");
    }

    @Test
    void accuracyTopKAndConfusionCountLikeArgmaxAndTopK() {
        // small integer logits: many ties, so the tie rule matters
        SplittableRandom random = new SplittableRandom(Simulated.SEED + 1);
        int rows = 500;
        int classes = 6;
        double[][] z = new double[rows][classes];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = random.nextInt(classes);
            for (int j = 0; j < classes; j++) {
                z[r][j] = random.nextInt(4);
            }
        }
        Dataset data = of("ties", z, y);
        Evaluation e = Evaluation.of(data, Spec.all().topK(1, 2, 3, 6));
        long right = 0;
        long[] hits = new long[7];
        long[][] confusion = new long[classes][classes];
        for (int r = 0; r < rows; r++) {
            int predicted = Argmax.of(z[r]);
            right += predicted == y[r] ? 1 : 0;
            confusion[y[r]][predicted]++;
            for (int k : new int[] {1, 2, 3, 6}) {
                for (int i : TopK.of(z[r], k)) {
                    hits[k] += i == y[r] ? 1 : 0;
                }
            }
        }
        assertEquals(right, e.correct());
        assertEquals((double) right / rows, e.accuracy());
        for (int k : new int[] {1, 2, 3, 6}) {
            assertEquals(hits[k], e.topKHits(k), "top-" + k);
        }
        assertEquals(rows, e.topKHits(6));
        assertArrayEquals(confusion, e.confusion().toArray());
        for (int c = 0; c < classes; c++) {
            long support = 0;
            long predicted = 0;
            for (int i = 0; i < classes; i++) {
                support += confusion[c][i];
                predicted += confusion[i][c];
            }
            ClassMetrics m = e.confusion().perClass(c);
            assertEquals(support, m.support());
            assertEquals((double) confusion[c][c] / predicted, m.precision());
            assertEquals((double) confusion[c][c] / support, m.recall());
            assertEquals(2.0 * confusion[c][c] / (support + predicted), m.f1());
        }
    }

    @Test
    void specialCasesOfTheTable() {
        // the label's logit −∞: that row's NLL is +∞; the other metrics stay finite
        Evaluation e = Evaluation.of(of("zero", new double[][] {{0, -INF}, {1, 0}}, 1, 0));
        assertEquals(INF, e.nll());
        assertEquals(0.5, e.accuracy());
        assertTrue(Double.isFinite(e.brier()) && Double.isFinite(e.ece()));
        // +∞ logits share the mass: a label among two of them has NLL ln 2
        assertEquals(Math.log(2), Metrics.nll(of("two", new double[][] {{INF, INF, 1}}, 1)), 1e-16);
        // a row of −∞ only: softmax undefined
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Metrics.brier(of("dead", new double[][] {{0, 1}, {-INF, -INF}}, 0, 0)));
        assertTrue(ex.getMessage().contains("row 1"), ex.getMessage());
        // but accuracy does not need probabilities: the row predicts class 0 (all tie)
        assertEquals(1.0, Metrics.accuracy(of("dead", new double[][] {{1, 0}, {-INF, -INF}}, 0, 0)));
        // temperature 0: one-hot on the maximum; temperature ∞: uniform
        Dataset d = of("limits", new double[][] {{1, 2, 3}}, 2);
        assertEquals(0.0, Metrics.nll(d, 0.0));
        assertEquals(1.0, Metrics.reliability(d, 10, 0.0).bins().get(9).meanConfidence());
        assertEquals(INF, Metrics.nll(of("wrong", new double[][] {{1, 2, 3}}, 0), 0.0));
        assertEquals(Math.log(3), Metrics.nll(d, INF), 1e-15);
        assertEquals(1.0 / 3, Metrics.reliability(d, 10, INF).bins().get(3).meanConfidence(), 1e-16);
        // p = 1/3 each, label 2: (1/3)² · 2 + (2/3)² = 2/3
        assertEquals(2.0 / 3, Metrics.brier(d, INF), 1e-15);
        assertEquals(Math.log(3), Metrics.meanEntropy(d, INF), 1e-15);
        assertEquals(1.0, Metrics.accuracy(d, INF), "a temperature does not change the prediction");
    }

    @Test
    void unlabelledDataGiveEntropyOnly() {
        Dataset u = Dataset.of("u", LogitMatrix.of(new double[][] {{0, 0}, {0, 0}}), null, null);
        Evaluation e = Evaluation.of(u);
        assertEquals(Math.log(2), e.meanEntropy(), 1e-16);
        assertEquals(java.util.Set.of(Metric.ENTROPY), e.metrics());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Evaluation.of(u, Spec.of(Metric.NLL, Metric.ENTROPY, Metric.ACCURACY)));
        assertTrue(ex.getMessage().contains("'u' has no labels: ACCURACY, NLL"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.accuracy(u));
        IllegalStateException state = assertThrows(IllegalStateException.class, e::nll);
        assertTrue(state.getMessage().contains("NLL was not computed"), state.getMessage());
    }

    @Test
    void rejectsBadArguments() {
        Dataset d = handMade();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metrics.topKAccuracy(d, 5));
        assertTrue(e.getMessage().contains("k = 5 is outside [1, 4]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.topKAccuracy(d, 0));
        assertThrows(IllegalArgumentException.class, () -> Spec.all().topK());
        e = assertThrows(IllegalArgumentException.class, () -> Evaluation.of(d, Spec.of(Metric.TOP_K)));
        assertTrue(e.getMessage().contains("TOP_K needs at least one k"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Metrics.ece(d, 0));
        assertTrue(e.getMessage().contains("bins must be at least 1, got 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.nll(d, -1.0));
        assertThrows(IllegalArgumentException.class, () -> Metrics.nll(d, Double.NaN));
        e = assertThrows(IllegalArgumentException.class, () -> Metrics.nll(d, Calibrator.platt(1, 0)));
        assertTrue(e.getMessage().contains("one score per row"), e.getMessage());
        Evaluation only15 = Evaluation.of(d);
        IllegalStateException s = assertThrows(IllegalStateException.class, () -> only15.ece(10));
        assertTrue(s.getMessage().contains("bins [15], not 10"), s.getMessage());
        assertThrows(IllegalStateException.class, () -> only15.topKAccuracy(1));
    }

    @Test
    void floatAndDoubleLogitsGiveTheSameResults() {
        Dataset floats = Simulated.multiClass("f", 500, 5, 1.0, 2.0, Simulated.SEED + 2);
        double[] copy = new double[500 * 5];
        for (int r = 0; r < 500; r++) {
            for (int j = 0; j < 5; j++) {
                copy[r * 5 + j] = floats.logits().get(r, j);
            }
        }
        Dataset doubles = Dataset.of("d", LogitMatrix.wrap(copy, 500, 5), floats.labels(), null);
        Spec spec = Spec.all().topK(2).temperature(1.7);
        assertEquals(Evaluation.of(floats, spec).values(), Evaluation.of(doubles, spec).values());
    }

    @Test
    void isTheSameOnOneThreadAndOnMany() {
        // 3,000 x 50 = 150,000 logits: split over several chunks and tasks
        Dataset data = Simulated.multiClass("split", 3000, 50, 0.7, 2.0, Simulated.SEED + 3);
        Dataset scores = Simulated.binary("split scores", 200_000, 1.0, 2.0, 0.0, Simulated.SEED + 4);
        Spec spec = Spec.all().topK(5).bins(15, 10).temperature(1.3);
        List<Evaluation> e = BothPaths.run(() -> Evaluation.of(data, spec));
        assertEquals(e.get(0).values(), e.get(1).values());
        assertEquals(e.get(0).reliability(10).bins(), e.get(1).reliability(10).bins());
        assertArrayEquals(e.get(0).confusion().toArray(), e.get(1).confusion().toArray());
        List<Evaluation> s = BothPaths.run(() -> Evaluation.of(scores));
        assertEquals(s.get(0).values(), s.get(1).values());
    }

    @Test
    void valuesAndToStringUseDotsAndFixedNames() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            Evaluation e = Evaluation.of(handMade(), Spec.all().topK(2).bins(4));
            assertEquals(List.of("accuracy", "top2", "nll", "brier", "ece(4)", "mce(4)", "entropy"),
                    List.copyOf(e.values().keySet()));
            assertTrue(e.toString().contains("accuracy 0.500000"), e.toString());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
