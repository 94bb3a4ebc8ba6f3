/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.github.activations.data.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * What an experiment's words recorded, checked and frozen: the input of {@link ExperimentRun}.
 * {@link ExperimentSpec} records the words; this holds them; {@link ExperimentRun} computes.
 */
record ExperimentPlan(String name, Map<String, double[]> logits, List<Step> steps, List<PlotRequest> plots,
        List<CheckRequest> checks, List<Statistic> statistics, int digits, int rows,
        @Nullable Throwable summarizeOrigin, List<Dataset> data, List<MetricWord> metrics,
        List<CalibrationRequest> calibrations, @Nullable Throwable applyOrigin, @Nullable Throwable evaluateOrigin) {

    /** One function of {@code apply}, with every combination of its swept parameters. */
    record Step(ActivationFunction function, List<Map<String, Object>> combos) {
    }

    /**
     * One {@code plot}: curves of scalar functions ({@code functions} not empty), a data set's
     * reliability diagram or confidence histogram ({@code kind}), metrics against the swept
     * parameter ({@code metrics} not empty), or else the results.
     */
    record PlotRequest(String file, List<ActivationFunction> functions, @Nullable PlotKind kind, List<MetricWord> metrics,
            double from, double to, int points, int width, int height, String title, Throwable origin) {
    }

    /** One {@code calibrate}: fit on {@code on}, or on each evaluated data set when null. */
    record CalibrationRequest(CalibrationWord calibrator, @Nullable Dataset on, Throwable origin) {
    }

    /** One {@code check}. */
    record CheckRequest(String name, long tries, long seed, Class<?>[] types, Function<Object[], Object> property,
            Throwable origin) {
    }

    /** Where each check was written, in the order of the result's checks (for reporting failures). */
    List<Throwable> checkOrigins() {
        List<Throwable> out = new ArrayList<>();
        for (CheckRequest c : checks) {
            out.add(c.origin());
        }
        return out;
    }
}
