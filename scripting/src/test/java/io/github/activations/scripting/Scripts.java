/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Writes inline scripts to a directory and runs them in-process. */
final class Scripts {
    private Scripts() {
    }

    static Path write(Path dir, String name, String source) {
        try {
            return Files.writeString(dir.resolve(name), source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScriptRunner runner(Path outDir, Duration timeout) {
        return new ScriptRunner(outDir, Progress.NONE, r -> { }, timeout, new PrintWriter(new StringWriter()));
    }

    static List<ExperimentResult> run(Path dir, String source) throws ScriptFailure {
        return runner(dir, Duration.ofSeconds(60)).run(write(dir, "test.groovy", source));
    }

    static ExperimentResult one(Path dir, String source) throws ScriptFailure {
        List<ExperimentResult> results = run(dir, source);
        if (results.size() != 1) {
            throw new AssertionError("expected one experiment, got " + results.size());
        }
        return results.get(0);
    }

    static ScriptFailure fail(Path dir, String source) {
        Path file = write(dir, "bad.groovy", source);
        return assertThrows(ScriptFailure.class, () -> runner(dir, Duration.ofSeconds(60)).run(file));
    }
}
