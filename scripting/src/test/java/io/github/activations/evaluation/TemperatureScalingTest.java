/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.data.Dataset;
import io.github.activations.data.LogitMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemperatureScalingTest {

    private static Dataset of(String name, double[][] z, int... labels) {
        return Dataset.of(name, LogitMatrix.of(z), labels, null);
    }

    private static void assertRelative(double expected, double actual, double bound, String what) {
        double err = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(err <= bound, () -> what + ": expected " + expected + ", got " + actual + " (relative error "
                + err + " > " + bound + ", seed " + Simulated.SEED + ")");
    }

    @Test
    void fixesAnOverconfidentModelAndAgreesWithAnIndependentSearch() {
        Dataset data = Simulated.multiClass("overconfident", 4000, 10, 1.5, 3.0, Simulated.SEED);
        Evaluation before = Evaluation.of(data);
        TemperatureScaling fit = TemperatureScaling.fit(data);
        Evaluation after = Evaluation.of(data, fit.calibrator());

        assertEquals(TemperatureScaling.Status.CONVERGED, fit.status());
        // the generator's calibrated temperature is 3; with 4,000 rows the fitted one is within a few
        // per cent (the standard error of a one-parameter MLE here is about 1 %); 10 % leaves margin
        assertRelative(3.0, fit.temperature(), 0.10, "T near the generator's 3");
        // the exact minimiser, found without the library's code: 1e-9 relative, the brief's bound
        double reference = 1 / new TemperatureReference(data).minimiser();
        assertRelative(reference, fit.temperature(), 1e-9, "T against the Dfp golden-section search");

        // overconfident by a factor 3: the measured ECE is about 0.3; calibrated it is sampling noise, about
        // sqrt(15 bins / 4000 rows) / 2 ≈ 0.03 at most
        assertTrue(before.ece() > 0.2, () -> "ECE before " + before.ece());
        assertTrue(after.ece() < 0.04, () -> "ECE after " + after.ece());
        assertTrue(fit.nllAfter() <= fit.nllBefore());
        assertEquals(before.nll(), fit.nllBefore());
        assertEquals(after.nll(), fit.nllAfter());
        assertEquals(before.accuracy(), after.accuracy(), "a temperature does not change predictions");
        assertTrue(fit.evaluations() >= 2 && fit.evaluations() < 30, () -> fit.evaluations() + " evaluations");
    }

    @Test
    void fitsOnOneDataSetAndAppliesToAnother() {
        Dataset validation = Simulated.multiClass("validation", 3000, 8, 1.2, 2.5, Simulated.SEED + 1);
        Dataset test = Simulated.multiClass("test", 3000, 8, 1.2, 2.5, Simulated.SEED + 2);
        TemperatureScaling fit = TemperatureScaling.fit(validation);
        double before = Metrics.ece(test, 15);
        double after = Metrics.ece(test, 15, fit.calibrator());
        assertTrue(before > 0.15 && after < 0.05, () -> "ECE on the test set " + before + " -> " + after);
        assertTrue(Metrics.nll(test, fit.calibrator()) < Metrics.nll(test));
        assertEquals("validation", fit.calibrator().fittedOn());

        Dataset other = Simulated.multiClass("other", 100, 9, 1.2, 2.5, Simulated.SEED + 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Evaluation.of(other, fit.calibrator()));
        assertTrue(e.getMessage().contains("8 classes") && e.getMessage().contains("9 classes"), e.getMessage());
    }

    @Test
    void anUnderconfidentModelGetsATemperatureBelowOne() {
        Dataset data = Simulated.multiClass("underconfident", 3000, 6, 1.5, 0.5, Simulated.SEED + 4);
        TemperatureScaling fit = TemperatureScaling.fit(data);
        assertRelative(new TemperatureReference(data).minimiser(), 1 / fit.temperature(), 1e-9, "β");
        assertTrue(fit.temperature() < 0.6 && fit.temperature() > 0.4, () -> "T = " + fit.temperature());
    }

    @Test
    void oneScorePerRowFitsSigmoidOfScoreOverT() {
        Dataset data = Simulated.binary("scores", 3000, 2.0, 3.0, 0.0, Simulated.SEED + 5);
        TemperatureScaling fit = TemperatureScaling.fit(data);
        assertRelative(1 / new TemperatureReference(data).minimiser(), fit.temperature(), 1e-9, "T");
        assertRelative(3.0, fit.temperature(), 0.15, "T near 3");
        assertEquals(2, fit.classes());
    }

    @Test
    void everyRowRightIsTheZeroLimit() {
        // hand case: both labels hold the unique largest logit, so NLL(T) = mean ln(1 + Σ exp(−(z_y − zⱼ)/T))
        // falls to 0 as T → 0 and has no minimum
        Dataset data = of("right", new double[][] {{3, 1, 0}, {0, 2, 1}}, 0, 1);
        TemperatureScaling fit = TemperatureScaling.fit(data);
        assertEquals(TemperatureScaling.Status.ZERO_LIMIT, fit.status());
        assertFalse(fit.isConverged());
        assertEquals(0.0, fit.temperature());
        assertEquals(0.0, fit.nllAfter());
        assertTrue(fit.nllBefore() > 0);
        assertEquals(1, fit.evaluations());
    }

    @Test
    void tiesAtTheTopAreTheZeroLimitWithLogKLeft() {
        // row 0: the label ties with one other maximum, so its NLL tends to ln 2; row 1 is right
        Dataset data = of("ties", new double[][] {{2, 2, 0}, {0, 5, 1}}, 1, 1);
        TemperatureScaling fit = TemperatureScaling.fit(data);
        assertEquals(TemperatureScaling.Status.ZERO_LIMIT, fit.status());
        assertEquals(Math.log(2) / 2, fit.nllAfter(), 1e-16);
    }

    @Test
    void oneRowRightOrWrong() {
        assertEquals(TemperatureScaling.Status.ZERO_LIMIT,
                TemperatureScaling.fit(of("one right", new double[][] {{1, 0}}, 0)).status());
        // wrong, and the label's logit 0.5 equals the row mean, so NLL'(β = 0) = mean z − z_y = 0 and the NLL
        // grows for every β > 0: the minimum is at β = 0, T = ∞, where the NLL is ln 3
        TemperatureScaling uniform = TemperatureScaling.fit(of("one wrong", new double[][] {{1, 0.5, 0}}, 1));
        assertEquals(TemperatureScaling.Status.INFINITE_LIMIT, uniform.status());
        assertEquals(Double.POSITIVE_INFINITY, uniform.temperature());
        assertEquals(Math.log(3), uniform.nllAfter(), 1e-15);
        // wrong, label above the mean: a finite minimum
        Dataset one = of("one wrong, finite", new double[][] {{1, 0.75, -2}}, 1);
        TemperatureScaling fit = TemperatureScaling.fit(one);
        assertEquals(TemperatureScaling.Status.CONVERGED, fit.status());
        assertRelative(1 / new TemperatureReference(one).minimiser(), fit.temperature(), 1e-9, "T");
    }

    @Test
    void allWrongWithLabelsAtTheBottomIsTheInfiniteLimit() {
        Dataset data = of("bottom", new double[][] {{3, 1, 0}, {0, 2, 1}, {5, 4, -1}}, 2, 0, 2);
        TemperatureScaling fit = TemperatureScaling.fit(data);
        assertEquals(TemperatureScaling.Status.INFINITE_LIMIT, fit.status());
        assertEquals(Double.POSITIVE_INFINITY, fit.temperature());
        assertEquals(Math.log(3), fit.nllAfter(), 1e-15);
        assertTrue(fit.nllAfter() < fit.nllBefore());
    }

    @Test
    void allWrongWithLabelsSecondHasAFiniteMinimum() {
        Dataset data = of("second", new double[][] {{3, 2.5, 0}, {0, 2, 1.75}, {-1, 4, 3}}, 1, 2, 2);
        TemperatureScaling fit = TemperatureScaling.fit(data);
        assertEquals(TemperatureScaling.Status.CONVERGED, fit.status());
        assertRelative(1 / new TemperatureReference(data).minimiser(), fit.temperature(), 1e-9, "T");
        assertTrue(fit.nllAfter() <= fit.nllBefore());
    }

    @Test
    void equalLogitsEverywhereAreConstant() {
        Dataset data = of("flat", new double[][] {{1, 1, 1}, {-2, -2, -2}}, 0, 2);
        TemperatureScaling fit = TemperatureScaling.fit(data);
        assertEquals(TemperatureScaling.Status.CONSTANT, fit.status());
        assertEquals(1.0, fit.temperature());
        assertEquals(Math.log(3), fit.nllAfter(), 1e-15);
        assertEquals(fit.nllBefore(), fit.nllAfter());
    }

    @Test
    void rejectsMissingLabelsAndInfiniteLogits() {
        Dataset unlabelled = Dataset.of("u", LogitMatrix.of(new double[][] {{1, 2}}), null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TemperatureScaling.fit(unlabelled));
        assertTrue(e.getMessage().contains("'u' has none"), e.getMessage());
        Dataset infinite = of("inf", new double[][] {{1, 2}, {0, Double.NEGATIVE_INFINITY}}, 0, 0);
        e = assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(infinite));
        assertTrue(e.getMessage().contains("row 1, column 1 is -Infinity"), e.getMessage());
    }

    @Test
    void isTheSameOnOneThreadAndOnMany() {
        // 2,000 x 40 = 80,000 logits: above the parallel threshold
        Dataset data = Simulated.multiClass("split", 2000, 40, 0.8, 2.0, Simulated.SEED + 6);
        List<TemperatureScaling> fits = BothPaths.run(() -> TemperatureScaling.fit(data));
        assertEquals(fits.get(0).temperature(), fits.get(1).temperature());
        assertEquals(fits.get(0).nllAfter(), fits.get(1).nllAfter());
        assertEquals(fits.get(0).evaluations(), fits.get(1).evaluations());
    }
}
