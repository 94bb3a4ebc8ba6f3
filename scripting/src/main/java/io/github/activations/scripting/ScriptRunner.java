/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GroovyCodeSource;
import groovy.lang.GroovyShell;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import groovy.transform.ThreadInterrupt;
import groovy.util.DelegatingScript;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SimpleMessage;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.runtime.InvokerInvocationException;
import org.codehaus.groovy.syntax.SyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Compiles and runs experiment scripts.
 *
 * <p>A script is compiled with {@link DelegatingScript} as its base class and a {@link Lab} as its
 * delegate, with default imports of {@code io.github.activations.*} and
 * {@code io.github.activations.scripting.*}, so it needs no {@code import} lines. Loops and closures
 * are compiled with {@link ThreadInterrupt} checks, so a timeout can stop {@code while (true) {}}.
 *
 * <p>Scripts are trusted code: they run with the caller's permissions and can do anything Groovy
 * can. Nothing here is a sandbox.
 */
public final class ScriptRunner {
    private static final long GRACE_MILLIS = 2000;

    private final Path outDir;
    private final Progress progress;
    private final Consumer<ExperimentResult> listener;
    private final Duration timeout;
    private final PrintWriter scriptOut;
    private volatile List<ScriptFailure.Problem> failedChecks = List.of();
    private final java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>();
    private final List<java.net.URL> classpath = new ArrayList<>();
    private String[] arguments = new String[0];

    /**
     * Creates a runner.
     *
     * @param outDir where relative plot paths go
     * @param progress receives progress of long work
     * @param listener called with each experiment's result as it completes
     * @param timeout how long a script may run; {@link Duration#ZERO} for no limit
     * @param scriptOut where the script's own {@code println} goes
     */
    public ScriptRunner(Path outDir, Progress progress, Consumer<ExperimentResult> listener, Duration timeout,
            PrintWriter scriptOut) {
        this.outDir = Objects.requireNonNull(outDir, "outDir");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.scriptOut = Objects.requireNonNull(scriptOut, "scriptOut");
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * Gives the scripts this runner runs a variable: {@code run exp.groovy --data val=val.npz} binds
     * {@code val} to the data set, so one script serves many models.
     *
     * @param name a Groovy identifier that is not a word of the DSL
     * @param value the value
     * @throws IllegalArgumentException if the name is not an identifier or is a DSL word
     */
    public void bind(String name, Object value) {
        Objects.requireNonNull(value, "value");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("'" + name + "' is not a name a script can use (letters, digits, _)");
        }
        if (name.equals("out") || name.equals("args")) {
            throw new IllegalArgumentException("'" + name + "' is a variable every script has (out: where println"
                    + " goes, args: the command-line arguments); choose another name");
        }
        if (Words.all().contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a word of the DSL; choose another name");
        }
        variables.put(name, value);
    }

    /**
     * Gives the scripts this runner runs their command-line arguments, as the variable {@code args}
     * (a {@code String[]}, as plain Groovy scripts have it): {@code activations run exp.groovy -- a b}.
     *
     * @param args the arguments
     */
    public void arguments(List<String> args) {
        arguments = args.toArray(String[]::new);
    }

    /**
     * Adds jars or class folders that scripts can import from ({@code activations run --classpath}).
     *
     * @param entries jar files or directories
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public void addClasspath(List<Path> entries) {
        List<java.net.URL> urls = new ArrayList<>();
        for (Path p : entries) {
            if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
                throw new IllegalArgumentException("no such jar or directory: " + p);
            }
            try {
                urls.add(p.toAbsolutePath().toUri().toURL());
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + p, e);
            }
        }
        classpath.addAll(urls);
    }

    /**
     * Compiles a script without running it.
     *
     * @param file the script
     * @throws ScriptFailure with {@code FILE:LINE: reason} for each compile error
     */
    public void check(Path file) throws ScriptFailure {
        compile(Source.of(file), new Binding());
    }

    /**
     * Compiles and runs a script.
     *
     * @param file the script
     * @return the results of its experiments, in order
     * @throws ScriptFailure with {@code FILE:LINE: reason} when it does not compile, throws, or times out
     */
    public List<ExperimentResult> run(Path file) throws ScriptFailure {
        return run(Source.of(file));
    }

    /**
     * Compiles and runs a script's text: {@code activations run -} reads it from standard input.
     *
     * @param name how messages name the script, e.g. {@code <stdin>}
     * @param text the script
     * @return the results of its experiments, in order
     * @throws ScriptFailure with {@code NAME:LINE: reason} when it does not compile, throws, or times out
     */
    public List<ExperimentResult> run(String name, String text) throws ScriptFailure {
        return run(new Source(name, "stdin_script.groovy", null, Objects.requireNonNull(text, "text")));
    }

    /**
     * Compiles a script's text without running it.
     *
     * @param name how messages name the script
     * @param text the script
     * @throws ScriptFailure with {@code NAME:LINE: reason} for each compile error
     */
    public void check(String name, String text) throws ScriptFailure {
        compile(new Source(name, "stdin_script.groovy", null, Objects.requireNonNull(text, "text")), new Binding());
    }

    /**
     * A script: its name in messages, the file name its compiled frames carry, and its file or text.
     */
    private record Source(String display, String frameName, @Nullable Path path, @Nullable String text) {
        static Source of(Path file) {
            Path fileName = file.getFileName();
            return new Source(file.toString(), fileName == null ? file.toString() : fileName.toString(), file, null);
        }
    }

    private List<ExperimentResult> run(Source file) throws ScriptFailure {
        Binding binding = new Binding();
        binding.setVariable("out", scriptOut);
        binding.setVariable("args", arguments.clone());
        variables.forEach(binding::setVariable);
        DelegatingScript script = compile(file, binding);
        Lab lab = new Lab(outDir, progress, listener);
        script.setDelegate(lab);
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                script.run();
            } catch (Throwable e) { // reported to the caller with the script's line
                failure.set(e);
            }
        }, "activations-script", 0);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(timeout.toMillis());
            if (thread.isAlive()) {
                int line = scriptLine(file, thread.getStackTrace());
                thread.interrupt();
                thread.join(GRACE_MILLIS);
                throw new ScriptFailure(new ScriptFailure.Problem(file.display(), line,
                        "timed out after " + seconds(timeout) + " (--timeout); the script was still running here"),
                        null);
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new ScriptFailure(new ScriptFailure.Problem(file.display(), 0, "interrupted"), e);
        } finally {
            scriptOut.flush();
        }
        Throwable e = failure.get();
        if (e != null) {
            Throwable cause = unwrap(e);
            int line = scriptLine(file, cause);
            String hidden = hiddenWord(file, line, cause);
            throw new ScriptFailure(new ScriptFailure.Problem(file.display(), line, hidden == null ? reason(cause)
                    : "'" + hidden + "' is also a variable of this script (def " + hidden + " = …), which hides the"
                    + " word " + hidden + " here; give the variable another name"), cause);
        }
        List<ScriptFailure.Problem> failed = new ArrayList<>();
        for (Lab.FailedCheck c : lab.failedChecks()) {
            CheckResult r = c.check();
            failed.add(new ScriptFailure.Problem(file.display(), scriptLine(file, c.origin().getStackTrace()),
                    "check '" + r.name() + "' failed on " + counterexample(r.counterexample())
                    + (r.error() == null ? "" : ": " + firstLine(r.error()))));
        }
        failedChecks = List.copyOf(failed);
        return lab.results();
    }

    /**
     * Returns the checks that failed in the last {@link #run(Path)}, one {@code FILE:LINE: check 'name'
     * failed on [..]} problem each; empty when every check passed.
     *
     * @return the failed checks, in order
     */
    public List<ScriptFailure.Problem> failedChecks() {
        return failedChecks;
    }

    private static String counterexample(@Nullable List<Object> args) {
        if (args == null) {
            return "[]";
        }
        return args.stream().map(ScriptRunner::shortValue).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String shortValue(@Nullable Object v) {
        if (v instanceof Double || v instanceof Float) {
            return Values.plain(((Number) v).doubleValue());
        }
        if (v instanceof List) {
            return ((List<?>) v).stream().map(ScriptRunner::shortValue).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof double[]) {
            return shortValue(Values.toList((double[]) v));
        }
        return String.valueOf(v);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private DelegatingScript compile(Source file, Binding binding) throws ScriptFailure {
        String name = file.display();
        if (file.path() != null && !Files.isRegularFile(file.path())) {
            throw new ScriptFailure(new ScriptFailure.Problem(name, 0, "no such file"), null);
        }
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(DelegatingScript.class.getName());
        config.setSourceEncoding("UTF-8");
        config.setDisabledGlobalASTTransformations(java.util.Set.of(NoGrab.GRAB_TRANSFORMATION));
        ImportCustomizer imports = new ImportCustomizer();
        imports.addStarImports("io.github.activations", "io.github.activations.scripting");
        config.addCompilationCustomizers(imports, new ASTTransformationCustomizer(ThreadInterrupt.class),
                new WordSyntax(), new NoGrab());
        groovy.lang.GroovyClassLoader loader = new groovy.lang.GroovyClassLoader(ScriptRunner.class.getClassLoader(),
                config);
        classpath.forEach(loader::addURL);
        GroovyShell shell = new GroovyShell(loader, binding, config);
        try {
            Script script = shell.parse(file.path() != null ? new GroovyCodeSource(file.path().toFile(), "UTF-8")
                    : new GroovyCodeSource(file.text(), file.frameName(), GroovyShell.DEFAULT_CODE_BASE));
            return (DelegatingScript) script;
        } catch (MultipleCompilationErrorsException e) {
            throw new ScriptFailure(problems(file, name, e), e);
        } catch (CompilationFailedException e) {
            throw new ScriptFailure(new ScriptFailure.Problem(name, 0, firstLine(e.getMessage())), e);
        } catch (IOException e) {
            throw new ScriptFailure(new ScriptFailure.Problem(name, 0, "cannot read: " + e.getMessage()), e);
        }
    }

    private static List<ScriptFailure.Problem> problems(Source file, String name,
            MultipleCompilationErrorsException e) {
        List<ScriptFailure.Problem> problems = new ArrayList<>();
        boolean hinted = false;
        for (Message m : e.getErrorCollector().getErrors()) {
            if (m instanceof SyntaxErrorMessage) {
                SyntaxException s = ((SyntaxErrorMessage) m).getCause();
                String reason = syntaxReason(s.getOriginalMessage());
                java.util.Optional<Brackets.Problem> bracket = hinted || !reason.startsWith("unexpected input")
                        ? java.util.Optional.empty() : brackets(file);
                hinted = true;
                if (bracket.isPresent() && bracket.get().line() != s.getLine()) {
                    problems.add(new ScriptFailure.Problem(name, bracket.get().line(), bracket.get().reason()
                            + " (Groovy stopped at line " + s.getLine() + ": " + reason + ")"));
                } else if (bracket.isPresent()) {
                    problems.add(new ScriptFailure.Problem(name, s.getLine(), bracket.get().reason() + " (" + reason
                            + ")"));
                } else {
                    problems.add(new ScriptFailure.Problem(name, s.getLine(), reason));
                }
            } else if (m instanceof ExceptionMessage) {
                Exception cause = ((ExceptionMessage) m).getCause();
                problems.add(new ScriptFailure.Problem(name, 0, firstLine(String.valueOf(cause.getMessage()))));
            } else if (m instanceof SimpleMessage) {
                problems.add(new ScriptFailure.Problem(name, 0, firstLine(((SimpleMessage) m).getMessage())));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new ScriptFailure.Problem(name, 0, firstLine(e.getMessage())));
        }
        return problems;
    }

    private static java.util.Optional<Brackets.Problem> brackets(Source file) {
        try {
            return Brackets.unbalanced(file.path() == null ? Objects.requireNonNull(file.text())
                    : Files.readString(file.path(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The parser's message in one line: its "Unexpected input: '…'" quotes everything since the last
     * statement it understood, with escaped newlines; keep only the last line of that.
     */
    static String syntaxReason(@Nullable String message) {
        String raw = message == null ? "" : message.strip();
        String m = (raw.indexOf('\n') < 0 ? raw : raw.substring(0, raw.indexOf('\n')))
                .replaceAll("\\s*@ line \\d+, column \\d+\\.?$", "");
        if (m.startsWith("Unexpected character: '\\''") || m.startsWith("Unexpected character: '\"'")) {
            return "a string is not closed: its closing quote is missing on this line";
        }
        java.util.regex.Matcher u = java.util.regex.Pattern.compile("^Unexpected input: '(.*)'$", java.util.regex.Pattern.DOTALL)
                .matcher(m);
        if (u.matches()) {
            String input = u.group(1);
            int nl = input.lastIndexOf("\\n");
            String last = (nl < 0 ? input : input.substring(nl + 2)).strip();
            return firstLine(last.isEmpty() ? "unexpected input" : "unexpected input '" + last + "'");
        }
        return firstLine(m);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof InvokerInvocationException || t instanceof java.lang.reflect.InvocationTargetException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** One line for the user: what went wrong, and for an unknown word, the likely intended one. */
    static String reason(Throwable e) {
        if (e instanceof DslException) { // written as one line, with its most useful part (did you mean ...) last: never cut
            return firstLine(e.getMessage(), Integer.MAX_VALUE);
        }
        if (e instanceof MissingPropertyException && isDsl(((MissingPropertyException) e).getType())) {
            String word = ((MissingPropertyException) e).getProperty();
            if (Words.PARAMETERS.contains(word)) {
                return "'" + word + "' is a parameter, written after its word: " + Words.USAGE.get(word);
            }
            if (Words.USAGE.containsKey(word)) {
                return "'" + word + "' needs something to work on, e.g. " + Words.USAGE.get(word);
            }
            String suggestion = Words.didYouMean(word, Words.all());
            return "unknown word '" + word + "'" + (!suggestion.isEmpty() ? suggestion
                    : ": neither a word nor a variable of this script (--data " + word + "=FILE or --param " + word
                    + "=VALUE defines one)");
        }
        if (e instanceof MissingMethodException && isDsl(((MissingMethodException) e).getType())) {
            MissingMethodException m = (MissingMethodException) e;
            String word = m.getMethod();
            Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
            if (ActivationFunction.byWord(word).isPresent() && args.length == 1 && args[0] instanceof java.util.Map) {
                return word + "(" + namedArguments((java.util.Map<?, ?>) args[0]) + ") is not a function call here;"
                        + " parameters follow the function after a comma: apply " + word + ", "
                        + namedArguments((java.util.Map<?, ?>) args[0]);
            }
            if (word.equals("experiment") && args.length == 1 && args[0] instanceof Closure) {
                return "experiment needs a name: experiment('my experiment') { … }";
            }
            if (Words.PARAMETERS.contains(word)) {
                return "'" + word + "' is a parameter, not a word of its own: " + Words.USAGE.get(word);
            }
            if (Words.all().contains(word)) {
                String usage = Words.USAGE.get(word);
                return "'" + word + "' cannot take " + argumentTypes(args)
                        + (usage == null ? "" : "; write e.g. " + usage);
            }
            return "unknown word '" + word + "'" + Words.didYouMean(word, Words.all());
        }
        if (e instanceof CancellationException || e instanceof InterruptedException) {
            return "interrupted";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static boolean isDsl(@Nullable Class<?> type) {
        return type == null || DslFunctions.class.isAssignableFrom(type) || Script.class.isAssignableFrom(type)
                || Closure.class.isAssignableFrom(type);
    }

    private static String argumentTypes(Object[] args) {
        if (args.length == 0) {
            return "no arguments";
        }
        return "(" + Arrays.stream(args).map(ScriptRunner::kind).collect(Collectors.joining(", ")) + ")";
    }

    /** What a value is, in a script author's words. */
    private static String kind(@Nullable Object a) {
        if (a == null) {
            return "null";
        }
        if (a instanceof CharSequence) {
            return "a string";
        }
        if (a instanceof Number) {
            return "a number";
        }
        if (a instanceof java.util.Map) {
            return "named parameters";
        }
        if (a instanceof List || a instanceof Object[]) {
            return "a list";
        }
        if (a instanceof Closure) {
            return "a closure { … }";
        }
        if (a instanceof ActivationFunction) {
            return "the function " + a;
        }
        return "a " + a.getClass().getSimpleName();
    }

    private static String namedArguments(java.util.Map<?, ?> map) {
        return map.entrySet().stream().map(en -> en.getKey() + ": " + literal(en.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String literal(@Nullable Object v) {
        if (v instanceof CharSequence) {
            return "'" + v + "'";
        }
        if (v instanceof java.math.BigDecimal) {
            return ((java.math.BigDecimal) v).toPlainString();
        }
        if (v instanceof List) {
            return ((List<?>) v).stream().map(ScriptRunner::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }

    private static final int MAX_REASON = 160;

    private static String firstLine(@Nullable String s) {
        return firstLine(s, MAX_REASON);
    }

    private static String firstLine(@Nullable String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        t = (nl < 0 ? t : t.substring(0, nl)).strip();
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }

    private static final java.util.regex.Pattern COMMAND =
            java.util.regex.Pattern.compile("(?:^|[{;])\\s*(\\w+)[\\s(]");

    /**
     * The word a script variable of the same name hides on {@code line}, or null: after {@code def data =
     * dataset(…)}, {@code data data} calls the variable, and Groovy says only that a {@code Dataset} has no
     * method {@code call}.
     */
    private static @Nullable String hiddenWord(Source file, int line, Throwable e) {
        if (!(e instanceof MissingMethodException) || !"call".equals(((MissingMethodException) e).getMethod())
                || line < 1) {
            return null;
        }
        try {
            String text = file.path() != null ? Files.readString(file.path(), java.nio.charset.StandardCharsets.UTF_8)
                    : Objects.requireNonNull(file.text());
            String[] lines = text.split("\\R", -1);
            java.util.regex.Matcher m = COMMAND.matcher(line <= lines.length ? lines[line - 1] : "");
            while (m.find()) {
                String w = m.group(1);
                if ((Words.EXPERIMENT.contains(w) || Words.TOP_LEVEL.contains(w)) && java.util.regex.Pattern
                        .compile("[\\w.<>\\[\\]]+[ \\t]+" + w + "[ \\t]*=(?!=)").matcher(text).find()) {
                    return w; // declared as a variable: def data = …
                }
            }
        } catch (IOException | RuntimeException ex) {
            return null;
        }
        return null;
    }

    /** The innermost line of the script on the stack of {@code e} or its causes; 0 if none. */
    static int scriptLine(Path file, Throwable e) {
        return scriptLine(Source.of(file), e);
    }

    private static int scriptLine(Source file, Throwable e) {
        if (e instanceof DslException && ((DslException) e).origin() != null) {
            int line = scriptLine(file, ((DslException) e).origin().getStackTrace());
            if (line > 0) {
                return line;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            int line = scriptLine(file, t.getStackTrace());
            if (line > 0) {
                return line;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return 0;
    }

    static int scriptLine(Path file, StackTraceElement[] stack) {
        return scriptLine(Source.of(file), stack);
    }

    private static int scriptLine(Source file, StackTraceElement[] stack) {
        String name = file.frameName();
        for (StackTraceElement frame : stack) {
            if (name.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                return frame.getLineNumber();
            }
        }
        return 0;
    }
}
