/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TutorialTest {
    @TempDir
    Path dir;

    @Test
    void printsTheTutorialsNumbersEvenUnderAGermanLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);   // would print 0,249 with the default locale
        String text;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Tutorial.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir.resolve("sigmoid.png"));
            text = bytes.toString(StandardCharsets.UTF_8);
        } finally {
            Locale.setDefault(saved);
        }
        assertTrue(text.contains("softmax([0.25, 1.23, -0.8]) = [0.249, 0.664, 0.087], sum 1, argmax 1 (panda)"), text);
        assertTrue(text.contains("[0.562, 0.774, 0.31], sum 1.646, classes above 0.5: 2"), text);
        assertTrue(text.contains("gradient [0, 0, 0]; softmax gradient [-0.165, 0.223, -0.058]"), text);
        assertTrue(text.contains("z1 -> [0.368, 1.809, -1.176]"), text);
        assertTrue(text.contains("z3 -> [0.083, 0.75, 0.167] vs softmax [0.231, 0.514, 0.255]"), text);
        assertTrue(text.contains("z4 -> [0, 0.9, 0.1] vs softmax [0.219, 0.539, 0.242]"), text);
        assertTrue(text.contains("naive [NaN, NaN, NaN], Softmax.of [0.249, 0.664, 0.087]"), text);
        assertTrue(text.contains(": 0 bit mismatches"), text);
        assertTrue(Files.isRegularFile(dir.resolve("sigmoid.png")));
        assertEquals(7, text.lines().count(), text);
    }

    @Test
    void roundsLikeNumPy() {
        assertEquals("[0, 0.9, 0.1, -1.176, 0.75, NaN]", Tutorial.round3(new double[] {-0.0001, 0.9, 0.1, -1.17647, 0.75, Double.NaN}));
    }
}
