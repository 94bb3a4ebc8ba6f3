/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.scripting.ExperimentResult;
import io.github.activations.scripting.HtmlReport;
import io.github.activations.scripting.Results;
import io.github.activations.scripting.ScriptFailure;
import io.github.activations.scripting.ScriptRunner;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code activations run FILE.groovy}: runs a script and prints its results as a table, CSV or JSON. */
@Command(name = "run", description = "run an experiment script and print its results", sortOptions = false,
        sortSynopsis = false)
final class RunCommand implements Callable<Integer> {
    /** What each option needs when it is given without its value, for "--out needs a directory". */
    static final Map<String, String> NEEDS = Map.of("--format", "a value: table, csv or json",
            "--out", "a directory", "--timeout", "a number of seconds", "--report", "a file name, e.g. run.html",
            "--data", "NAME=FILE, e.g. --data val=val.npz", "--param", "NAME=VALUE, e.g. --param T=1.5");

    private static final List<String> FORMATS = List.of("table", "csv", "json");

    @Option(names = "--format", paramLabel = "table|csv|json", completionCandidates = Formats.class,
            description = "table (default), csv (results only) or json (one document on stdout)")
    String format = "table";

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write one CSV per experiment there; relative plot files go there too")
    @Nullable Path outDir;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "stop the script after SECONDS seconds and name the line it was on")
    @Nullable String timeout;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "also write one self-contained HTML page of the run (tables, checks, metrics, every plot"
                    + " as inline SVG; no network needed to read it), with the error if the script fails")
    @Nullable Path report;

    @Option(names = "--data", paramLabel = "NAME=FILE",
            description = "read a data set (.npy, .npz, .csv, .tsv, .json; - for stdin) into the script's variable NAME;"
                    + " NAME.labels=FILE adds labels from a second file; a CSV header column named label or labels"
                    + " holds the labels")
    Map<String, String> data = new java.util.LinkedHashMap<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "give the script a variable NAME holding the string VALUE (repeatable)")
    Map<String, String> params = new java.util.LinkedHashMap<>();

    @Mixin
    Main.ScriptOptions options = new Main.ScriptOptions();

    @Spec
    CommandSpec spec;

    private final java.io.InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final List<String> scriptArgs;

    RunCommand(java.io.InputStream in, PrintStream out, PrintStream err, boolean terminal, List<String> scriptArgs) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.scriptArgs = scriptArgs;
    }

    /** The values of {@code --format}, for shell completion. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(FORMATS);
        }
    }

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format must be table, csv or json, not '" + format + "'");
        }
        Duration limit = timeout == null ? Duration.ZERO : seconds(timeout);
        Path script = Main.scriptFile(spec, options.file);
        if (report != null && Files.isDirectory(report)) {
            throw new ParameterException(spec.commandLine(), "--report " + report + " is a directory; name a file, e.g."
                    + " --report " + report.resolve("run.html"));
        }
        Path dir = outDir;
        if (dir != null) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                err.println("activations: cannot create --out directory " + dir + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        List<String> csvNames = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<IOException> writeErrors = new ArrayList<>();
        boolean[] csvHeader = {true};
        List<ExperimentResult> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        Consumer<ExperimentResult> listener = r -> {
            ran.add(r);
            if (format.equals("table")) {
                Results.table(r, out);
            } else if (format.equals("csv")) {
                Results.csv(r, csvHeader[0], out);
                csvHeader[0] = false;
                out.flush();
            }
            if (dir != null) {
                String slug = uniqueSlug(r.name(), taken);
                try {
                    writeCsv(dir, slug + ".csv", !r.cells().isEmpty(), w -> Results.csv(r, true, w), csvNames);
                    writeCsv(dir, slug + "-checks.csv", !r.checks().isEmpty(), w -> Results.checksCsv(r, w), csvNames);
                    writeCsv(dir, slug + "-summaries.csv", !r.summaries().isEmpty(), w -> Results.summariesCsv(r, w),
                            csvNames);
                    writeCsv(dir, slug + "-metrics.csv", !r.evaluations().isEmpty(), w -> Results.metricsCsv(r, w),
                            csvNames);
                    writeCsv(dir, slug + "-calibration.csv", !r.calibrations().isEmpty(),
                            w -> Results.calibrationsCsv(r, w), csvNames);
                } catch (IOException | java.io.UncheckedIOException e) {
                    writeErrors.add(e instanceof IOException ? (IOException) e
                            : ((java.io.UncheckedIOException) e).getCause());
                }
            }
        };
        // The script's own println goes to stdout with tables, to stderr when stdout carries CSV or JSON.
        PrintStream scriptStream = format.equals("table") ? out : err;
        PrintWriter scriptOut = new PrintWriter(new OutputStreamWriter(scriptStream, StandardCharsets.UTF_8), true);
        ConsoleProgress progress = new ConsoleProgress(err, terminal, System::nanoTime);
        ScriptRunner runner = new ScriptRunner(dir == null ? Path.of("") : dir, progress, listener, limit, scriptOut);
        boolean stdinScript = Main.isStdin(script);
        if (stdinScript && data.containsValue("-")) {
            err.println("activations: the script and a data set cannot both come from standard input (run - and"
                    + " --data NAME=-)");
            return Main.USAGE;
        }
        runner.arguments(scriptArgs);
        try {
            runner.addClasspath(options.classpath);
        } catch (IllegalArgumentException e) {
            err.println("activations: --classpath: " + e.getMessage());
            return Main.USAGE;
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            try {
                runner.bind(p.getKey(), p.getValue());
            } catch (IllegalArgumentException e) {
                err.println("activations: --param " + p.getKey() + "=" + p.getValue() + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        for (Map.Entry<String, String> d : data.entrySet()) {
            String name = d.getKey();
            if (name.endsWith(".labels")) {
                if (!data.containsKey(name.substring(0, name.length() - ".labels".length()))) {
                    err.println("activations: --data " + name + "=" + d.getValue() + " needs --data "
                            + name.substring(0, name.length() - ".labels".length()) + "=FILE for the logits");
                    return Main.USAGE;
                }
                continue;
            }
            String labels = data.get(name + ".labels");
            try {
                io.github.activations.data.DatasetReader reader = io.github.activations.data.DatasetReader.builder()
                        .name(name).progress(progress).build();
                runner.bind(name, labels == null ? reader.read(Path.of(d.getValue()))
                        : reader.read(Path.of(d.getValue()), Path.of(labels)));
            } catch (IllegalArgumentException e) {
                err.println("activations: --data " + name + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        try {
            if (stdinScript) {
                runner.run(Main.STDIN_NAME, Main.readScript(in));
            } else {
                runner.run(script);
            }
        } catch (IOException e) {
            err.println("activations: cannot read the script from standard input: " + e.getMessage());
            return Main.USAGE;
        } catch (ScriptFailure f) {
            if (format.equals("json")) { // the experiments that ran, and why the run stopped
                out.println(Results.json(ran, f));
                out.flush();
            }
            int code = Main.failed(f, err, options.stacktrace);
            writeReport(script, List.copyOf(ran), f.problems(), List.of());
            return code;
        }
        if (format.equals("json")) {
            out.println(Results.json(ran, runner.failedChecks()));
        }
        boolean reported = writeReport(script, List.copyOf(ran), List.of(), runner.failedChecks());
        if (!writeErrors.isEmpty()) {
            err.println("activations: cannot write CSV to " + dir + ": " + writeErrors.get(0).getMessage());
            return Main.SCRIPT_FAILED;
        }
        if (dir != null && format.equals("table") && !csvNames.isEmpty()) {
            out.println("wrote " + String.join(", ", csvNames) + " to " + dir);
        }
        if (!runner.failedChecks().isEmpty()) {
            out.flush();
            for (ScriptFailure.Problem p : runner.failedChecks()) {
                err.println(p);
            }
            return Main.SCRIPT_FAILED;
        }
        return reported ? Main.OK : Main.SCRIPT_FAILED;
    }

    /** Writes {@code --report}, if asked for; false, after saying why, when it cannot be written. */
    private boolean writeReport(Path script, List<ExperimentResult> ran, List<ScriptFailure.Problem> failure,
            List<ScriptFailure.Problem> failedChecks) {
        Path file = report;
        if (file == null) {
            return true;
        }
        try {
            HtmlReport.write(file, new HtmlReport.Run(script, ran, failure, failedChecks, Main.version(),
                    java.time.Instant.now()));
        } catch (IOException e) {
            err.println("activations: --report: " + e.getMessage());
            return false;
        } catch (RuntimeException e) { // a bug, but the results are printed: one line, not a stack trace
            err.println("activations: --report: cannot write " + file + ": " + e);
            return false;
        }
        if (format.equals("table")) {
            out.println("wrote report " + file);
        }
        return true;
    }

    private interface CsvWrite {
        void to(Writer w) throws IOException;
    }

    /** Writes one CSV file under --out when there is something to write, and records its name. */
    private static void writeCsv(Path dir, String name, boolean any, CsvWrite body, List<String> names)
            throws IOException {
        if (!any) {
            return;
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
            body.to(w);
        }
        names.add(name);
    }

    private Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            if (s > 0 && !Double.isInfinite(s)) {
                return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
            }
        } catch (NumberFormatException e) {
            // the message below says what is wrong
        }
        throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds, not '"
                + value + "'");
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
}
