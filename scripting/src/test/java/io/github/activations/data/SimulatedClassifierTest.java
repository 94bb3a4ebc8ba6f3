/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Sigmoid;
import io.github.activations.Softmax;
import org.junit.jupiter.api.Test;

class SimulatedClassifierTest {
    /**
     * For a calibrated model p = P(y | x), E[p_y] = E[Σⱼ pⱼ²] (both are Σⱼ E[pⱼ · P(y = j | x)]). Returns the
     * two sample means {mean p_y, mean Σ pⱼ²} over the rows, for softmax(z / t).
     */
    private static double[] calibrationIdentity(Dataset d, double t) {
        double py = 0;
        double sq = 0;
        double[] row = new double[d.logits().columns()];
        for (int r = 0; r < d.rows(); r++) {
            d.logits().rowInto(r, row);
            double[] p;
            if (d.isBinary()) {
                double p1 = Sigmoid.of(row[0] / t);
                p = new double[] {1 - p1, p1};
            } else {
                p = Softmax.of(row, t);
            }
            py += p[d.label(r)];
            for (double x : p) {
                sq += x * x;
            }
        }
        return new double[] {py / d.rows(), sq / d.rows()};
    }

    @Test
    void calibratedAtOverconfidenceOneAndRestoredByTemperatureS() {
        // 20,000 rows: each mean has a standard error below 0.3 / sqrt(20000) ≈ 0.0021, and the difference of the two
        // (positively correlated) means less than twice that; 0.01 is about 2.4 of those combined errors away from
        // zero, while the overconfident model (s = 2.5) is off by more than 0.05.
        Dataset calibrated = SimulatedClassifier.generate(10, 20_000, 1.5, 1, false, 7, "c");
        double[] m = calibrationIdentity(calibrated, 1);
        assertEquals(m[0], m[1], 0.01);

        Dataset over = SimulatedClassifier.generate(10, 20_000, 1.5, 2.5, false, 7, "o");
        double[] bad = calibrationIdentity(over, 1);
        assertTrue(bad[1] - bad[0] > 0.05, "overconfident: mean Σp² " + bad[1] + " vs mean p_y " + bad[0]);
        double[] fixed = calibrationIdentity(over, 2.5);
        assertEquals(fixed[0], fixed[1], 0.01);
        // same seed, same draws: the overconfident logits are exactly 2.5 times the calibrated ones up to rounding
        assertEquals(2.5 * calibrated.logits().get(5, 3), over.logits().get(5, 3), 1e-12);
    }

    @Test
    void binaryScoresAreCalibratedAfterDividingByTheOverconfidence() {
        Dataset over = SimulatedClassifier.generate(2, 20_000, 1, 3, true, 11, "b");
        assertTrue(over.isBinary());
        assertEquals(2, over.classes());
        double[] bad = calibrationIdentity(over, 1);
        assertTrue(bad[1] - bad[0] > 0.05, bad[1] + " vs " + bad[0]);
        double[] fixed = calibrationIdentity(over, 3);
        assertEquals(fixed[0], fixed[1], 0.01);
    }

    @Test
    void seededAndShaped() {
        Dataset a = SimulatedClassifier.generate(3, 50, 2, 1, false, 1, "a");
        Dataset b = SimulatedClassifier.generate(3, 50, 2, 1, false, 1, "b");
        assertEquals(50, a.rows());
        assertEquals(3, a.classes());
        assertArrayEquals(a.labels(), b.labels());
        assertArrayEquals(a.logits().row(49), b.logits().row(49));
        for (int y : a.labels()) {
            assertTrue(y >= 0 && y < 3);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SimulatedClassifier.generate(1, 5, 1, 1, false, 1, "x")).getMessage().contains("classes >= 2"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SimulatedClassifier.generate(3, 5, 1, 1, true, 1, "x")).getMessage().contains("2 classes"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SimulatedClassifier.generate(3, 5, Double.NaN, 1, false, 1, "x")).getMessage()
                .contains("separation must be finite and positive, not NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SimulatedClassifier.generate(3, 5, 1, 0, false, 1, "x")).getMessage()
                .contains("overconfidence must be finite and positive, not 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SimulatedClassifier.generate(100_000, 100_000, 1, 1, false, 1, "x")).getMessage()
                .contains("do not fit one array"));
    }
}
