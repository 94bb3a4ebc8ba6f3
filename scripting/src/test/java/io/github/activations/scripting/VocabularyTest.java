/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table of words is the one source: the shipped GDSL, the README's word list and the parser agree with it. */
class VocabularyTest {
    private static final Path SOURCE_GDSL = Path.of("src/main/resources/io/github/activations/scripting/activations.gdsl");
    private static final Path README = Path.of("README.md");

    @Test
    void shippedGdslIsGeneratedFromTheTable() throws IOException {
        if (Boolean.getBoolean("activations.updateGdsl")) {
            Files.writeString(SOURCE_GDSL, Words.gdsl(), StandardCharsets.UTF_8);
        }
        try (InputStream in = Words.class.getResourceAsStream("activations.gdsl")) {
            assertTrue(in != null, "activations.gdsl is not on the class path");
            assertEquals(Words.gdsl(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "activations.gdsl is out of date: rerun this test with -Dactivations.updateGdsl=true");
        }
        for (Words.Word w : Words.table()) {
            if (w.place() != Words.Place.PARAMETER) {
                assertTrue(Words.gdsl().contains("name: '" + w.name() + "'"), w.name());
            }
        }
    }

    @Test
    void readmeWordIndexIsGeneratedFromTheTable() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String begin = "<!-- words:begin (generated from Words.markdown(); VocabularyTest checks it) -->\n";
        String end = "<!-- words:end -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertTrue(from >= 0 && to > from, "README.md has no generated word index");
        if (Boolean.getBoolean("activations.updateGdsl")) {
            readme = readme.substring(0, from + begin.length()) + Words.markdown() + readme.substring(to);
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            to = readme.indexOf(end);
        }
        assertEquals(Words.markdown(), readme.substring(from + begin.length(), to),
                "README.md's word index is out of date: rerun this test with -Dactivations.updateGdsl=true");
        // and the hand-written table of the main words names only words of the table
        String words = readme.substring(readme.indexOf("## The words"), from);
        Matcher row = Pattern.compile("(?m)^\\| `([a-zA-Z]+)").matcher(words);
        Set<String> rows = new LinkedHashSet<>();
        while (row.find()) {
            rows.add(row.group(1));
        }
        rows.removeAll(Words.all());
        assertEquals(Set.of(), rows, "README rows for words the table does not have");
    }

    @Test
    void optionSetsComeFromTheTable() {
        assertEquals(Words.word("show", Words.Place.EXPERIMENT).options(), Words.options("show"));
        for (ActivationFunction f : ActivationFunction.values()) {
            assertTrue(Words.options("apply").containsAll(f.parameters()), f.word());
            assertEquals(f.parameters(), Words.word(f.word(), Words.Place.FUNCTION).options());
        }
        for (String p : Words.PARAMETERS) {
            assertTrue(Words.USAGE.containsKey(p), p);
        }
    }
}
