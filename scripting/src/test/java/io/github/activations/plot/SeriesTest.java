/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeriesTest {
    @Test
    void keepsACopyAndHandsOutCopies() {
        double[] x = {1, 2};
        double[] y = {Double.NaN, Double.NEGATIVE_INFINITY};
        Series s = Series.of("s", x, y);
        x[0] = 9;
        s.x()[1] = 9;
        assertArrayEquals(new double[] {1, 2}, s.x());
        assertArrayEquals(new double[] {Double.NaN, Double.NEGATIVE_INFINITY}, s.y());
        assertEquals("s", s.name());
        assertEquals(2, s.size());
    }

    @Test
    void badInputGetsASpecificException() {
        assertEquals("y.length 1 != x.length 2", assertThrows(IllegalArgumentException.class,
                () -> Series.of("s", new double[2], new double[1])).getMessage());
        assertEquals("series 's' has no points", assertThrows(IllegalArgumentException.class,
                () -> Series.of("s", new double[0], new double[0])).getMessage());
        assertEquals("series name is empty", assertThrows(IllegalArgumentException.class,
                () -> Series.of("", new double[1], new double[1])).getMessage());
        assertThrows(NullPointerException.class, () -> Series.of(null, new double[1], new double[1]));
        assertThrows(NullPointerException.class, () -> Series.of("s", null, new double[1]));
        assertThrows(NullPointerException.class, () -> Series.of("s", new double[1], null));
    }
}
