/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.scripting.ScriptFailure;
import io.github.activations.scripting.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code activations} command: {@code java -jar activations.jar run FILE.groovy}, on picocli.
 *
 * <p>Exit codes: 0 success; 1 the script failed to compile or run (reported as
 * {@code FILE:LINE: reason}); 2 a usage error.
 */
public final class Main {
    static final int OK = 0;
    static final int SCRIPT_FAILED = 1;
    static final int USAGE = 2;

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
        int code = run(args, System.in, out, err, Terminal.isTerminal());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The whole command, without {@code System.exit}, with no standard input: returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, InputStream.nullInputStream(), out, err, terminal);
    }

    /**
     * The whole command, without {@code System.exit}: returns the exit code. Arguments after the
     * first {@code --} are the script's ({@code run exp.groovy -- a b}), not the runner's.
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        List<String> runner = new ArrayList<>(List.of(args));
        List<String> script = List.of();
        int dashes = runner.indexOf("--");
        if (dashes >= 0) {
            script = List.copyOf(runner.subList(dashes + 1, runner.size()));
            runner = new ArrayList<>(runner.subList(0, dashes));
        }
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = commandLine(in, out, err, terminal, script);
        // after the subcommands are added: these settings reach the commands present now
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(terminal ? CommandLine.Help.Ansi.AUTO
                : CommandLine.Help.Ansi.OFF));
        cli.setParameterExceptionHandler((e, a) -> usageError(e, err));
        try {
            return cli.execute(runner.toArray(String[]::new));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** The command tree: run, check, help and the hidden generate-completion. */
    static CommandLine commandLine(PrintStream out, PrintStream err, boolean terminal) {
        return commandLine(InputStream.nullInputStream(), out, err, terminal, List.of());
    }

    private static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, boolean terminal,
            List<String> scriptArgs) {
        CommandLine cli = new CommandLine(new Root());
        cli.addSubcommand(new RunCommand(in, out, err, terminal, scriptArgs));
        cli.addSubcommand(new CheckCommand(in, out, err));
        cli.addSubcommand(new CommandLine.HelpCommand());
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().hidden(true);
        cli.addSubcommand(completion);
        // room for --format=table|csv|json beside its description
        cli.getSubcommands().get("run").getCommandSpec().usageMessage().longOptionsMaxWidth(24);
        cli.getSubcommands().get("help").getCommandSpec().usageMessage().header("print the help of a command: help run");
        // activations --help lists the commands first, then run's options too (without its --help),
        // so that one screen says it all
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.sectionMap().put("runOptions", help -> {
            CommandLine.Help run = help.subcommands().get("run");
            List<OptionSpec> options = run.commandSpec().options().stream().filter(o -> !o.usageHelp())
                    .collect(Collectors.toList());
            return String.format("%nOptions of run:%n") + run.optionListExcludingGroups(options);
        });
        List<String> order = new ArrayList<>(usage.sectionKeys());
        List<String> commands = List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
                CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, "runOptions");
        order.removeAll(commands);
        order.addAll(order.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING), commands);
        usage.sectionKeys(order);
        return cli;
    }

    /** The top level: no command of its own; {@code --help}, {@code --version}, or usage on standard error. */
    @Command(name = "activations",
            customSynopsis = {
                "activations run FILE.groovy|- [--format table|csv|json] [--out DIR]",
                "                       [--timeout SECONDS] [--data NAME=FILE] [--param NAME=VALUE]",
                "                       [--classpath JARS] [--stacktrace] [-- ARGS...]",
                "       activations check FILE.groovy|- [--classpath JARS] [--stacktrace]",
                "       activations --help | --version | help COMMAND"},
            description = "Runs and checks experiment scripts.",
            commandListHeading = "%nCommands:%n",
            optionListHeading = "%nOptions:%n",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:success",
                "1:the script failed, or one of its checks did (FILE:LINE: reason)",
                "2:a usage error (unknown option, missing file, a directory)"},
            footerHeading = "%n",
            footer = "Scripts are trusted code and are not sandboxed. Words: experiment, logits, apply, show, plot,"
                + " check, summarize, random, normal, uniform; functions: softmax, logSoftmax, logSumExp, softmin,"
                + " sigmoid, logSigmoid, logit, argmax, topK, oneHot, divideBySum, crossEntropy.",
            versionProvider = Version.class, sortOptions = false)
    static final class Root implements Callable<Integer> {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
        boolean help;

        @Option(names = "--version", versionHelp = true, description = "print the version")
        boolean version;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return USAGE;
        }
    }

    /** {@code --version}: the project's and Groovy's versions from version.properties, and Java's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {version()};
        }
    }

    /** The script file and the options every script command has. */
    static final class ScriptOptions {
        @CommandLine.Parameters(paramLabel = "FILE.groovy", description = "the script; - reads it from standard input")
        Path file = Path.of("");

        @Option(names = {"--classpath", "-cp"}, paramLabel = "JARS", split = "${sys:path.separator}",
                description = "jars or class folders the script can import from, separated by ${sys:path.separator}"
                        + " (repeatable); @Grab is not supported")
        List<Path> classpath = new ArrayList<>();

        @Option(names = "--stacktrace", description = "print the full stack trace of a failure")
        boolean stacktrace;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
        boolean help;
    }

    /**
     * Prints a usage error as {@code activations: what; did you mean 'x'?} and where to read more;
     * picocli's own messages become the runner's, so they name the option or command at fault.
     */
    private static int usageError(ParameterException e, PrintStream err) {
        CommandLine where = e.getCommandLine();
        boolean top = where.getParent() == null;
        err.println("activations: " + message(e, top));
        err.println("Run 'activations " + (top ? "" : where.getCommandName() + " ") + "--help' for usage.");
        return USAGE;
    }

    private static String message(ParameterException e, boolean top) {
        CommandLine where = e.getCommandLine();
        CommandSpec spec = where.getCommandSpec();
        List<String> unmatched = e instanceof CommandLine.UnmatchedArgumentException
                ? ((CommandLine.UnmatchedArgumentException) e).getUnmatched()
                // picocli reports a missing script before an unknown option: "run -x" is about -x
                : e instanceof CommandLine.MissingParameterException ? where.getUnmatchedArguments() : List.of();
        if (!unmatched.isEmpty()) {
            String arg = unmatched.get(0);
            if (top) {
                return unknownCommand(arg, spec);
            }
            if (arg.startsWith("-")) {
                for (CommandLine other : where.getParent().getSubcommands().values()) {
                    if (other != where && other.getCommandSpec().findOption(arg) != null) {
                        return "unknown option '" + arg + "' for " + spec.name() + "; it is an option of "
                                + other.getCommandName();
                    }
                }
                return "unknown option '" + arg + "'" + suggest(arg, longNames(spec));
            }
            Object file = spec.positionalParameters().isEmpty() ? null : spec.positionalParameters().get(0).getValue();
            return file == null || file.toString().isEmpty() ? "unexpected argument '" + arg + "'"
                    : "one script at a time: '" + file + "' and '" + arg + "'";
        }
        if (e instanceof CommandLine.MissingParameterException
                && !((CommandLine.MissingParameterException) e).getMissing().isEmpty()) {
            ArgSpec missing = ((CommandLine.MissingParameterException) e).getMissing().get(0);
            if (missing.isPositional()) {
                return spec.name() + " needs a script file";
            }
            String name = ((OptionSpec) missing).longestName();
            return name + " needs " + RunCommand.NEEDS.getOrDefault(name, "a value");
        }
        if (e.getArgSpec() instanceof OptionSpec && Map.class.isAssignableFrom(e.getArgSpec().type())
                && e.getValue() != null) { // picocli: "Value for option option '--data' (NAME=FILE) should be in ..."
            String name = ((OptionSpec) e.getArgSpec()).longestName();
            return name + " needs " + RunCommand.NEEDS.getOrDefault(name, "NAME=VALUE") + ", not '" + e.getValue() + "'";
        }
        if (top && e.getValue() != null && String.valueOf(e.getMessage()).startsWith("Unknown subcommand")) {
            return unknownCommand(e.getValue(), spec); // help COMMAND
        }
        return String.valueOf(e.getMessage());
    }

    /** Anything but a command where one belongs; options belong after it, so a misspelt one is suggested. */
    private static String unknownCommand(String arg, CommandSpec root) {
        List<String> options = longNames(root);
        List<String> commands = new ArrayList<>();
        root.subcommands().forEach((name, c) -> {
            options.addAll(longNames(c.getCommandSpec()));
            if (!c.getCommandSpec().usageMessage().hidden()) {
                commands.add(name);
            }
        });
        if (options.contains(arg)) {
            return "unknown command '" + arg + "'; options follow the command, e.g. activations run FILE.groovy "
                    + arg;
        }
        return "unknown command '" + arg + "'" + suggest(arg, arg.startsWith("-") ? options : commands);
    }

    /** The options' long names: a typo of -x is not -h. */
    private static List<String> longNames(CommandSpec spec) {
        return spec.options().stream().map(OptionSpec::longestName).collect(Collectors.toList());
    }

    private static String suggest(String word, Collection<String> candidates) {
        return Words.suggest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /**
     * Returns the script file named on the command line.
     *
     * @throws ParameterException (a usage error) if it is a directory or does not exist
     */
    static Path scriptFile(CommandSpec spec, Path script) {
        String command = spec.name();
        if (isStdin(script)) {
            return script;
        }
        if (Files.isDirectory(script)) {
            throw new ParameterException(spec.commandLine(), script + " is a directory; " + command
                    + " takes one script file, e.g. " + command + " " + script.resolve("experiment.groovy"));
        }
        if (!Files.isRegularFile(script)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + script);
        }
        return script;
    }

    /** How messages name a script read from standard input. */
    static final String STDIN_NAME = "<stdin>";

    /** Whether the script argument is {@code -}: the script comes from standard input. */
    static boolean isStdin(Path script) {
        return script.toString().equals("-");
    }

    /** Reads a script from standard input as UTF-8. */
    static String readScript(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Prints a script's problems, one {@code FILE:LINE: reason} line each, and returns exit code 1. */
    static int failed(ScriptFailure f, PrintStream err, boolean stacktrace) {
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
