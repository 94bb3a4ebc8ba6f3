/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.scripting.ExperimentResult;
import io.github.activations.scripting.ScriptFailure;
import io.github.activations.scripting.ScriptRunner;
import io.github.activations.scripting.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code activations} command: {@code java -jar activations.jar run FILE.groovy}.
 *
 * <p>Exit codes: 0 success; 1 the script failed to compile or run (reported as
 * {@code FILE:LINE: reason}); 2 a usage error.
 */
public final class Main {
    static final int OK = 0;
    static final int SCRIPT_FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "Usage: activations run FILE.groovy [--format table|csv|json] [--out DIR] [--timeout SECONDS] [--stacktrace]",
            "       activations check FILE.groovy",
            "       activations --help | --version",
            "",
            "  run           run an experiment script and print its results",
            "  check         compile a script and report problems, without running it",
            "  --format      table (default), csv (results only) or json (one document on stdout)",
            "  --out DIR     also write one CSV per experiment there; relative plot files go there too",
            "  --timeout S   stop the script after S seconds and name the line it was on",
            "  --stacktrace  print the full stack trace of a failure",
            "",
            "Scripts are trusted code and are not sandboxed. Words: experiment, logits, apply, show, plot,",
            "check, summarize, random, normal, uniform; functions: softmax, logSoftmax, logSumExp, softmin,",
            "sigmoid, logSigmoid, logit, argmax, topK, oneHot, divideBySum, crossEntropy.");

    private static final List<String> OPTIONS = List.of("--format", "--out", "--timeout", "--stacktrace", "--help",
            "--version");

    /**
     * The core's loggers speak up at INFO (e.g. which vector path it chose); a script's output is
     * no place for that. Kept in a field: java.util.logging holds loggers weakly.
     */
    private static final java.util.logging.Logger CORE_LOG = java.util.logging.Logger.getLogger("io.github.activations");

    private Main() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (CORE_LOG.getLevel() == null) {
            CORE_LOG.setLevel(java.util.logging.Level.WARNING);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err, System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The whole command, without {@code System.exit}: returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        if (args.length == 0) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.println(USAGE_TEXT);
            return OK;
        }
        if (args.length == 1 && args[0].equals("--version")) {
            out.println(version());
            return OK;
        }
        String command = args[0];
        if (!command.equals("run") && !command.equals("check")) {
            return usage(err, "unknown command '" + command + "'"
                    + (command.startsWith("-") ? suggest(command, OPTIONS) : suggestCommand(command)));
        }
        String file = null;
        String format = "table";
        Path outDir = null;
        Duration timeout = Duration.ZERO;
        boolean stacktrace = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--format":
                    if (++i == args.length) {
                        return usage(err, "--format needs a value: table, csv or json");
                    }
                    format = args[i];
                    if (!List.of("table", "csv", "json").contains(format)) {
                        return usage(err, "--format must be table, csv or json, not '" + format + "'");
                    }
                    break;
                case "--out":
                    if (++i == args.length) {
                        return usage(err, "--out needs a directory");
                    }
                    outDir = Path.of(args[i]);
                    break;
                case "--timeout":
                    if (++i == args.length) {
                        return usage(err, "--timeout needs a number of seconds");
                    }
                    try {
                        double s = Double.parseDouble(args[i]);
                        if (!(s > 0) || Double.isInfinite(s)) {
                            throw new NumberFormatException();
                        }
                        timeout = Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
                    } catch (NumberFormatException e) {
                        return usage(err, "--timeout must be a positive number of seconds, not '" + args[i] + "'");
                    }
                    break;
                case "--stacktrace":
                    stacktrace = true;
                    break;
                default:
                    if (a.startsWith("-")) {
                        String hint = suggest(a, OPTIONS);
                        return usage(err, "unknown option '" + a + "'" + hint);
                    }
                    if (file != null) {
                        return usage(err, "one script at a time: '" + file + "' and '" + a + "'");
                    }
                    file = a;
            }
        }
        if (file == null) {
            return usage(err, command + " needs a script file");
        }
        Path script = Path.of(file);
        if (Files.isDirectory(script)) {
            return usage(err, file + " is a directory; " + command + " takes one script file, e.g. " + command
                    + " " + script.resolve("experiment.groovy"));
        }
        if (!Files.isRegularFile(script)) {
            return usage(err, "no such file: " + file);
        }
        if (command.equals("check")) {
            return check(script, out, err, stacktrace);
        }
        return runScript(script, format, outDir, timeout, stacktrace, out, err, terminal);
    }

    private static int check(Path script, PrintStream out, PrintStream err, boolean stacktrace) {
        try {
            new ScriptRunner(Path.of(""), io.github.activations.scripting.Progress.NONE, r -> { }, Duration.ZERO,
                    new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true)).check(script);
            out.println(script + ": ok");
            return OK;
        } catch (ScriptFailure f) {
            return failed(f, err, stacktrace);
        }
    }

    private static int runScript(Path script, String format, Path outDir, Duration timeout, boolean stacktrace,
            PrintStream out, PrintStream err, boolean terminal) {
        if (outDir != null) {
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                err.println("activations: cannot create --out directory " + outDir + ": " + e.getMessage());
                return USAGE;
            }
        }
        List<String> csvNames = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<IOException> writeErrors = new ArrayList<>();
        boolean[] csvHeader = {false};
        Consumer<ExperimentResult> listener = r -> {
            if (format.equals("table")) {
                Table.print(r, out);
            } else if (format.equals("csv")) {
                if (!csvHeader[0]) {
                    out.print(Csv.HEADER + "\r\n");
                    csvHeader[0] = true;
                }
                out.print(Csv.rows(r));
                out.flush();
            }
            if (outDir != null && !r.cells().isEmpty()) {
                String name = uniqueSlug(r.name(), taken) + ".csv";
                try {
                    Files.writeString(outDir.resolve(name), Csv.HEADER + "\r\n" + Csv.rows(r), StandardCharsets.UTF_8);
                    csvNames.add(name);
                } catch (IOException e) {
                    writeErrors.add(e);
                }
            }
        };
        // The script's own println goes to stdout with tables, to stderr when stdout carries CSV or JSON.
        PrintStream scriptStream = format.equals("table") ? out : err;
        PrintWriter scriptOut = new PrintWriter(new OutputStreamWriter(scriptStream, StandardCharsets.UTF_8), true);
        ScriptRunner runner = new ScriptRunner(outDir == null ? Path.of("") : outDir,
                new ConsoleProgress(err, terminal, System::nanoTime), listener, timeout, scriptOut);
        List<ExperimentResult> results;
        try {
            results = runner.run(script);
        } catch (ScriptFailure f) {
            return failed(f, err, stacktrace);
        }
        if (format.equals("json")) {
            out.println(Json.of(results));
        }
        if (!writeErrors.isEmpty()) {
            err.println("activations: cannot write CSV to " + outDir + ": " + writeErrors.get(0).getMessage());
            return SCRIPT_FAILED;
        }
        if (outDir != null && format.equals("table") && !csvNames.isEmpty()) {
            out.println("wrote " + String.join(", ", csvNames) + " to " + outDir);
        }
        if (!runner.failedChecks().isEmpty()) {
            out.flush();
            for (ScriptFailure.Problem p : runner.failedChecks()) {
                err.println(p);
            }
            return SCRIPT_FAILED;
        }
        return OK;
    }

    private static int failed(ScriptFailure f, PrintStream err, boolean stacktrace) {
        for (ScriptFailure.Problem p : f.problems()) {
            err.println(p);
        }
        if (stacktrace && f.getCause() != null) {
            f.getCause().printStackTrace(err);
        } else if (f.getCause() != null && f.line() == 0) {
            err.println("(run with --stacktrace for details)");
        }
        return SCRIPT_FAILED;
    }

    private static int usage(PrintStream err, String message) {
        err.println("activations: " + message);
        err.println("Run 'activations --help' for usage.");
        return USAGE;
    }

    private static String suggestCommand(String command) {
        return suggest(command, List.of("run", "check"));
    }

    private static String suggest(String word, List<String> candidates) {
        return Words.suggest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    static String uniqueSlug(String name, Set<String> taken) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "experiment";
        }
        String candidate = slug;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = slug + "-" + i;
        }
        return candidate;
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return "activations " + p.getProperty("version", "unknown") + " (Groovy " + p.getProperty("groovy", "?")
                + ", Java " + System.getProperty("java.version") + ")";
    }
}
