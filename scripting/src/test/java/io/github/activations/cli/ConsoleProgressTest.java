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
        // 5 per second on average: 85 left at 15 done is 17 s, 10 left at 90 is 2 s
        assertEquals("check 'slow': 15/100 (15%, 5/s, 17 s left)", lines[0]);
        assertEquals("check 'slow': 90/100 (90%, 5/s, 2 s left)", lines[5]);
        assertEquals("check 'slow': done in 20.0 s", lines[6]);
    }

    @Test
    void terminalDrawsABarInPlaceAndClearsIt() {
        ConsoleProgress p = new ConsoleProgress(err, true, () -> now);
        p.start("work", 10);
        now += 500_000_000L;
        p.advance(5);
        assertEquals("\rwork [###############               ] 50%, 10/s, 1 s left", text());
        now += 100_000_000L;
        p.advance(6); // 6 in 0.6 s: 10/s, the 4 left take 0.4 s
        assertTrue(text().endsWith("\rwork [##################            ] 60%, 10/s, 0 s left"), text());
        p.finish();
        assertTrue(text().endsWith("\r"), text());
        assertTrue(!text().contains("\n"));
    }

    @Test
    void ratesAndDurationsReadAtAGlance() {
        assertEquals("950", ConsoleProgress.count(950));
        assertEquals("12.5k", ConsoleProgress.count(12_500));
        assertEquals("3.2M", ConsoleProgress.count(3_200_000));
        assertEquals("1.5G", ConsoleProgress.count(1.5e9));
        assertEquals("59 s", ConsoleProgress.duration(59));
        assertEquals("3 min 05 s", ConsoleProgress.duration(185));
        assertEquals("2 h 07 min", ConsoleProgress.duration(2 * 3600 + 7 * 60 + 30));
    }

    @Test
    void noConsoleIsNoTerminal() {
        assertTrue(!Terminal.isTerminal(null));
        // JDK 22 and later have Console.isTerminal(), which tells a redirected console from a terminal
        assertEquals(Runtime.version().feature() >= 22, Terminal.isTerminalMethod() != null);
    }
}
