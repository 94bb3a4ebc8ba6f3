/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReliabilityTest {

    /** The definition read literally: the first i whose upper edge (double) (i + 1) / B is >= c. */
    private static int binByScan(double c, int bins) {
        for (int i = 0; i < bins - 1; i++) {
            if (c <= (double) (i + 1) / bins) {
                return i;
            }
        }
        return bins - 1;
    }

    @ParameterizedTest(name = "c = {0} with {1} bins is in bin {2}")
    @CsvSource({
        "0.0, 5, 0", // 0 joins the first bin
        "0.2, 5, 0", // on the edge: the bin below, (0, 0.2]
        "0.20000000000000004, 5, 1", // the next double up
        "0.4, 5, 1",
        "0.6, 5, 2",
        "0.8, 5, 3",
        "1.0, 5, 4",
        "0.5, 2, 0",
        "0.5, 15, 7",
        "1.0, 1, 0",
        "0.0, 1, 0",
        "4.9E-324, 15, 0",
        "0.9999999999999999, 15, 14",
    })
    void binsAsDocumented(double c, int bins, int expected) {
        assertEquals(expected, Reliability.bin(c, bins));
        assertEquals(expected, binByScan(c, bins));
    }

    @Test
    void everyEdgeOfUpTo100BinsAndItsNeighbours() {
        // the estimate ceil(c·B) − 1 can be off by one where c·B rounds; check every edge i/B and the
        // doubles either side against the literal scan
        for (int bins = 1; bins <= 100; bins++) {
            for (int i = 0; i <= bins; i++) {
                double edge = (double) i / bins;
                for (double c : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
                    if (c >= 0 && c <= 1) {
                        int b = bins;
                        assertEquals(binByScan(c, b), Reliability.bin(c, b), () -> "c = " + c + ", bins " + b);
                    }
                }
            }
        }
        SplittableRandom random = new SplittableRandom(Simulated.SEED);
        for (int n = 0; n < 100_000; n++) {
            double c = random.nextDouble();
            int b = 1 + random.nextInt(40);
            assertEquals(binByScan(c, b), Reliability.bin(c, b));
        }
    }

    @Test
    void eceAndMceFromConfidencesAgainstExactArithmetic() {
        // hand case, 3 bins: (0, 1/3], (1/3, 2/3], (2/3, 1]
        //   0.1 right, 0.3 wrong          -> bin 0: acc 1/2, conf 0.2, gap 0.3
        //   0.5 right, 0.6 right, 0.65 wrong -> bin 1: acc 2/3, conf 0.58333.., gap 0.083333..
        //   0.9 right                     -> bin 2: acc 1, conf 0.9, gap 0.1
        // ECE = (|1 − 0.4| + |2 − 1.75| + |1 − 0.9|) / 6 = 0.95 / 6; MCE = 0.3
        double[] c = {0.1, 0.3, 0.5, 0.6, 0.65, 0.9};
        boolean[] right = {true, false, true, true, false, true};
        Reliability r = Reliability.of(c, right, 3);
        BigDecimal ece = BigDecimal.ZERO;
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        int[] hits = new int[3];
        for (int i = 0; i < c.length; i++) {
            int b = binByScan(c[i], 3);
            sums[b] = sums[b].add(new BigDecimal(c[i]));
            hits[b] += right[i] ? 1 : 0;
        }
        for (int b = 0; b < 3; b++) {
            ece = ece.add(BigDecimal.valueOf(hits[b]).subtract(sums[b]).abs());
        }
        double exact = ece.divide(BigDecimal.valueOf(6), MathContext.DECIMAL128).doubleValue();
        assertEquals(exact, r.ece(), Math.ulp(exact));
        assertEquals(0.95 / 6, r.ece(), 1e-16);
        assertEquals(0.3, r.mce(), 1e-16);
        assertEquals(2, r.bins().get(0).count());
        assertEquals(2.0 / 3, r.bins().get(1).accuracy());
        assertEquals(1.75 / 3, r.bins().get(1).meanConfidence(), 1e-16);
        assertEquals(6, r.rows());
    }

    @Test
    void perfectCalibrationAndEmptyBins() {
        // confidence 1 and right, confidence 0.5 with one of two right: ECE 0; bins 1 and 2 of 4 are empty
        Reliability r = Reliability.of(new double[] {1, 1, 0.5, 0.5}, new boolean[] {true, true, true, false}, 4);
        assertEquals(0.0, r.ece());
        assertEquals(0.0, r.mce());
        assertTrue(r.bins().get(0).isEmpty());
        assertTrue(Double.isNaN(r.bins().get(0).gap()));
        assertEquals(2, r.bins().get(1).count(), "0.5 is on the edge of (0.25, 0.5]");
        assertEquals(-0.5, new ReliabilityBin(0, 0, 1, 1, 0.0, 0.5).gap());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Reliability.of(new double[] {0.5}, new boolean[] {true}, 0));
        assertThrows(IllegalArgumentException.class, () -> Reliability.of(new double[0], new boolean[0], 10));
        assertThrows(IllegalArgumentException.class,
                () -> Reliability.of(new double[] {0.5}, new boolean[] {true, false}, 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reliability.of(new double[] {0.5, Double.NaN}, new boolean[] {true, false}, 10));
        assertTrue(e.getMessage().contains("confidences[1] = NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Reliability.of(new double[] {1.5}, new boolean[] {true}, 10));
        assertThrows(IllegalArgumentException.class,
                () -> Reliability.of(new double[] {-0.1}, new boolean[] {true}, 10));
    }
}
