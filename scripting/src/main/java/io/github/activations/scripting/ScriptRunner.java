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
     * Compiles a script without running it.
     *
     * @param file the script
     * @throws ScriptFailure with {@code FILE:LINE: reason} for each compile error
     */
    public void check(Path file) throws ScriptFailure {
        compile(file, new Binding());
    }

    /**
     * Compiles and runs a script.
     *
     * @param file the script
     * @return the results of its experiments, in order
     * @throws ScriptFailure with {@code FILE:LINE: reason} when it does not compile, throws, or times out
     */
    public List<ExperimentResult> run(Path file) throws ScriptFailure {
        Binding binding = new Binding();
        binding.setVariable("out", scriptOut);
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
                throw new ScriptFailure(new ScriptFailure.Problem(file.toString(), line,
                        "timed out after " + seconds(timeout) + " (--timeout); the script was still running here"),
                        null);
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new ScriptFailure(new ScriptFailure.Problem(file.toString(), 0, "interrupted"), e);
        } finally {
            scriptOut.flush();
        }
        Throwable e = failure.get();
        if (e != null) {
            Throwable cause = unwrap(e);
            throw new ScriptFailure(new ScriptFailure.Problem(file.toString(), scriptLine(file, cause),
                    reason(cause)), cause);
        }
        return lab.results();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private DelegatingScript compile(Path file, Binding binding) throws ScriptFailure {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ScriptFailure(new ScriptFailure.Problem(name, 0, "no such file"), null);
        }
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(DelegatingScript.class.getName());
        config.setSourceEncoding("UTF-8");
        ImportCustomizer imports = new ImportCustomizer();
        imports.addStarImports("io.github.activations", "io.github.activations.scripting");
        config.addCompilationCustomizers(imports, new ASTTransformationCustomizer(ThreadInterrupt.class));
        GroovyShell shell = new GroovyShell(ScriptRunner.class.getClassLoader(), binding, config);
        try {
            Script script = shell.parse(new GroovyCodeSource(file.toFile(), "UTF-8"));
            return (DelegatingScript) script;
        } catch (MultipleCompilationErrorsException e) {
            throw new ScriptFailure(problems(name, e), e);
        } catch (CompilationFailedException e) {
            throw new ScriptFailure(new ScriptFailure.Problem(name, 0, firstLine(e.getMessage())), e);
        } catch (IOException e) {
            throw new ScriptFailure(new ScriptFailure.Problem(name, 0, "cannot read: " + e.getMessage()), e);
        }
    }

    private static List<ScriptFailure.Problem> problems(String name, MultipleCompilationErrorsException e) {
        List<ScriptFailure.Problem> problems = new ArrayList<>();
        for (Message m : e.getErrorCollector().getErrors()) {
            if (m instanceof SyntaxErrorMessage) {
                SyntaxException s = ((SyntaxErrorMessage) m).getCause();
                problems.add(new ScriptFailure.Problem(name, s.getLine(), firstLine(s.getOriginalMessage())));
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
        if (e instanceof DslException) {
            return firstLine(e.getMessage());
        }
        if (e instanceof MissingPropertyException && isDsl(((MissingPropertyException) e).getType())) {
            String word = ((MissingPropertyException) e).getProperty();
            return "unknown word '" + word + "'" + Words.didYouMean(word, Words.all());
        }
        if (e instanceof MissingMethodException && isDsl(((MissingMethodException) e).getType())) {
            MissingMethodException m = (MissingMethodException) e;
            String word = m.getMethod();
            if (Words.all().contains(word)) {
                return "'" + word + "' cannot take (" + argumentTypes(m.getArguments()) + ")";
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

    private static String argumentTypes(Object @Nullable [] args) {
        if (args == null) {
            return "";
        }
        return Arrays.stream(args).map(a -> a == null ? "null" : a.getClass().getSimpleName())
                .collect(Collectors.joining(", "));
    }

    private static final int MAX_REASON = 160;

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        t = (nl < 0 ? t : t.substring(0, nl)).strip();
        return t.length() <= MAX_REASON ? t : t.substring(0, MAX_REASON - 3) + "...";
    }

    /** The innermost line of the script on the stack of {@code e} or its causes; 0 if none. */
    static int scriptLine(Path file, Throwable e) {
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
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        for (StackTraceElement frame : stack) {
            if (name.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                return frame.getLineNumber();
            }
        }
        return 0;
    }
}
