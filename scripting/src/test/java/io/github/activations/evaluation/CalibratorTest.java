/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Sigmoid;
import io.github.activations.data.Dataset;
import io.github.activations.data.LogitMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalibratorTest {

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -0.0001, Double.NaN, Double.NEGATIVE_INFINITY})
    void rejectsTemperaturesBelowZeroAndNaN(double t) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Calibrator.temperature(t));
        assertTrue(e.getMessage().contains("temperature must be >= 0"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonFinitePlattParameters(double x) {
        assertThrows(IllegalArgumentException.class, () -> Calibrator.platt(x, 0));
        assertThrows(IllegalArgumentException.class, () -> Calibrator.platt(1, x));
    }

    @Test
    void mapsOneScoreAsDocumented() {
        assertEquals(1.5, Calibrator.platt(0.5, 0.5).mapScore(2));
        // a = 0: σ(b) for every score, ±∞ included (0·∞ would be NaN)
        assertEquals(-0.25, Calibrator.platt(0, -0.25).mapScore(Double.POSITIVE_INFINITY));
        assertEquals(-0.25, Calibrator.platt(0, -0.25).mapScore(Double.NEGATIVE_INFINITY));
        assertEquals(Double.NEGATIVE_INFINITY, Calibrator.platt(-2, 1).mapScore(Double.POSITIVE_INFINITY));
        assertEquals(2.0, Calibrator.temperature(2).mapScore(4));
        // the limits, as Softmax.of([0, s], T) defines them
        assertEquals(Double.POSITIVE_INFINITY, Calibrator.temperature(0).mapScore(1e-300));
        assertEquals(Double.NEGATIVE_INFINITY, Calibrator.temperature(0).mapScore(-3));
        assertEquals(0.0, Calibrator.temperature(0).mapScore(0));
        assertEquals(0.0, Calibrator.temperature(Double.POSITIVE_INFINITY).mapScore(-1e300));
        assertEquals(Double.POSITIVE_INFINITY, Calibrator.temperature(Double.POSITIVE_INFINITY)
                .mapScore(Double.POSITIVE_INFINITY));
        assertEquals(7.0, Calibrator.identity().mapScore(7));
    }

    @Test
    void plattOfSlopeZeroGivesSigmoidOfBOnInfiniteScores() {
        Dataset d = Dataset.of("inf", LogitMatrix.wrap(new double[] {Double.POSITIVE_INFINITY, 1}, 2, 1),
                new int[] {1, 1}, null);
        assertEquals(-Math.log(Sigmoid.of(0.75)), Metrics.nll(d, Calibrator.platt(0, 0.75)), 1e-16);
    }

    @Test
    void gettersOfTheWrongKindThrow() {
        assertThrows(IllegalStateException.class, () -> Calibrator.platt(1, 2).temperature());
        assertThrows(IllegalStateException.class, () -> Calibrator.temperature(2).slope());
        assertThrows(IllegalStateException.class, () -> Calibrator.identity().intercept());
        assertEquals(1.0, Calibrator.identity().temperature());
        assertEquals(2.0, Calibrator.platt(2, 3).slope());
        assertEquals(3.0, Calibrator.platt(2, 3).intercept());
        assertEquals(0, Calibrator.temperature(2).classes());
        assertEquals(2, Calibrator.platt(2, 3).classes());
        assertNull(Calibrator.temperature(2).fittedOn());
    }

    @Test
    void checksClassCountsAndColumns() {
        Dataset three = Dataset.of("three", LogitMatrix.of(new double[][] {{1, 2, 3}, {0, 1, 0}}), new int[] {2, 0},
                null);
        Dataset four = Dataset.of("four", LogitMatrix.of(new double[][] {{1, 2, 3, 4}}), new int[] {2}, null);
        Calibrator fitted = TemperatureScaling.fit(three).calibrator();
        assertEquals(three, fitted.requireCompatible(three));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fitted.requireCompatible(four));
        assertTrue(e.getMessage().contains("fitted on 3 classes (data set 'three')")
                && e.getMessage().contains("'four' has 4 classes"), e.getMessage());
        // a temperature made by hand applies to any class count
        assertEquals(four, Calibrator.temperature(2).requireCompatible(four));
        assertThrows(IllegalArgumentException.class, () -> Calibrator.platt(1, 0).requireCompatible(three));
    }

    @Test
    void equalityAndText() {
        assertEquals(Calibrator.temperature(2), Calibrator.temperature(2.0));
        assertEquals(Calibrator.temperature(2).hashCode(), Calibrator.temperature(2.0).hashCode());
        assertNotEquals(Calibrator.temperature(2), Calibrator.temperature(3));
        assertNotEquals(Calibrator.identity(), Calibrator.temperature(1));
        assertEquals("Platt σ(0.5·s + -1.0)", Calibrator.platt(0.5, -1).toString());
        assertEquals("temperature 2.5", Calibrator.temperature(2.5).toString());
    }
}
