/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;

/**
 * A script could not be compiled or failed while running. Each problem is one line,
 * {@code FILE:LINE: reason}, with no stack trace; {@link #getCause()} keeps the original exception
 * for {@code --stacktrace}.
 */
public final class ScriptFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One problem in a script.
     *
     * @param file the script as the user named it
     * @param line the 1-based line, or 0 when unknown
     * @param reason one line saying what went wrong
     */
    public record Problem(String file, int line, String reason) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
        }
    }

    private final transient List<Problem> problems; // the message carries them when serialized

    ScriptFailure(List<Problem> problems, Throwable cause) {
        super(String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList()), cause);
        this.problems = List.copyOf(problems);
    }

    ScriptFailure(Problem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    /**
     * Returns the problems, at least one, in source order.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns the first problem's line.
     *
     * @return the 1-based line, or 0 when unknown
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * Returns the first problem's reason.
     *
     * @return one line
     */
    public String reason() {
        return problems.get(0).reason();
    }
}
