/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static io.github.activations.plot.ChartFiles.assertExact;
import static io.github.activations.plot.ChartFiles.blue;
import static io.github.activations.plot.ChartFiles.red;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepChartTest {
    private static final double[] T = {0.25, 0.5, 1, 2, 4};
    private static final Series NLL = Series.of("NLL", T, new double[] {1.9, 0.8, 0.6, 0.7, 1.1});
    private static final Series ECE = Series.of("ECE", T, new double[] {0.2, 0.08, 0.05, 0.1, 0.2});

    @Test
    void writesPngAndSvgOnLinearAndLogAxes() {
        for (boolean log : new boolean[] {false, true}) {
            SweepChart c = SweepChart.of("Temperature", "temperature", "metric", log, List.of(NLL, ECE));
            ChartFiles.png(c.png(400, 300), 400, 300);
            ChartFiles.svg(c.svg(420, 310), 420, 310, "Temperature", List.of("temperature", "metric", "NLL", "ECE"));
        }
    }

    @Test
    void logAxisChangesTheDrawing() {
        byte[] linear = SweepChart.of("t", "T", "NLL", false, List.of(NLL)).png(300, 200);
        byte[] log = SweepChart.of("t", "T", "NLL", true, List.of(NLL)).png(300, 200);
        assertFalse(Arrays.equals(linear, log));
    }

    @Test
    void logAxisOverManyDecadesDraws() {
        Series wide = Series.of("p", new double[] {1e-6, 1e-3, 1, 1e3}, new double[] {1, 0.5, 0.25, 0});
        ChartFiles.png(SweepChart.of("wide", "T", "p", true, List.of(wide)).png(300, 200), 300, 200);
    }

    @Test
    void csvHoldsEveryPointOfEverySeriesInOrder() {
        double[] y = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE, 0.1 + 0.2};
        Series odd = Series.of("odd, \"quoted\"", T, y);
        List<List<String>> rows = ChartFiles.csv(SweepChart.of("t", "T", "m", false, List.of(NLL, odd)));
        assertEquals(List.of("series", "x", "y"), rows.get(0));
        assertEquals(11, rows.size());
        List<Series> all = List.of(NLL, odd);
        int row = 1;
        for (Series s : all) {
            for (int i = 0; i < s.size(); i++, row++) {
                assertEquals(s.name(), rows.get(row).get(0));
                assertExact(s.x()[i], rows.get(row).get(1));
                assertExact(s.y()[i], rows.get(row).get(2));
            }
        }
    }

    @Test
    void aNaNAndAnInfinitePointAreBothLeftOut() {
        double[] nan = {1.9, 0.8, Double.NaN, 0.7, 1.1};
        double[] inf = {1.9, 0.8, Double.POSITIVE_INFINITY, 0.7, 1.1};
        assertArrayEquals(SweepChart.of("t", "T", "m", true, List.of(Series.of("s", T, nan))).png(300, 200),
                SweepChart.of("t", "T", "m", true, List.of(Series.of("s", T, inf))).png(300, 200));
    }

    @Test
    void noFinitePointDrawsEmptyAxes() {
        Series none = Series.of("s", new double[] {Double.NaN, 1}, new double[] {1, Double.NEGATIVE_INFINITY});
        byte[] png = SweepChart.of("empty", "T", "m", true, List.of(none)).png(300, 200);
        int line = ChartFiles.pixels(ChartFiles.png(png, 300, 200), rgb -> blue(rgb) > 150 && red(rgb) < 60);
        assertEquals(0, line);
        int drawn = ChartFiles.pixels(ChartFiles.png(SweepChart.of("t", "T", "m", true, List.of(NLL)).png(300, 200),
                300, 200), rgb -> blue(rgb) > 150 && red(rgb) < 60);
        assertTrue(drawn > 100, drawn + " pixels of the first series' blue");
    }

    @Test
    void logAxisRejectsXAtOrBelowZeroButNotNaN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepChart.of("t", "T", "m",
                true, List.of(NLL, Series.of("bad", new double[] {1, 0}, new double[] {1, 1}))));
        assertEquals("series 'bad' has x[1] = 0.0, not > 0, on a log x axis", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SweepChart.of("t", "T", "m", true,
                List.of(Series.of("bad", new double[] {Double.NEGATIVE_INFINITY}, new double[] {1}))));
        SweepChart.of("t", "T", "m", true, List.of(Series.of("nan", new double[] {Double.NaN, 1}, new double[] {1, 1})));
        SweepChart.of("t", "T", "m", false, List.of(Series.of("zero", new double[] {0, -1}, new double[] {1, 1})));
    }

    @Test
    void badSeriesListsAreRejected() {
        assertEquals("no series", assertThrows(IllegalArgumentException.class,
                () -> SweepChart.of("t", "T", "m", false, List.of())).getMessage());
        assertEquals("series name 'NLL' appears twice", assertThrows(IllegalArgumentException.class,
                () -> SweepChart.of("t", "T", "m", false, List.of(NLL, ECE, NLL))).getMessage());
        assertThrows(NullPointerException.class, () -> SweepChart.of(null, "T", "m", false, List.of(NLL)));
        assertThrows(NullPointerException.class, () -> SweepChart.of("t", null, "m", false, List.of(NLL)));
        assertThrows(NullPointerException.class, () -> SweepChart.of("t", "T", null, false, List.of(NLL)));
        assertThrows(NullPointerException.class, () -> SweepChart.of("t", "T", "m", false, null));
    }

    @Test
    void emptyTitleAndLabelsDraw() {
        ChartFiles.png(SweepChart.of("", "", "", false, List.of(NLL)).png(200, 150), 200, 150);
    }

    @Test
    void keepsTheSeriesGivenEvenIfTheListChanges() {
        List<Series> list = new ArrayList<>(List.of(NLL));
        SweepChart c = SweepChart.of("t", "T", "m", false, list);
        list.add(ECE);
        assertEquals(List.of(NLL), c.series());
    }
}
