/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bash completion script of {@code activations generate-completion}, and bash completing with it. */
class CompletionTest {
    @TempDir
    Path dir;

    private static String script() {
        Cli r = Cli.run("generate-completion");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        return r.out();
    }

    @Test
    void scriptNamesTheCommandsOptionsAndFormats() {
        String s = script();
        assertTrue(s.startsWith("#!/usr/bin/env bash"), s);
        assertTrue(s.contains("complete -F _complete_activations"), s);
        assertTrue(s.contains("local commands=\"run check help\""), s);
        for (String word : List.of("_picocli_activations_run", "_picocli_activations_check", "'--format'", "'--out'",
                "'--timeout'", "'--stacktrace'", "(\"table\" \"csv\" \"json\")")) {
            assertTrue(s.contains(word), word);
        }
    }

    /** What bash offers for the last word of {@code line}, through the script's completion function. */
    private List<String> complete(String line) throws IOException, InterruptedException {
        Path completion = Files.writeString(dir.resolve("activations.bash"), script(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tutorial.groovy"), "experiment('e') { }", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("bash", "-c", "source \"$0\"; COMP_LINE=\"$1\"; COMP_POINT=${#COMP_LINE};"
                + " read -r -a COMP_WORDS <<< \"$1\"; [[ \"$1\" == *' ' ]] && COMP_WORDS+=('');"
                + " COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _complete_activations 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"", completion.toString(), line)
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out.lines().filter(l -> !l.isEmpty()).sorted().toList();
    }

    @Test
    void bashCompletesCommandsOptionsFormatsAndScripts() throws Exception {
        Assumptions.assumeTrue(onPath("bash"), "bash is not installed");
        assertEquals(List.of("check", "help", "run"), complete("activations "));
        assertEquals(List.of("--format"), complete("activations run tutorial.groovy --fo"));
        assertEquals(List.of("--stacktrace"), complete("activations check --st"));
        assertEquals(List.of("csv", "json", "table"), complete("activations run --format "));
        assertEquals(List.of("tutorial.groovy"), complete("activations run tut"));
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
