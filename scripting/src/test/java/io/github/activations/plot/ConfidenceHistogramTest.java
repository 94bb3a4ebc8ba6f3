/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static io.github.activations.plot.ChartFiles.assertExact;
import static io.github.activations.plot.ChartFiles.blue;
import static io.github.activations.plot.ChartFiles.green;
import static io.github.activations.plot.ChartFiles.red;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceHistogramTest {
    private static final double[] LOWER = {0, 0.25, 0.5, 0.75};
    private static final double[] UPPER = {0.25, 0.5, 0.75, 1};
    private static final long[] COUNT = {5, 20, 75, 900};

    private static ConfidenceHistogram histogram(double mean, double accuracy) {
        return ConfidenceHistogram.of("Confidences", LOWER, UPPER, COUNT, mean, accuracy);
    }

    @Test
    void writesPngAndSvgOfTheRequestedSize() {
        ChartFiles.png(histogram(0.93, 0.8).png(400, 300), 400, 300);
        ChartFiles.svg(histogram(0.93, 0.8).svg(410, 310), 410, 310, "Confidences",
                List.of("confidence", "count", "mean confidence", "accuracy"));
        ChartFiles.svg(histogram(0.93, 0.8).fractions().svg(410, 310), 410, 310, "Confidences",
                List.of("confidence", "fraction"));
    }

    @Test
    void csvHoldsTheCountsTheirFractionsAndTheTwoValues() {
        double mean = 0.1 + 0.2;
        double accuracy = Math.PI / 4;
        List<List<String>> rows = ChartFiles.csv(histogram(mean, accuracy));
        assertEquals(List.of("lower", "upper", "count", "fraction", "mean_confidence", "accuracy"), rows.get(0));
        assertEquals(5, rows.size());
        for (int i = 0; i < 4; i++) {
            List<String> r = rows.get(i + 1);
            assertExact(LOWER[i], r.get(0));
            assertExact(UPPER[i], r.get(1));
            assertEquals(COUNT[i], Long.parseLong(r.get(2)));
            assertExact(COUNT[i] / 1000.0, r.get(3));
            assertExact(mean, r.get(4));
            assertExact(accuracy, r.get(5));
        }
        assertEquals(rows, ChartFiles.csv(histogram(mean, accuracy).fractions()), "fractions() keeps the CSV");
    }

    @Test
    void fractionsChangeTheBarsNotTheData() {
        ConfidenceHistogram counts = histogram(0.93, 0.8);
        ConfidenceHistogram fractions = counts.fractions();
        assertFalse(Arrays.equals(counts.png(200, 150), fractions.png(200, 150)));
        assertEquals("Confidences", fractions.title());
    }

    @Test
    void drawsBothLinesAndLeavesOutANaNOne() {
        int confidence = ChartFiles.pixels(image(histogram(0.93, 0.8)), ConfidenceHistogramTest::confidenceOrange);
        int accuracy = ChartFiles.pixels(image(histogram(0.93, 0.8)), ConfidenceHistogramTest::accuracyGreen);
        assertTrue(confidence > 100 && accuracy > 100, confidence + " orange, " + accuracy + " green pixels");
        assertEquals(0, ChartFiles.pixels(image(histogram(Double.NaN, 0.8)), ConfidenceHistogramTest::confidenceOrange));
        assertEquals(0, ChartFiles.pixels(image(histogram(0.93, Double.NaN)), ConfidenceHistogramTest::accuracyGreen));
        List<List<String>> rows = ChartFiles.csv(histogram(Double.NaN, Double.NaN));
        assertEquals("NaN", rows.get(1).get(4));
        assertEquals("NaN", rows.get(1).get(5));
    }

    @Test
    void everyBinEmptyDrawsEmptyAxesAndNaNFractions() {
        ConfidenceHistogram empty = ConfidenceHistogram.of("", LOWER, UPPER, new long[4], 0.5, 0.5);
        assertEquals(0, ChartFiles.pixels(image(empty), ConfidenceHistogramTest::bar));
        assertTrue(ChartFiles.pixels(image(histogram(0.5, 0.5)), ConfidenceHistogramTest::bar) > 1000);
        ChartFiles.png(empty.fractions().png(200, 150), 200, 150);
        assertEquals("NaN", ChartFiles.csv(empty).get(1).get(3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mean above 1|1.5|0.5|0,0.5|0.5,1|1,1|meanConfidence is not in [0, 1] (nor NaN): 1.5",
        "accuracy negative|0.5|-0.5|0,0.5|0.5,1|1,1|accuracy is not in [0, 1] (nor NaN): -0.5",
        "negative count|0.5|0.5|0,0.5|0.5,1|1,-3|count[1] is negative: -3",
        "edge below 0|0.5|0.5|-0.5,0.5|0.5,1|1,1|bin 0 is not 0 <= lower < upper <= 1: lower -0.5, upper 0.5",
        "overlap|0.5|0.5|0,0.4|0.5,1|1,1|bin 1 starts at 0.4, before bin 0 ends (0.5): bins must be in increasing order",
        "lengths|0.5|0.5|0,0.5|0.5,1|1|count.length 1 != lower.length 2",
        "no bins|0.5|0.5||||no bins: lower and upper are empty",
    })
    void badInputGetsASpecificException(String what, double mean, double accuracy, String lower, String upper,
            String count, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConfidenceHistogram.of("t",
                ReliabilityDiagramTest.doubles(lower), ReliabilityDiagramTest.doubles(upper),
                ReliabilityDiagramTest.longs(count), mean, accuracy));
        assertEquals(message, e.getMessage(), what);
    }

    @Test
    void nullThrowsNullPointerException() {
        assertThrows(NullPointerException.class, () -> ConfidenceHistogram.of(null, LOWER, UPPER, COUNT, 0.5, 0.5));
        assertThrows(NullPointerException.class, () -> ConfidenceHistogram.of("t", null, UPPER, COUNT, 0.5, 0.5));
        assertThrows(NullPointerException.class, () -> ConfidenceHistogram.of("t", LOWER, UPPER, null, 0.5, 0.5));
    }

    private static BufferedImage image(Chart chart) {
        return ChartFiles.png(chart.png(320, 240), 320, 240);
    }

    /** The bars' blue, 0072B2 at 2/3 opacity over white. */
    private static boolean bar(int rgb) {
        return blue(rgb) > 180 && red(rgb) < 120 && green(rgb) > 130 && green(rgb) < 190;
    }

    /** The mean-confidence line's orange, D55E00. */
    private static boolean confidenceOrange(int rgb) {
        return red(rgb) > 180 && green(rgb) > 60 && green(rgb) < 130 && blue(rgb) < 60;
    }

    /** The accuracy line's green, 009E73. */
    private static boolean accuracyGreen(int rgb) {
        return red(rgb) < 60 && green(rgb) > 130 && blue(rgb) > 80 && blue(rgb) < 150;
    }
}
