/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scripts the way a new user writes them after reading the README and the tutorial
 * ({@code src/test/resources/newuser/*.groovy}). Each script states what must happen in its header
 * comments: {@code // args:} extra arguments ({@code {out}} is a fresh directory), {@code // exit:}
 * the exit code, {@code // out:} and {@code // err:} lines standard output and error must contain
 * ({@code {file}} is the script's path), {@code // file:} files that must exist under {@code {out}}.
 * Every run must be free of stack traces; a failed run prints only {@code FILE:LINE: reason} lines;
 * JSON output must parse.
 */
class NewUserScriptsTest {
    @TempDir
    Path out;

    static Stream<String> scripts() throws IOException, URISyntaxException {
        Path dir = Path.of(NewUserScriptsTest.class.getResource("/newuser").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".groovy")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void behavesAsItsHeaderSays(String name) throws Exception {
        Path script = Path.of(NewUserScriptsTest.class.getResource("/newuser/" + name).toURI());
        List<String> header = Files.readAllLines(script, StandardCharsets.UTF_8).stream()
                .takeWhile(l -> l.startsWith("//")).map(l -> l.substring(2).strip()).toList();
        List<String> args = new ArrayList<>(List.of("run", script.toString(), "--timeout", "60"));
        int exit = 0;
        List<String> outs = new ArrayList<>();
        List<String> errs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String h : header) {
            String value = h.contains(":") ? h.substring(h.indexOf(':') + 1).strip()
                    .replace("{out}", out.toString()).replace("{file}", script.toString()) : "";
            if (h.startsWith("args:")) {
                args.addAll(List.of(value.split(" ")));
            } else if (h.startsWith("exit:")) {
                exit = Integer.parseInt(value);
            } else if (h.startsWith("out:")) {
                outs.add(value);
            } else if (h.startsWith("err:")) {
                errs.add(value);
            } else if (h.startsWith("file:")) {
                files.add(value);
            }
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        String all = "exit " + r.exit() + "\n--- out\n" + r.out() + "\n--- err\n" + r.err();
        assertEquals(exit, r.exit(), all);
        for (String o : outs) {
            assertTrue(r.out().contains(o), "stdout lacks: " + o + "\n" + all);
        }
        for (String e : errs) {
            assertTrue(r.err().contains(e), "stderr lacks: " + e + "\n" + all);
        }
        for (String f : files) {
            Path p = out.resolve(f);
            assertTrue(Files.isRegularFile(p) && Files.size(p) > 0, "missing " + p + "\n" + all);
        }
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception:") && r.err().contains("groovy."),
                "stack trace\n" + all);
        if (exit != 0) {
            for (String line : r.err().strip().split("\\R")) {
                assertTrue(line.matches("\\Q" + script + "\\E:\\d+: .+"), "not FILE:LINE: reason: " + line);
            }
        }
        if (args.contains("json") && exit == 0 || args.contains("json") && !r.out().isEmpty()) {
            assertTrue(r.json().containsKey("experiments"), all);
        }
    }
}
