/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.evaluation.ClassMetrics;
import io.github.activations.evaluation.ConfusionMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The page of {@code activations run FILE.groovy --report FILE.html}: one self-contained HTML file
 * per run with, for every experiment in script order, the tables the table output prints (results,
 * checks, summaries, metrics, calibrations, confusion matrices, per-class figures) with the same
 * numbers, every plot drawn again as inline SVG (PNG files included), and the error that stopped the
 * script, if one did. From Java or Kotlin:
 *
 * <pre>{@code
 * Lab lab = new Lab();
 * lab.experiment("Softmax", e -> { e.logits("z", 0.25, 1.23, -0.8); e.apply(ActivationFunction.SOFTMAX); });
 * HtmlReport.write(Path.of("run.html"), HtmlReport.Run.of(Path.of("Softmax.java"), lab.results()));
 * }</pre>
 *
 * <p>The page loads nothing: no script, font, stylesheet or image from anywhere (the CSS is inline,
 * the charts' text is drawn as glyph outlines), so it reads offline and travels as one file. It is
 * UTF-8, written as XHTML-compatible HTML (every element closed, only the XML entities), so an XML
 * parser reads it as well as a browser does; all text from the script is escaped, and characters XML
 * cannot hold (control characters, lone surrogates) appear as U+FFFD. It prints with a page layout
 * (A4, tables and plots kept whole).
 *
 * <table class="striped">
 *   <caption>Special cases of {@link #write(Path, Run)}</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>missing parent folders</td><td>created</td></tr>
 *   <tr><td>an existing file</td><td>replaced</td></tr>
 *   <tr><td>the path is a folder</td><td>{@code IOException} "cannot write DIR: is a folder"; nothing
 *       written</td></tr>
 *   <tr><td>the write fails (a file in the way of a folder, a name the file system refuses, the disk
 *       is full, ...)</td><td>{@code IOException} "cannot write FILE: reason"; no file left behind (the
 *       page goes to a temporary file in the same folder, moved into place at the end); an existing
 *       file untouched</td></tr>
 *   <tr><td>no experiments</td><td>a page that says so (and shows the error, if any)</td></tr>
 *   <tr><td>{@code null}</td><td>{@code NullPointerException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Public and in this package, beside the table formatter: it prints the same numbers through
 * the same formatting, and Java and Kotlin users, who run experiments through {@link Lab}, can write
 * the page without the command line.
 */
public final class HtmlReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private HtmlReport() {
    }

    /**
     * What one run produced, for its page.
     *
     * @param script the script, as named on the command line: the page's title ({@code -}, a script
     *     read from standard input, is "standard input"); its lines are quoted beside an error that
     *     names one
     * @param experiments the experiments that ran, in order
     * @param failure the problems that stopped the script; empty if it ran to its end
     * @param failedChecks the checks that failed, as the runner reports them
     *     ({@link ScriptRunner#failedChecks()}); empty for none
     * @param generator who wrote the page, e.g. the runner's version line
     * @param time when the run ended
     */
    public record Run(Path script, List<ExperimentResult> experiments, List<ScriptFailure.Problem> failure,
            List<ScriptFailure.Problem> failedChecks, String generator, Instant time) {
        /**
         * Creates a run; the lists are copied.
         *
         * @param script the script
         * @param experiments the experiments that ran
         * @param failure the problems that stopped the script
         * @param failedChecks the checks that failed
         * @param generator who wrote the page
         * @param time when the run ended
         */
        public Run {
            Objects.requireNonNull(script, "script");
            experiments = List.copyOf(experiments);
            failure = List.copyOf(failure);
            failedChecks = List.copyOf(failedChecks);
            Objects.requireNonNull(generator, "generator");
            Objects.requireNonNull(time, "time");
        }

        /**
         * Returns a run that ended now without failure, written by "Activations".
         *
         * @param script the script or program that ran the experiments (the page's title)
         * @param experiments the experiments, in order
         * @return the run
         */
        public static Run of(Path script, List<ExperimentResult> experiments) {
            return new Run(script, experiments, List.of(), List.of(), "Activations", Instant.now());
        }
    }

    /**
     * Writes the page of a run; see the special cases above.
     *
     * @param file the HTML file
     * @param run the run
     * @throws IOException if the file cannot be written; its message says why, in one line
     */
    public static void write(Path file, Run run) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = html(run).getBytes(StandardCharsets.UTF_8);
        try {
            writeAtomically(file, bytes);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a folder");
        }
        Path dir = target.getParent();
        if (dir == null) {
            throw new FileSystemException(file.toString(), null, "has no parent folder");
        }
        Files.createDirectories(dir);
        Path temp = newTempFile(dir, String.valueOf(target.getFileName()));
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException d) {
                e.addSuppressed(d);
            }
            throw e;
        }
    }

    /**
     * An empty hidden file beside the page, with the usual (umask) permissions, which the page keeps
     * after the move; {@code Files.createTempFile} would make it readable by its owner only. The name
     * is cut short, so a page name too long for the file system fails at the move.
     */
    private static Path newTempFile(Path dir, String name) throws IOException {
        String base = name.length() > 100 ? name.substring(0, 100) : name;
        while (true) {
            Path temp = dir.resolve("." + base + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Why a file could not be written, in words: "permission denied", not the bare path NIO gives. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return ((FileAlreadyExistsException) e).getFile() + " is a file, not a folder";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * Returns the page of a run.
     *
     * @param run the run
     * @return the HTML document
     */
    public static String html(Run run) {
        Page p = new Page();
        Path fileName = run.script().getFileName();
        String scriptName = run.script().toString().equals("-") ? "standard input"
                : fileName == null ? run.script().toString() : fileName.toString();
        p.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .raw("<meta charset=\"utf-8\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .raw("<meta name=\"generator\" content=\"").text(run.generator()).raw("\"/>\n")
                .raw("<title>").text(scriptName + " \u00b7 Activations report").raw("</title>\n")
                .raw("<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");
        header(p, run, scriptName);
        if (run.experiments().size() > 1) {
            p.raw("<nav>\n<h2>Experiments</h2>\n<ol>\n");
            for (int i = 0; i < run.experiments().size(); i++) {
                ExperimentResult e = run.experiments().get(i);
                p.raw("<li><a href=\"#e").raw(Integer.toString(i + 1)).raw("\">").text(e.name()).raw("</a>");
                badge(p, e);
                p.raw("</li>\n");
            }
            if (!run.failure().isEmpty()) {
                p.raw("<li class=\"stopped\"><a href=\"#failure\">the script failed here</a></li>\n");
            }
            p.raw("</ol>\n</nav>\n");
        }
        p.raw("<main>\n");
        if (run.experiments().isEmpty() && run.failure().isEmpty()) {
            p.raw("<p class=\"note\">The script ran no experiment.</p>\n");
        }
        for (int i = 0; i < run.experiments().size(); i++) {
            experiment(p, run.experiments().get(i), i + 1);
        }
        if (!run.failure().isEmpty()) {
            failure(p, run);
        }
        p.raw("</main>\n<footer>").text("Written by " + run.generator() + ". Numbers as the tables print them (six"
                + " significant digits, or show digits); JSON and CSV keep full precision.")
                .raw("</footer>\n</body>\n</html>\n");
        return p.toString();
    }

    private static void header(Page p, Run run, String scriptName) {
        int plots = 0;
        long checks = 0;
        long failed = 0;
        for (ExperimentResult e : run.experiments()) {
            plots += e.plots().size();
            checks += e.checks().size();
            failed += e.checks().stream().filter(c -> !c.passed()).count();
        }
        boolean ok = run.failure().isEmpty() && failed == 0;
        p.raw("<header>\n<p class=\"kicker\">Activations run report</p>\n<h1>").text(scriptName).raw("</h1>\n");
        p.raw("<p class=\"meta\">").text(run.script().toString() + " \u00b7 " + TIME.format(run.time()) + " \u00b7 "
                + run.generator()).raw("</p>\n");
        p.raw("<p class=\"status ").raw(ok ? "ok" : "failed").raw("\"><span class=\"badge ")
                .raw(ok ? "pass\">passed" : "fail\">failed").raw("</span> ");
        List<String> counts = new ArrayList<>();
        counts.add(count(run.experiments().size(), "experiment"));
        counts.add(count(plots, "plot"));
        counts.add(count(checks, "check") + (failed > 0 ? ", " + failed + " failed" : ""));
        if (!run.failure().isEmpty()) {
            counts.add("the script failed");
        }
        p.text(String.join(" \u00b7 ", counts)).raw("</p>\n");
        List<ScriptFailure.Problem> problems = new ArrayList<>(run.failure());
        problems.addAll(run.failedChecks());
        if (!problems.isEmpty()) {
            p.raw("<ul class=\"problems\">\n");
            for (ScriptFailure.Problem problem : problems) {
                p.raw("<li><code>").text(problem.toString()).raw("</code></li>\n");
            }
            p.raw("</ul>\n");
        }
        p.raw("</header>\n");
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A red badge after an experiment's name when one of its checks failed. */
    private static void badge(Page p, ExperimentResult e) {
        long failed = e.checks().stream().filter(c -> !c.passed()).count();
        if (failed > 0) {
            p.raw(" <span class=\"badge fail\">").text(count(failed, "check") + " failed").raw("</span>");
        }
    }

    private static void experiment(Page p, ExperimentResult e, int number) {
        p.raw("<section class=\"experiment\" id=\"e").raw(Integer.toString(number)).raw("\">\n<h2><span class=\"n\">")
                .raw(Integer.toString(number)).raw("</span> <span class=\"name\">").text(e.name()).raw("</span>");
        badge(p, e);
        p.raw("</h2>\n");
        int digits = e.digits();
        boolean empty = true;
        if (!e.cells().isEmpty()) {
            empty = false;
            p.raw("<h3>Results</h3>\n");
            HtmlTable t = new HtmlTable(p, "results", List.of("logits", "input", "activation", "params", "output"));
            int shown = Math.min(e.rows(), e.cells().size());
            for (Cell c : e.cells().subList(0, shown)) {
                t.row(esc(c.logits()), code(Fmt.brief(c.input(), -1)), esc(c.activation()), esc(Fmt.params(c.params())),
                        c.error() != null ? "<span class=\"err\">error: " + esc(c.error()) + "</span>"
                                : code(Fmt.brief(c.output(), digits)));
            }
            t.end();
            if (shown < e.cells().size()) {
                p.raw("<p class=\"note\">").text("\u2026 " + (e.cells().size() - shown) + " more results (show rows: N,"
                        + " or --format csv or json, prints them)").raw("</p>\n");
            }
        }
        if (!e.checks().isEmpty()) {
            empty = false;
            p.raw("<h3>Checks</h3>\n");
            HtmlTable t = new HtmlTable(p, "checks", List.of("check", "tries", "seed", "result"), false, true, true,
                    false);
            for (CheckResult c : e.checks()) {
                String result;
                if (c.passed()) {
                    result = "<span class=\"badge pass\">passed</span>";
                } else {
                    result = "<span class=\"badge fail\">failed</span> on " + code(Fmt.value(c.counterexample(), -1))
                            + (c.error() == null ? "" : "<pre class=\"error\">" + esc(c.error()) + "</pre>");
                }
                t.row(esc(c.name()), esc(Long.toString(c.tries())), esc(Long.toString(c.seed())), result);
            }
            t.end();
        }
        if (!e.summaries().isEmpty()) {
            empty = false;
            p.raw("<h3>Summaries</h3>\n");
            HtmlTable t = new HtmlTable(p, "summaries", List.of("activation", "params", "statistic", "count", "mean",
                    "sd", "min", "median", "max"), false, false, false, true, true, true, true, true, true);
            for (Summary s : e.summaries()) {
                t.row(esc(s.activation()), esc(Fmt.params(s.params())), esc(s.statistic()), Long.toString(s.count()),
                        num(s.mean(), digits), num(s.sd(), digits), num(s.min(), digits), num(s.median(), digits),
                        num(s.max(), digits));
            }
            t.end();
        }
        empty &= e.evaluations().isEmpty() && e.calibrations().isEmpty();
        data(p, e, digits);
        if (!e.plots().isEmpty()) {
            empty = false;
            p.raw("<h3>Plots</h3>\n<div class=\"plots\">\n");
            for (int i = 0; i < e.plots().size(); i++) {
                plot(p, e.plots().get(i), "e" + number + "p" + (i + 1) + "-");
            }
            p.raw("</div>\n");
        }
        if (!e.files().isEmpty()) {
            empty = false;
            p.raw("<h3>Files written</h3>\n<ul class=\"files\">\n");
            for (String f : e.files()) {
                p.raw("<li><code>").text(f).raw("</code></li>\n");
            }
            p.raw("</ul>\n");
        }
        if (empty) {
            p.raw("<p class=\"note\">").text("This experiment has no results; " + Table.NOTHING_TO_SHOW + ".").raw("</p>\n");
        }
        p.raw("</section>\n");
    }

    /** The metrics of evaluate, calibrations, confusion matrices and per-class tables, as {@link Table} prints them. */
    private static void data(Page p, ExperimentResult e, int digits) {
        if (!e.evaluations().isEmpty()) {
            p.raw("<h3>Metrics</h3>\n");
            Table.MetricColumns columns = Table.MetricColumns.of(e.evaluations());
            List<String> metrics = columns.metrics();
            HtmlTable t = new HtmlTable(p, "metrics", columns.header(), columns.rightAligned());
            int shown = Math.min(e.rows(), e.evaluations().size());
            for (EvaluationResult r : e.evaluations().subList(0, shown)) {
                List<String> row = new ArrayList<>(List.of(esc(r.dataset()), Integer.toString(r.rows()),
                        esc(r.activation()), esc(Fmt.params(r.params())), esc(r.calibration())));
                for (String m : metrics) {
                    Double v = r.metrics().get(m);
                    row.add(v == null ? "" : num(v, digits));
                }
                t.row(row);
            }
            t.end();
            if (shown < e.evaluations().size()) {
                p.raw("<p class=\"note\">").text("\u2026 " + (e.evaluations().size() - shown)
                        + " more rows (show rows: N, or --format json)").raw("</p>\n");
            }
        }
        if (!e.calibrations().isEmpty()) {
            p.raw("<h3>Calibrations</h3>\n");
            HtmlTable t = new HtmlTable(p, "calibrations", List.of("calibrate", "fitted on", "parameters", "status",
                    "data", "metric", "before", "after"), false, false, false, false, false, false, true, true);
            for (CalibrationResult c : e.calibrations()) {
                StringBuilder params = new StringBuilder();
                c.parameters().forEach((k, v) -> params.append(params.length() == 0 ? "" : ", ").append(k)
                        .append(" = ").append(Fmt.number(v, -1)));
                boolean first = true;
                for (Map.Entry<String, Double> m : c.before().entrySet()) {
                    Double after = c.after().get(m.getKey());
                    t.rowClass(first ? "" : "cont");
                    t.row(first ? esc(c.method()) : "", first ? esc(c.fittedOn() + " (" + c.fittedRows() + " rows)") : "",
                            first ? esc(params.toString()) : "", first ? esc(c.status()) : "",
                            first ? esc(c.dataset()) : "", esc(m.getKey()), num(m.getValue(), digits),
                            after == null ? "" : num(after, digits));
                    first = false;
                }
            }
            t.end();
        }
        for (EvaluationResult r : e.evaluations()) {
            String which = r.dataset() + (r.calibration().isEmpty() ? "" : ", " + r.calibration());
            ConfusionMatrix cm = r.confusion();
            if (cm != null) {
                p.raw("<h3>").text("Confusion matrix of " + which).raw(" <small>(rows: true class, columns: predicted)"
                        + "</small></h3>\n");
                List<String> header = new ArrayList<>(List.of("true \\ predicted"));
                header.addAll(cm.classNames());
                boolean[] right = new boolean[header.size()];
                Arrays.fill(right, 1, right.length, true);
                HtmlTable t = new HtmlTable(p, "confusion", header, right);
                for (int a = 0; a < cm.classes(); a++) {
                    List<String> row = new ArrayList<>(List.of(esc(cm.classNames().get(a))));
                    for (int q = 0; q < cm.classes(); q++) {
                        row.add((a == q ? "<b>" : "") + cm.count(a, q) + (a == q ? "</b>" : ""));
                    }
                    t.row(row);
                }
                t.end();
            }
            if (!r.perClass().isEmpty()) {
                p.raw("<h3>").text("Per class, " + which).raw("</h3>\n");
                HtmlTable t = new HtmlTable(p, "per-class", List.of("class", "support", "predicted", "precision",
                        "recall", "f1"), false, true, true, true, true, true);
                for (ClassMetrics c : r.perClass()) {
                    t.row(esc(c.name()), Long.toString(c.support()), Long.toString(c.predicted()),
                            num(c.precision(), digits), num(c.recall(), digits), num(c.f1(), digits));
                }
                t.end();
            }
        }
    }

    /** One plot, drawn again as SVG at the size of its file, scaled down to the page's width. */
    private static void plot(Page p, PlotResult plot, String idPrefix) {
        p.raw("<figure style=\"max-width: ").raw(Integer.toString(plot.width())).raw("px\">\n");
        try {
            p.raw(plot.chart().svgElement(plot.width(), plot.height(), idPrefix));
        } catch (RuntimeException e) {
            p.raw("<p class=\"err\">").text("cannot draw this plot: " + e.getMessage()).raw("</p>");
        }
        p.raw("\n<figcaption>").text(plot.chart().title().isEmpty() ? plot.file() : plot.chart().title())
                .raw(" <code>").text(plot.file()).raw("</code></figcaption>\n</figure>\n");
    }

    /** The script's error, with its line of source when the script can be read. */
    private static void failure(Page p, Run run) {
        p.raw("<section class=\"failure\" id=\"failure\">\n<h2>The script failed</h2>\n<p>").text(
                run.experiments().isEmpty() ? "It stopped before any experiment completed."
                        : "It stopped after " + count(run.experiments().size(), "experiment")
                        + "; the report shows what they produced.").raw("</p>\n");
        List<String> source = List.of();
        if (run.failure().stream().anyMatch(problem -> problem.file().equals(run.script().toString()))) {
            try {
                source = Files.readAllLines(run.script(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // no source lines then: the problem lines say where
            }
        }
        for (ScriptFailure.Problem problem : run.failure()) {
            p.raw("<pre class=\"error\">").text(problem.toString()).raw("</pre>\n");
            if (problem.line() > 0 && problem.line() <= source.size()
                    && problem.file().equals(run.script().toString())) {
                p.raw("<pre class=\"source\"><span class=\"line\">").text(Integer.toString(problem.line()))
                        .raw("</span>").text(source.get(problem.line() - 1)).raw("</pre>\n");
            }
        }
        p.raw("</section>\n");
    }

    private static String num(double x, int digits) {
        return esc(Fmt.number(x, digits));
    }

    private static String code(String text) {
        return "<code>" + esc(text) + "</code>";
    }

    /**
     * Text as HTML that an XML parser reads too: the five XML escapes, and the characters XML 1.0
     * forbids (controls, lone surrogates, U+FFFE/U+FFFF) as U+FFFD.
     */
    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
                            || c == '\uFFFE' || c == '\uFFFF') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The page being written: raw markup, or text to escape. */
    private static final class Page {
        private final StringBuilder sb = new StringBuilder(1 << 16);

        Page raw(String html) {
            sb.append(html);
            return this;
        }

        Page text(String text) {
            sb.append(esc(text));
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    /** A table whose cells are markup already escaped; right-aligned columns are numbers. */
    private static final class HtmlTable {
        private final Page page;
        private final boolean[] right;
        private String rowClass = "";

        HtmlTable(Page page, String kind, List<String> header, boolean... right) {
            this.page = page;
            this.right = right;
            page.raw("<div class=\"scroll\"><table class=\"").raw(kind).raw("\">\n<thead><tr>");
            for (int i = 0; i < header.size(); i++) {
                page.raw(numeric(i) ? "<th class=\"num\">" : "<th>").text(header.get(i)).raw("</th>");
            }
            page.raw("</tr></thead>\n<tbody>\n");
        }

        private boolean numeric(int column) {
            return column < right.length && right[column];
        }

        /** Gives the next row a CSS class. */
        void rowClass(String css) {
            rowClass = css;
        }

        void row(String... cells) {
            row(List.of(cells));
        }

        void row(List<String> cells) {
            page.raw(rowClass.isEmpty() ? "<tr>" : "<tr class=\"" + rowClass + "\">");
            rowClass = "";
            for (int i = 0; i < cells.size(); i++) {
                page.raw(numeric(i) ? "<td class=\"num\">" : "<td>").raw(cells.get(i)).raw("</td>");
            }
            page.raw("</tr>\n");
        }

        void end() {
            page.raw("</tbody>\n</table></div>\n");
        }
    }

    /** The page's only style: system fonts, no URL. Kept free of {@code <} and {@code &}, so it is valid XML text. */
    private static final String CSS = """
            :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #3b2f7a;
              --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #b42318; --bad-bg: #ffebe9; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0 auto; max-width: 1120px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial,
              sans-serif; }
            code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas,
              "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 13px; }
            header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
            .kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .06em; text-transform: uppercase;
              font-size: 12px; }
            h1 { margin: 2px 0 4px; font-size: 28px; line-height: 1.2; overflow-wrap: anywhere; }
            .meta { margin: 0 0 8px; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
            .status { margin: 0; font-weight: 600; }
            .problems { margin: 8px 0 0; padding-left: 20px; color: var(--bad); }
            .badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
              line-height: 20px; vertical-align: 2px; font-family: system-ui, sans-serif; }
            .badge.pass { background: var(--ok-bg); color: var(--ok); }
            .badge.fail { background: var(--bad-bg); color: var(--bad); }
            nav { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 8px 20px;
              margin-bottom: 24px; }
            nav h2 { font-size: 14px; margin: 4px 0; color: var(--muted); }
            nav ol { margin: 4px 0; padding-left: 24px; }
            nav a { color: var(--accent); text-decoration: none; }
            nav .stopped a { color: var(--bad); }
            section { margin: 0 0 36px; }
            h2 { font-size: 21px; margin: 0 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line);
              overflow-wrap: anywhere; }
            h2 .n { display: inline-block; min-width: 28px; height: 28px; margin-right: 6px; border-radius: 14px;
              background: var(--accent); color: #fff; font-size: 14px; line-height: 28px; text-align: center;
              vertical-align: 3px; }
            h3 { font-size: 15px; margin: 18px 0 6px; color: var(--accent); }
            h3 small { color: var(--muted); font-weight: normal; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; }
            th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
            th { background: var(--soft); font-weight: 600; white-space: nowrap; }
            tbody tr:nth-child(even) { background: #fbfcfd; }
            .calibrations tbody tr { background: none; }
            .calibrations tr.cont td:nth-child(-n+5) { border-top-style: hidden; }
            .num { text-align: right; white-space: nowrap; }
            td code { white-space: nowrap; }
            .err { color: var(--bad); }
            .note { color: var(--muted); font-size: 13px; margin: 6px 0; }
            pre { margin: 6px 0; padding: 8px 12px; background: var(--soft); border-radius: 6px; white-space: pre-wrap;
              overflow-wrap: anywhere; }
            pre.error { color: var(--bad); background: var(--bad-bg); }
            td pre.error { margin: 4px 0 0; }
            pre.source .line { color: var(--muted); display: inline-block; min-width: 40px; margin-right: 12px;
              text-align: right; border-right: 1px solid var(--line); padding-right: 8px; }
            .plots { display: flex; flex-wrap: wrap; gap: 16px; }
            figure { margin: 0; flex: 1 1 420px; border: 1px solid var(--line); border-radius: 8px; padding: 8px;
              background: #fff; }
            figure svg { display: block; width: 100%; height: auto; }
            figcaption { margin-top: 4px; font-size: 13px; color: var(--muted); overflow-wrap: anywhere; }
            figcaption code { font-size: 12px; }
            .files { margin: 4px 0; padding-left: 20px; font-size: 13px; }
            .failure h2 { color: var(--bad); border-color: var(--bad); }
            footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted);
              font-size: 12px; }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; -webkit-print-color-adjust: exact;
                print-color-adjust: exact; }
              nav { break-after: avoid; }
              section { margin-bottom: 18pt; }
              h2, h3 { break-after: avoid; }
              figure, tr, pre, .badge { break-inside: avoid; }
              figure { flex-basis: 45%; }
              .scroll { overflow: visible; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
