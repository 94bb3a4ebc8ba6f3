/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    private static final List<String> NAMES = List.of("cat", "dog", "eel");

    @Test
    void countsPrecisionRecallAndF1() {
        // actual:    cat cat cat dog dog eel
        // predicted: cat dog cat dog cat dog
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 1, 0, 1, 0, 1}, NAMES);
        assertArrayEquals(new long[][] {{2, 1, 0}, {1, 1, 0}, {0, 1, 0}}, m.toArray());
        assertEquals(6, m.total());
        assertEquals(3, m.correct());
        assertEquals(1, m.count(0, 1));
        // cat: TP 2, support 3, predicted 3 -> P = R = F1 = 2/3
        assertEquals(new ClassMetrics(0, "cat", 3, 3, 2, 2.0 / 3, 2.0 / 3, 4.0 / 6), m.perClass(0));
        // dog: TP 1, support 2, predicted 3 -> P 1/3, R 1/2, F1 2/5
        assertEquals(new ClassMetrics(1, "dog", 2, 3, 1, 1.0 / 3, 0.5, 2.0 / 5), m.perClass(1));
        // eel: never predicted -> precision NaN, recall 0, F1 0
        ClassMetrics eel = m.perClass(2);
        assertTrue(Double.isNaN(eel.precision()));
        assertEquals(0.0, eel.recall());
        assertEquals(0.0, eel.f1());
        assertEquals(NAMES, m.classNames());
        assertEquals(3, m.perClass().size());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0}, new int[] {0, 1}, NAMES));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[0], new int[0], NAMES));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0}, new int[] {0}, List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 0}, NAMES));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0}, new int[] {0}, NAMES);
        assertThrows(IndexOutOfBoundsException.class, () -> m.count(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.perClass(-1));
    }
}
