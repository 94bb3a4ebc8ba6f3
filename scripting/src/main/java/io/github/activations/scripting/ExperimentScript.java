/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import groovy.lang.Binding;
import groovy.util.DelegatingScript;
import java.nio.file.Path;

/**
 * The base class that gives a plain Groovy script the experiment words, outside the
 * {@code activations} runner: with {@code activations.jar} (or {@code activations-scripting} and its
 * dependencies) on the class path,
 *
 * <pre>{@code
 * @groovy.transform.BaseScript io.github.activations.scripting.ExperimentScript script
 *
 * experiment('Softmax') {
 *     logits z: [0.25, 1.23, -0.8]
 *     apply softmax
 * }
 * }</pre>
 *
 * <p>runs with {@code groovy -cp activations.jar exp.groovy} or
 * {@code java -cp activations.jar groovy.ui.GroovyMain exp.groovy}, and in an IDE's "run script".
 * Each experiment prints its table to standard output when it ends (the runner's table format) and
 * writes its plots relative to the current directory; {@link #getLab()} holds every result. Words
 * are resolved on a {@link Lab}, as in the runner; what the runner adds and a plain script lacks:
 * the default imports of {@code io.github.activations.*} (import the core classes you call by
 * name), a {@code logits} or {@code apply} followed directly by a list ({@code logits [1, 2]}: write
 * {@code logits([1, 2])} or {@code logits z: [1, 2]}), {@code --timeout}, and the
 * {@code FILE:LINE: reason} messages.
 */
public abstract class ExperimentScript extends DelegatingScript {
    private final Lab lab = new Lab(Path.of(""), Progress.NONE, r -> {
        System.out.print(r.table());
        System.out.flush();
    });

    /** Creates the script with an empty binding. */
    protected ExperimentScript() {
        super();
        setDelegate(lab);
    }

    /**
     * Creates the script with a binding (Groovy's script runner passes the command-line {@code args}).
     *
     * @param binding the script's variables
     */
    protected ExperimentScript(Binding binding) {
        super(binding);
        setDelegate(lab);
    }

    /**
     * Returns the lab the words run on: its {@link Lab#results()} are the experiments run so far.
     *
     * @return the lab
     */
    public final Lab getLab() {
        return lab;
    }
}
