/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static io.github.activations.plot.ChartFiles.assertExact;
import static io.github.activations.plot.ChartFiles.red;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
    private static final List<String> CLASSES = List.of("class 0", "class 1", "class 2");
    private static final List<String> SERIES = List.of("softmax", "divideBySum");
    private static final double[][] VALUES = {{0.249, 0.664, 0.087}, {0.368, 1.809, -1.176}};

    @Test
    void writesPngAndSvg() {
        BarChart c = BarChart.of("Per class", "class", "output", CLASSES, SERIES, VALUES);
        ChartFiles.png(c.png(400, 300), 400, 300);
        ChartFiles.svg(c.svg(300, 200), 300, 200, "Per class", List.of("class", "output", "softmax", "divideBySum"));
    }

    @Test
    void csvHoldsEveryBar() {
        double[][] values = {{Double.NaN, 0.1 + 0.2, -0.0}, {Double.NEGATIVE_INFINITY, Double.MAX_VALUE, 1e-310}};
        List<List<String>> rows = ChartFiles.csv(BarChart.of("t", "c", "v", CLASSES, SERIES, values));
        assertEquals(List.of("series", "category", "value"), rows.get(0));
        assertEquals(7, rows.size());
        for (int s = 0; s < 2; s++) {
            for (int c = 0; c < 3; c++) {
                List<String> r = rows.get(1 + 3 * s + c);
                assertEquals(SERIES.get(s), r.get(0));
                assertEquals(CLASSES.get(c), r.get(1));
                assertExact(values[s][c], r.get(2));
            }
        }
    }

    @Test
    void aNonFiniteValueDrawsNoBar() {
        double[][] nan = {{0.249, Double.NaN, 0.087}};
        double[][] inf = {{0.249, Double.POSITIVE_INFINITY, 0.087}};
        double[][] finite = {{0.249, 0.664, 0.087}};
        List<String> one = List.of("softmax");
        byte[] withNaN = BarChart.of("t", "c", "v", CLASSES, one, nan).png(320, 240);
        assertArrayEquals(withNaN, BarChart.of("t", "c", "v", CLASSES, one, inf).png(320, 240));
        int missing = firstColourPixels(withNaN);
        int all = firstColourPixels(BarChart.of("t", "c", "v", CLASSES, one, finite).png(320, 240));
        assertTrue(all > missing + 1000, all + " bar pixels with the bar, " + missing + " without");
    }

    @Test
    void badShapesAndNamesAreRejected() {
        assertEquals("values.length 1 != series (size).length 2", assertThrows(IllegalArgumentException.class,
                () -> BarChart.of("t", "c", "v", CLASSES, SERIES, new double[][] {{1, 2, 3}})).getMessage());
        assertEquals("values[1].length 2 != categories (size).length 3", assertThrows(IllegalArgumentException.class,
                () -> BarChart.of("t", "c", "v", CLASSES, SERIES, new double[][] {{1, 2, 3}, {1, 2}})).getMessage());
        assertEquals("no category names", assertThrows(IllegalArgumentException.class,
                () -> BarChart.of("t", "c", "v", List.of(), SERIES, new double[][] {{}, {}})).getMessage());
        assertEquals("no series names", assertThrows(IllegalArgumentException.class,
                () -> BarChart.of("t", "c", "v", CLASSES, List.of(), new double[0][])).getMessage());
        assertEquals("category name 'a' appears twice", assertThrows(IllegalArgumentException.class,
                () -> BarChart.of("t", "c", "v", List.of("a", "a"), List.of("s"), new double[][] {{1, 2}})).getMessage());
        assertEquals("series name 's' appears twice", assertThrows(IllegalArgumentException.class,
                () -> BarChart.of("t", "c", "v", List.of("a"), List.of("s", "s"), new double[][] {{1}, {2}})).getMessage());
        assertEquals("series name is empty", assertThrows(IllegalArgumentException.class,
                () -> BarChart.of("t", "c", "v", List.of("a"), List.of(""), new double[][] {{1}})).getMessage());
        assertThrows(NullPointerException.class, () -> BarChart.of("t", "c", "v", CLASSES, SERIES, null));
        assertThrows(NullPointerException.class,
                () -> BarChart.of("t", "c", "v", CLASSES, SERIES, new double[][] {{1, 2, 3}, null}));
        assertThrows(NullPointerException.class, () -> BarChart.of(null, "c", "v", CLASSES, SERIES, VALUES));
    }

    @Test
    void valuesAreCopied() {
        double[][] values = {{1, 2, 3}};
        BarChart c = BarChart.of("t", "c", "v", CLASSES, List.of("s"), values);
        values[0][0] = 9;
        assertEquals("1.0", ChartFiles.csv(c).get(1).get(2));
    }

    @Test
    void emptyTitleAndLabelsDraw() {
        ChartFiles.png(BarChart.of("", "", "", CLASSES, SERIES, VALUES).png(200, 150), 200, 150);
    }

    private static int firstColourPixels(byte[] png) {
        return ChartFiles.pixels(ChartFiles.png(png, 320, 240), rgb -> ChartFiles.blue(rgb) > 150 && red(rgb) < 60);
    }
}
