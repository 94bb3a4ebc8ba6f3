/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import org.jspecify.annotations.Nullable;

/**
 * A script used the DSL wrongly: an unknown parameter, a value of the wrong kind, a word in the
 * wrong place. The message is one line, meant for the script's author; the runner adds the file
 * and line.
 */
public class DslException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable Throwable origin;

    /**
     * Creates the exception.
     *
     * @param message one line saying what is wrong and, where possible, what to write instead
     */
    public DslException(String message) {
        super(message);
        this.origin = null;
    }

    /**
     * Creates the exception for a word whose problem shows only when the experiment runs, such as
     * {@code summarize} without {@code apply}; {@code origin} was created where the word was written,
     * so the runner reports that line rather than the experiment's.
     *
     * @param message one line saying what is wrong
     * @param origin a throwable created where the word was used, or null
     */
    public DslException(String message, @Nullable Throwable origin) {
        super(message);
        this.origin = origin;
    }

    /**
     * Returns where the offending word was written, if known.
     *
     * @return a throwable whose stack holds the script line, or null
     */
    public @Nullable Throwable origin() {
        return origin;
    }
}
