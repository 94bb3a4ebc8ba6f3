/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The top level of an experiment script, and the entry point for Java and Kotlin:
 *
 * <pre>{@code
 * Lab lab = new Lab();
 * lab.experiment("Softmax", e -> {
 *     e.logits("z", 0.25, 1.23, -0.8);
 *     e.apply(ActivationFunction.SOFTMAX);
 * });
 * lab.results().get(0).cells().get(0).output();   // [0.249, 0.664, 0.087]
 * }</pre>
 *
 * <p>In a script the same reads {@code experiment('Softmax') { logits z: [0.25, 1.23, -0.8]; apply softmax }}.
 * Each experiment runs as soon as its body returns; its result goes to {@link #results()} and to the
 * listener.
 */
public final class Lab extends DslFunctions {
    private final Path outDir;
    private final Progress progress;
    private final Consumer<ExperimentResult> listener;
    private final List<ExperimentResult> results = new ArrayList<>();
    private final List<FailedCheck> failedChecks = new ArrayList<>();

    /** A check that failed, and where the script wrote it (for the runner's FILE:LINE report). */
    record FailedCheck(CheckResult check, Throwable origin) {
    }

    /** Creates a lab writing plots to the current directory, without progress or listener. */
    public Lab() {
        this(Path.of(""), Progress.NONE, r -> { });
    }

    /**
     * Creates a lab.
     *
     * @param outDir where relative plot paths go
     * @param progress receives progress of long experiments
     * @param listener called with each experiment's result as it completes
     */
    public Lab(Path outDir, Progress progress, Consumer<ExperimentResult> listener) {
        this.outDir = Objects.requireNonNull(outDir, "outDir");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Defines and runs an experiment; the closure's words are those of {@link ExperimentSpec}.
     *
     * @param name the experiment's name, as reports show it
     * @param body the experiment, delegating to an {@link ExperimentSpec}
     * @return the experiment's result
     */
    public ExperimentResult experiment(String name,
            @DelegatesTo(value = ExperimentSpec.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        return experiment(name, spec -> {
            Closure<?> c = (Closure<?>) body.clone();
            c.setResolveStrategy(Closure.DELEGATE_FIRST);
            c.setDelegate(spec);
            c.call(spec);
        });
    }

    /**
     * Defines and runs an experiment (for Java and Kotlin).
     *
     * @param name the experiment's name, as reports show it
     * @param body fills in the experiment
     * @return the experiment's result
     */
    public ExperimentResult experiment(String name, Consumer<ExperimentSpec> body) {
        ExperimentSpec spec = new ExperimentSpec(name, progress);
        body.accept(spec);
        ExperimentPlan plan = spec.plan();
        ExperimentResult result = new ExperimentRun(plan, outDir, progress).execute();
        results.add(result);
        List<Throwable> origins = plan.checkOrigins();
        for (int i = 0; i < result.checks().size(); i++) {
            if (!result.checks().get(i).passed()) {
                failedChecks.add(new FailedCheck(result.checks().get(i), origins.get(i)));
            }
        }
        listener.accept(result);
        return result;
    }

    @Override
    protected Progress progress() {
        return progress;
    }

    /** The checks that failed so far, in order. */
    List<FailedCheck> failedChecks() {
        return List.copyOf(failedChecks);
    }

    /**
     * Returns the results of the experiments run so far, in order.
     *
     * @return an unmodifiable snapshot
     */
    public List<ExperimentResult> results() {
        return List.copyOf(results);
    }
}
