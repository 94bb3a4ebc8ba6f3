/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table layout: columns line up on a terminal, whatever the script's names are written in. */
class TableTest {
    @Test
    void widthCountsTerminalColumns() {
        assertEquals(7, Table.width("softmax"));
        assertEquals(4, Table.width("温度")); // two CJK ideographs, two columns each
        assertEquals(6, Table.width("ｚ１ｚ")); // fullwidth forms
        assertEquals(4, Table.width("한국")); // Hangul syllables
        assertEquals(1, Table.width("é"));
        assertEquals(1, Table.width("e\u0301")); // e and a combining acute accent: one column
        assertEquals(2, Table.width("😀")); // a surrogate pair, one wide emoji
        assertEquals(7, Table.width("Софтмакс".substring(1))); // Cyrillic is narrow
        assertEquals(0, Table.width(""));
    }

    @Test
    void cjkNamesDoNotShiftTheColumnsAfterThem() {
        ExperimentResult e = new ExperimentResult("宽", List.of(
                new Cell("温度", new double[] {1, 2}, "softmax", Map.of(), new double[] {0.25, 0.75}, null),
                new Cell("z", new double[] {1, 2}, "softmax", Map.of(), new double[] {0.25, 0.75}, null)),
                List.of(), List.of(), List.of(), 2, 20);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Table.print(e, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("  logits  input   activation  params  output", lines.get(1));
        assertEquals("  温度    [1, 2]  softmax             [0.25, 0.75]", lines.get(2));
        assertEquals("  z       [1, 2]  softmax             [0.25, 0.75]", lines.get(3));
        // every column starts at the same terminal column on every line
        int header = Table.width(lines.get(1).substring(0, lines.get(1).indexOf("activation")));
        assertEquals(header, Table.width(lines.get(2).substring(0, lines.get(2).indexOf("softmax"))));
        assertEquals(header, Table.width(lines.get(3).substring(0, lines.get(3).indexOf("softmax"))));
    }
}
