/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static io.github.activations.plot.ChartFiles.green;
import static io.github.activations.plot.ChartFiles.red;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurveChartTest {
    private static final int N = 201;

    private static Series curve(String name, java.util.function.DoubleUnaryOperator f) {
        double[] x = new double[N];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = -10 + 20.0 * i / (N - 1);
            y[i] = f.applyAsDouble(x[i]);
        }
        return Series.of(name, x, y);
    }

    private static final Series SIGMOID = curve("sigmoid", x -> 1 / (1 + Math.exp(-x)));
    private static final Series LOG_SIGMOID = curve("logSigmoid", x -> -Math.log1p(Math.exp(-x)));
    /** NaN below 0 and above 1, ±∞ at 0 and 1. */
    private static final Series LOGIT = curve("logit", x -> Math.log(x / (1 - x)));

    @Test
    void writesSeveralCurvesWithALegendAsPngAndSvg() {
        CurveChart c = CurveChart.of("Sigmoid and friends", "x", "f(x)", List.of(SIGMOID, LOG_SIGMOID, LOGIT));
        ChartFiles.png(c.png(640, 480), 640, 480);
        ChartFiles.svg(c.svg(600, 400), 600, 400, "Sigmoid and friends",
                List.of("x", "f(x)", "sigmoid", "logSigmoid", "logit"));
        assertEquals(List.of(SIGMOID, LOG_SIGMOID, LOGIT), c.series());
    }

    @Test
    void eachCurveGetsItsOwnColour() {
        java.awt.image.BufferedImage image = ChartFiles.png(CurveChart.of("t", "x", "y",
                List.of(SIGMOID, LOG_SIGMOID)).png(320, 240), 320, 240);
        int first = ChartFiles.pixels(image, rgb -> ChartFiles.blue(rgb) > 150 && red(rgb) < 60);          // 0072B2
        int second = ChartFiles.pixels(image, rgb -> red(rgb) > 200 && green(rgb) > 130 && ChartFiles.blue(rgb) < 60); // E69F00
        assertTrue(first > 100 && second > 100, first + " blue, " + second + " orange pixels");
    }

    @Test
    void aLoneFinitePointIsDrawnAsAMarker() {
        Series lone = Series.of("lone", new double[] {0, 1, 2}, new double[] {Double.NaN, 0.5, Double.NaN});
        Series none = Series.of("none", new double[] {0, 1, 2}, new double[] {Double.NaN, Double.NaN, Double.NaN});
        int drawn = firstColourPixels(CurveChart.of("t", "x", "y", List.of(lone)));
        assertTrue(drawn > 10, drawn + " pixels for one point");
        assertEquals(0, firstColourPixels(CurveChart.of("t", "x", "y", List.of(none))));
    }

    @Test
    void aBrokenCurveDrawsBesideAnyOtherName() {
        // the runs after a break are XChart series of their own, under names that must not clash
        Series broken = Series.of("a", new double[] {0, 1, 2, 3, 4}, new double[] {1, Double.NaN, 2, Double.NaN, 3});
        Series odd = Series.of("\u00000", new double[] {0, 1}, new double[] {0, 1});
        Series odder = Series.of("\u00001", new double[] {0, 1}, new double[] {1, 0});
        ChartFiles.png(CurveChart.of("t", "x", "y", List.of(broken, odd, odder)).png(200, 150), 200, 150);
    }

    @Test
    void csvHoldsNonFinitePointsAsGiven() {
        List<List<String>> rows = ChartFiles.csv(CurveChart.of("t", "x", "y", List.of(LOGIT)));
        assertEquals(N + 1, rows.size());
        assertEquals(List.of("logit", "-10.0", "NaN"), rows.get(1));
        assertEquals(List.of("logit", "0.0", "-Infinity"), rows.get(101));
        assertEquals(List.of("logit", "1.0", "Infinity"), rows.get(111));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CurveChart.of("t", "x", "y", List.of()));
        assertThrows(IllegalArgumentException.class, () -> CurveChart.of("t", "x", "y", List.of(SIGMOID, SIGMOID)));
        assertThrows(NullPointerException.class, () -> CurveChart.of(null, "x", "y", List.of(SIGMOID)));
        assertThrows(NullPointerException.class, () -> CurveChart.of("t", "x", "y", null));
    }

    @Test
    void emptyTitleAndLabelsDraw() {
        ChartFiles.png(CurveChart.of("", "", "", List.of(SIGMOID)).png(200, 150), 200, 150);
    }

    private static int firstColourPixels(Chart chart) {
        return ChartFiles.pixels(ChartFiles.png(chart.png(320, 240), 320, 240),
                rgb -> ChartFiles.blue(rgb) > 150 && red(rgb) < 60);
    }
}
