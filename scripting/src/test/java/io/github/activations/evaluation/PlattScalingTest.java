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

class PlattScalingTest {

    private static Dataset scores(String name, double[] s, int... labels) {
        return Dataset.of(name, LogitMatrix.wrap(s, s.length, 1), labels, null);
    }

    /**
     * a to 1e-9 relative; b to 1e-9 of max(|b|, |a|·rms(s)): b is the sum of terms a·s of that size,
     * so relative to a b near 0 only that scale is meaningful.
     */
    private static void assertMatches(PlattScaling fit, PlattReference reference, boolean plattTargets) {
        double[] ab = reference.minimiser();
        double scale = Math.max(Math.abs(ab[1]), Math.abs(ab[0]) * reference.rmsScore());
        String what = "fit " + fit + " vs reference a = " + ab[0] + ", b = " + ab[1] + " (targets "
                + (plattTargets ? "Platt" : "labels") + ", seed " + Simulated.SEED + ")";
        assertTrue(Math.abs(fit.slope() - ab[0]) <= 1e-9 * Math.abs(ab[0]), what);
        assertTrue(Math.abs(fit.intercept() - ab[1]) <= 1e-9 * scale, what);
    }

    @Test
    void fixesAnOverconfidentShiftedScoreAndAgreesWithAnIndependentSearch() {
        Dataset data = Simulated.binary("scores", 4000, 2.0, 3.0, 1.0, Simulated.SEED);
        PlattScaling fit = PlattScaling.fit(data);
        assertMatches(fit, new PlattReference(data, true), true);
        // the generator's map is a = 1/3, b = -1/3; with 4,000 rows the fit is within a few per cent
        assertEquals(1 / 3.0, fit.slope(), 0.04);
        assertEquals(-1 / 3.0, fit.intercept(), 0.1);
        assertFalse(fit.separable());
        double before = Metrics.ece(data, 15);
        double after = Metrics.ece(data, 15, fit.calibrator());
        assertTrue(before > 0.1 && after < 0.04, () -> "ECE " + before + " -> " + after);
        assertTrue(fit.nllAfter() < fit.nllBefore());
        assertEquals(Metrics.nll(data, fit.calibrator()), fit.nllAfter());

        PlattScaling labels = PlattScaling.fit(data, PlattScaling.Targets.LABELS);
        assertMatches(labels, new PlattReference(data, false), false);
        // the smoothed targets move the fit by O(1/N): the two fits differ, but little
        assertTrue(labels.slope() != fit.slope() && Math.abs(labels.slope() - fit.slope()) < 1e-2);
    }

    @Test
    void separableDataStayFiniteWithPlattTargetsAndAreRefusedWithLabels() {
        // every positive score above every negative one
        Dataset data = scores("separable", new double[] {-3, -2, -1.5, -1, 1, 2, 2.5}, 0, 0, 0, 0, 1, 1, 1);
        PlattScaling fit = PlattScaling.fit(data);
        assertTrue(fit.separable());
        assertTrue(Double.isFinite(fit.slope()) && fit.slope() > 0);
        assertMatches(fit, new PlattReference(data, true), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlattScaling.fit(data, PlattScaling.Targets.LABELS));
        assertTrue(e.getMessage().contains("no finite optimum") && e.getMessage().contains("(min 1.0)"),
                e.getMessage());
        // touching classes (max negative = min positive) are separable too, and reversed order as well
        assertTrue(PlattScaling.fit(scores("touching", new double[] {0, 1, 1, 2}, 0, 0, 1, 1)).separable());
        Dataset reversed = scores("reversed", new double[] {3, 2, -1, -2}, 0, 0, 1, 1);
        PlattScaling r = PlattScaling.fit(reversed);
        assertTrue(r.separable() && r.slope() < 0);
        assertMatches(r, new PlattReference(reversed, true), true);
        assertThrows(IllegalArgumentException.class, () -> PlattScaling.fit(reversed, PlattScaling.Targets.LABELS));
    }

    @Test
    void overlappingClassesAreNotSeparable() {
        Dataset data = scores("overlap", new double[] {-2, -1, 0.5, 0, 1, 2}, 0, 0, 0, 1, 1, 1);
        PlattScaling fit = PlattScaling.fit(data, PlattScaling.Targets.LABELS);
        assertFalse(fit.separable());
        assertMatches(fit, new PlattReference(data, false), false);
    }

    @Test
    void oneClassGivesAZeroSlopeAndTheTarget() {
        Dataset data = scores("positives", new double[] {-1, 0, 2, 3}, 1, 1, 1, 1);
        PlattScaling fit = PlattScaling.fit(data);
        assertTrue(fit.separable());
        // the optimum is σ(a s + b) = t₊ = 5/6 for every row, so a = 0: Newton reaches it to rounding
        assertEquals(0.0, fit.slope(), 1e-12);
        assertEquals(Math.log(5.0), fit.intercept(), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlattScaling.fit(data, PlattScaling.Targets.LABELS));
        assertTrue(e.getMessage().contains("only one class"), e.getMessage());
    }

    @Test
    void equalScoresGiveSlopeZeroAndTheMeanTarget() {
        Dataset data = scores("flat", new double[] {2, 2, 2, 2}, 1, 0, 0, 0);
        PlattScaling fit = PlattScaling.fit(data);
        // targets t₊ = (1 + 1)/(1 + 2) = 2/3 (one positive) and t₋ = 1/(3 + 2) = 1/5 (three negatives):
        // mean (2/3 + 3/5)/4 = 19/60, so σ(b) = 19/60 and b = ln(19/41)
        assertEquals(0.0, fit.slope());
        assertEquals(Math.log(19.0 / 41.0), fit.intercept(), 1e-15);
        assertEquals(0, fit.iterations());
    }

    @Test
    void rejectsBadInput() {
        Dataset multi = Dataset.of("multi", LogitMatrix.of(new double[][] {{1, 2}, {3, 4}}), new int[] {0, 1}, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlattScaling.fit(multi));
        assertTrue(e.getMessage().contains("2 logit columns"), e.getMessage());
        Dataset unlabelled = Dataset.of("u", LogitMatrix.wrap(new double[] {1, 2}, 2, 1), null, null);
        assertThrows(IllegalArgumentException.class, () -> PlattScaling.fit(unlabelled));
        Dataset infinite = scores("inf", new double[] {1, Double.POSITIVE_INFINITY}, 0, 1);
        e = assertThrows(IllegalArgumentException.class, () -> PlattScaling.fit(infinite));
        assertTrue(e.getMessage().contains("row 1 is Infinity"), e.getMessage());
        PlattScaling fit = PlattScaling.fit(scores("ok", new double[] {-1, 0.5, 0, 1}, 0, 0, 1, 1));
        e = assertThrows(IllegalArgumentException.class, () -> Metrics.nll(multi, fit.calibrator()));
        assertTrue(e.getMessage().contains("one score per row"), e.getMessage());
    }

    @Test
    void isTheSameOnOneThreadAndOnMany() {
        Dataset data = Simulated.binary("split", 100_000, 1.5, 2.0, -0.5, Simulated.SEED + 1);
        List<PlattScaling> fits = BothPaths.run(() -> PlattScaling.fit(data));
        assertEquals(fits.get(0).slope(), fits.get(1).slope());
        assertEquals(fits.get(0).intercept(), fits.get(1).intercept());
        assertEquals(fits.get(0).nllAfter(), fits.get(1).nllAfter());
    }
}
