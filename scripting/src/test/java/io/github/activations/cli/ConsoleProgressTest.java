/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private long now;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainOutputPrintsOccasionalLinesOnlyForLongWork() {
        ConsoleProgress p = new ConsoleProgress(err, false, () -> now);
        p.start("check 'fast'", 100);
        now += 1_000_000_000L;
        p.advance(100);
        p.finish();
        assertEquals("", text(), "work under 3 s prints nothing");

        p.start("check 'slow'", 100);
        for (int i = 1; i <= 100; i++) {
            now += 200_000_000L; // 20 s in all: a line every 3 s
            p.advance(i);
        }
        p.finish();
        String[] lines = text().split("\\R");
        assertEquals(7, lines.length, text());
        assertEquals("check 'slow': 15/100 (15%)", lines[0]);
        assertEquals("check 'slow': 90/100 (90%)", lines[5]);
        assertEquals("check 'slow': done in 20.0 s", lines[6]);
    }

    @Test
    void terminalDrawsABarInPlaceAndClearsIt() {
        ConsoleProgress p = new ConsoleProgress(err, true, () -> now);
        p.start("work", 10);
        now += 500_000_000L;
        p.advance(5);
        assertEquals("\rwork [###############               ] 50%", text());
        p.finish();
        assertTrue(text().endsWith("\r"), text());
        assertTrue(!text().contains("\n"));
    }
}
