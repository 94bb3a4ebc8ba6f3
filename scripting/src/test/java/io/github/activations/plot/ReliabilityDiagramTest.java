/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static io.github.activations.plot.ChartFiles.assertExact;
import static io.github.activations.plot.ChartFiles.blue;
import static io.github.activations.plot.ChartFiles.green;
import static io.github.activations.plot.ChartFiles.red;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReliabilityDiagramTest {
    /** Five bins of an overconfident classifier: the top bin says 0.95 and is right 80% of the time. */
    private static final double[] LOWER = {0, 0.2, 0.4, 0.6, 0.8};
    private static final double[] UPPER = {0.2, 0.4, 0.6, 0.8, 1};
    private static final long[] COUNT = {0, 12, 40, 130, 818};
    private static final double[] ACCURACY = {Double.NaN, 0.25, 0.4, 0.6, 0.8};
    private static final double[] CONFIDENCE = {Double.NaN, 0.33, 0.52, 0.71, 0.95};

    private static ReliabilityDiagram overconfident() {
        return ReliabilityDiagram.of("Overconfident", 0.1394, LOWER, UPPER, COUNT, ACCURACY, CONFIDENCE);
    }

    @Test
    void writesPngAndSvgOfTheRequestedSize() {
        ChartFiles.png(overconfident().png(480, 360), 480, 360);
        ChartFiles.svg(overconfident().svg(500, 400), 500, 400, "Overconfident (ECE = 0.139)",
                List.of("confidence", "accuracy", "count", "mean confidence", "gap", "perfect calibration"));
    }

    @Test
    void titleCarriesTheEceToThreeSignificantDigits() {
        assertTrue(overconfident().svg(100, 100).contains(">Overconfident (ECE = 0.139)<"));
        String small = ReliabilityDiagram.of("", 0.000123456, LOWER, UPPER, COUNT, ACCURACY, CONFIDENCE).svg(100, 100);
        assertTrue(small.contains(">ECE = 0.000123<"), "an empty title leaves the ECE alone");
        String nan = ReliabilityDiagram.of("T", Double.NaN, LOWER, UPPER, COUNT, ACCURACY, CONFIDENCE).svg(100, 100);
        assertTrue(nan.contains(">T (ECE = NaN)<"));
        assertEquals(0.1394, overconfident().ece());
        assertEquals("Overconfident", overconfident().title());
    }

    @Test
    void csvHoldsExactlyTheNumbersPassedIn() {
        double[] lower = {0, 0.1 + 0.2};
        double[] upper = {0.1 + 0.2, 1};
        long[] count = {Long.MAX_VALUE, 0};
        double[] accuracy = {Math.PI / 4, Double.NaN};
        double[] confidence = {Double.MIN_VALUE, 0.9999999999999999};
        double ece = 1e-300;
        List<List<String>> rows = ChartFiles.csv(ReliabilityDiagram.of("t", ece, lower, upper, count, accuracy, confidence));
        assertEquals(List.of("lower", "upper", "count", "accuracy", "confidence", "ece"), rows.get(0));
        assertEquals(3, rows.size());
        for (int i = 0; i < 2; i++) {
            List<String> r = rows.get(i + 1);
            assertExact(lower[i], r.get(0));
            assertExact(upper[i], r.get(1));
            assertEquals(count[i], Long.parseLong(r.get(2)));
            assertExact(accuracy[i], r.get(3));
            assertExact(confidence[i], r.get(4));
            assertExact(ece, r.get(5));
        }
    }

    @Test
    void theGapIsDrawnWhereAccuracyAndConfidenceDiffer() {
        // orange: the mean-confidence lines and the gap boxes; with accuracy == confidence only the lines remain
        ReliabilityDiagram calibrated = ReliabilityDiagram.of("c", 0, LOWER, UPPER, COUNT, ACCURACY, ACCURACY);
        int withGap = ChartFiles.pixels(image(overconfident()), ReliabilityDiagramTest::orange);
        int without = ChartFiles.pixels(image(calibrated), ReliabilityDiagramTest::orange);
        assertTrue(withGap > 3 * without && without > 0, withGap + " orange pixels with a gap, " + without + " without");
    }

    @Test
    void anUnderconfidentBinLightensTheTopOfItsBar() {
        double[] lowConfidence = {Double.NaN, 0.2, 0.3, 0.5, 0.7};
        BufferedImage under = image(ReliabilityDiagram.of("u", 0.1, LOWER, UPPER, COUNT, ACCURACY, lowConfidence));
        BufferedImage calibrated = image(ReliabilityDiagram.of("c", 0, LOWER, UPPER, COUNT, ACCURACY, ACCURACY));
        int lighter = ChartFiles.pixels(under, ReliabilityDiagramTest::lightBlue);
        assertTrue(lighter > 4 * Math.max(1, ChartFiles.pixels(calibrated, ReliabilityDiagramTest::lightBlue)), "" + lighter);
    }

    @Test
    void anEmptyBinDrawsNothingWhateverItsValues() {
        double[] acc = ACCURACY.clone();
        double[] conf = CONFIDENCE.clone();
        acc[0] = 0.9;
        conf[0] = 0.1;
        byte[] nan = overconfident().png(320, 240);
        byte[] values = ReliabilityDiagram.of("Overconfident", 0.1394, LOWER, UPPER, COUNT, acc, conf).png(320, 240);
        assertArrayEquals(nan, values);
    }

    @Test
    void countsAreDrawnInTheHistogramBelow() {
        long[] none = new long[5];
        double[] nan = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        BufferedImage empty = image(ReliabilityDiagram.of("e", Double.NaN, LOWER, UPPER, none, nan, nan));
        BufferedImage full = image(overconfident());
        int bottom = (int) (240 * 0.72);
        int emptyGray = ChartFiles.pixels(empty, bottom, 240, ReliabilityDiagramTest::barGray);
        int fullGray = ChartFiles.pixels(full, bottom, 240, ReliabilityDiagramTest::barGray);
        assertTrue(fullGray > emptyGray + 500, fullGray + " gray pixels with counts, " + emptyGray + " without");
    }

    @Test
    void everyBinEmptyDrawsTheDiagonalOnly() {
        long[] none = new long[5];
        double[] nan = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        BufferedImage empty = image(ReliabilityDiagram.of("e", Double.NaN, LOWER, UPPER, none, nan, nan));
        assertEquals(0, ChartFiles.pixels(empty, ReliabilityDiagramTest::orange));
        assertEquals(0, ChartFiles.pixels(empty, rgb -> blue(rgb) > red(rgb) + 80));
    }

    @Test
    void binsNeedNotBeEqualNorCoverZeroToOne() {
        ReliabilityDiagram d = ReliabilityDiagram.of("t", 0.05, new double[] {0.5, 0.9}, new double[] {0.9, 0.95},
                new long[] {3, 4}, new double[] {0.5, 1}, new double[] {0.7, 0.92});
        ChartFiles.png(d.png(200, 160), 200, 160);
    }

    @Test
    void edgesMayOverlapByRoundingOnly() {
        double w = 1.0 / 3;
        ReliabilityDiagram.of("t", 0, new double[] {0, w, 2 * w}, new double[] {w + 1e-12, 2 * w, 1},
                new long[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {0, 0, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReliabilityDiagram.of("t", 0,
                new double[] {0, 0.3}, new double[] {0.4, 1}, new long[] {1, 1}, new double[] {0, 0}, new double[] {0, 0}));
        assertEquals("bin 1 starts at 0.3, before bin 0 ends (0.4): bins must be in increasing order", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "accuracy NaN in a full bin|0.1|0,0.5|0.5,1|1,1|NaN,0.5|0.5,0.5|accuracy[0] is not in [0, 1] (NaN is allowed only in an empty bin; count[0] is 1): NaN",
        "confidence above 1|0.1|0,0.5|0.5,1|1,1|0.5,0.5|0.5,1.5|confidence[1] is not in [0, 1]: 1.5",
        "accuracy below 0 in an empty bin|0.1|0,0.5|0.5,1|0,1|-0.1,0.5|0.5,0.5|accuracy[0] is not in [0, 1]: -0.1",
        "ECE above 1|1.5|0,0.5|0.5,1|1,1|0.5,0.5|0.5,0.5|ece is not in [0, 1] (nor NaN): 1.5",
        "ECE negative|-0.1|0,0.5|0.5,1|1,1|0.5,0.5|0.5,0.5|ece is not in [0, 1] (nor NaN): -0.1",
        "negative count|0.1|0,0.5|0.5,1|1,-1|0.5,0.5|0.5,0.5|count[1] is negative: -1",
        "edge above 1|0.1|0,0.5|0.5,1.1|1,1|0.5,0.5|0.5,0.5|bin 1 is not 0 <= lower < upper <= 1: lower 0.5, upper 1.1",
        "edge NaN|0.1|0,NaN|0.5,1|1,1|0.5,0.5|0.5,0.5|bin 1 is not 0 <= lower < upper <= 1: lower NaN, upper 1.0",
        "empty bin width|0.1|0,0.5|0.5,0.5|1,1|0.5,0.5|0.5,0.5|bin 1 is not 0 <= lower < upper <= 1: lower 0.5, upper 0.5",
        "out of order|0.1|0.5,0|1,0.5|1,1|0.5,0.5|0.5,0.5|bin 1 starts at 0.0, before bin 0 ends (1.0): bins must be in increasing order",
        "count too short|0.1|0,0.5|0.5,1|1|0.5,0.5|0.5,0.5|count.length 1 != lower.length 2",
        "upper too long|0.1|0,0.5|0.5,1,1|1,1|0.5,0.5|0.5,0.5|upper.length 3 != lower.length 2",
        "confidence too short|0.1|0,0.5|0.5,1|1,1|0.5,0.5|0.5|confidence.length 1 != lower.length 2",
        "no bins|0.1||||||no bins: lower and upper are empty",
    })
    void badInputGetsASpecificException(String what, double ece, String lower, String upper, String count,
            String accuracy, String confidence, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReliabilityDiagram.of("t",
                ece, doubles(lower), doubles(upper), longs(count), doubles(accuracy), doubles(confidence)));
        assertEquals(message, e.getMessage(), what);
    }

    @Test
    void nullThrowsNullPointerException() {
        assertThrows(NullPointerException.class, () -> ReliabilityDiagram.of(null, 0, LOWER, UPPER, COUNT, ACCURACY, CONFIDENCE));
        assertThrows(NullPointerException.class, () -> ReliabilityDiagram.of("t", 0, LOWER, null, COUNT, ACCURACY, CONFIDENCE));
        assertThrows(NullPointerException.class, () -> ReliabilityDiagram.of("t", 0, LOWER, UPPER, null, ACCURACY, CONFIDENCE));
        assertThrows(NullPointerException.class, () -> ReliabilityDiagram.of("t", 0, LOWER, UPPER, COUNT, ACCURACY, null));
    }

    @Test
    void inputArraysAreCopiedAndLeftUntouched() {
        double[] acc = ACCURACY.clone();
        ReliabilityDiagram d = ReliabilityDiagram.of("t", 0.1, LOWER, UPPER, COUNT, acc, CONFIDENCE);
        List<List<String>> before = ChartFiles.csv(d);
        acc[4] = 0.1;
        assertEquals(before, ChartFiles.csv(d));
        assertArrayEquals(new double[] {Double.NaN, 0.25, 0.4, 0.6, 0.1}, acc);
    }

    private static BufferedImage image(Chart chart) {
        return ChartFiles.png(chart.png(320, 240), 320, 240);
    }

    /** The gap's orange (D55E00) pure, or blended with white at the boxes' opacity. */
    private static boolean orange(int rgb) {
        return red(rgb) > 200 && red(rgb) - blue(rgb) > 40 && green(rgb) < red(rgb) - 20;
    }

    /** The accuracy blue (0072B2) with white over it: the underconfident gap inside a bar. */
    private static boolean lightBlue(int rgb) {
        return blue(rgb) > 200 && red(rgb) > 90 && red(rgb) < 190 && blue(rgb) - red(rgb) > 40;
    }

    private static boolean barGray(int rgb) {
        return red(rgb) == green(rgb) && green(rgb) == blue(rgb) && red(rgb) > 150 && red(rgb) < 200;
    }

    static double[] doubles(String csv) {
        if (csv == null || csv.isEmpty()) {
            return new double[0];
        }
        String[] parts = csv.split(",");
        double[] d = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            d[i] = Double.parseDouble(parts[i]);
        }
        return d;
    }

    static long[] longs(String csv) {
        if (csv == null || csv.isEmpty()) {
            return new long[0];
        }
        String[] parts = csv.split(",");
        long[] d = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            d[i] = Long.parseLong(parts[i]);
        }
        return d;
    }
}
