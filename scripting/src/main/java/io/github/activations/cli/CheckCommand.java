/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.scripting.Progress;
import io.github.activations.scripting.ScriptFailure;
import io.github.activations.scripting.ScriptRunner;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code activations check FILE.groovy}: compiles a script and reports its problems, without running it. */
@Command(name = "check", description = "compile a script and report problems, without running it",
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    @Mixin
    Main.ScriptOptions options = new Main.ScriptOptions();

    @Spec
    CommandSpec spec;

    private final java.io.InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(java.io.InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Path script = Main.scriptFile(spec, options.file);
        try {
            ScriptRunner runner = new ScriptRunner(Path.of(""), Progress.NONE, r -> { }, Duration.ZERO,
                    new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            try {
                runner.addClasspath(options.classpath);
            } catch (IllegalArgumentException e) {
                err.println("activations: --classpath: " + e.getMessage());
                return Main.USAGE;
            }
            if (Main.isStdin(script)) {
                runner.check(Main.STDIN_NAME, Main.readScript(in));
                out.println(Main.STDIN_NAME + ": ok");
            } else {
                runner.check(script);
                out.println(script + ": ok");
            }
            return Main.OK;
        } catch (ScriptFailure f) {
            return Main.failed(f, err, options.stacktrace);
        } catch (java.io.IOException e) {
            err.println("activations: cannot read the script from standard input: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
