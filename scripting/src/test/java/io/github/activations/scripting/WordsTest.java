/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void suggestsTheClosestWordWithinATypo() {
        assertEquals(Optional.of("temperature"), Words.suggest("tempratures"));
        assertEquals(Optional.of("divideBySum"), Words.suggest("divideBysum"));
        assertEquals(Optional.of("summarize"), Words.suggest("summarise"));
        assertEquals(Optional.of("logits"), Words.suggest("logtis"));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals(Optional.empty(), Words.suggest("banana"));
        assertEquals(Optional.empty(), Words.suggest("T"));
        assertEquals(Optional.of("k"), Words.suggest("K"));
        assertEquals(Optional.empty(), Words.suggest("softmax"));
    }

    @Test
    void knowsEveryFunctionAndStatistic() {
        for (ActivationFunction f : ActivationFunction.values()) {
            assertTrue(Words.all().contains(f.word()), f.word());
        }
        for (Statistic s : Statistic.values()) {
            assertTrue(Words.all().contains(s.word()), s.word());
        }
    }

    @Test
    void distanceCountsEditsAndSwaps() {
        assertEquals(0, Words.distance("abc", "abc"));
        assertEquals(1, Words.distance("abc", "acb"));
        assertEquals(2, Words.distance("tempratures", "temperature"));
    }
}
