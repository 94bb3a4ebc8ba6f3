package io.github.activations.scripting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What an experiment's words recorded, checked and frozen: the input of {@link ExperimentRun}.
 * {@link ExperimentSpec} records the words; this holds them; {@link ExperimentRun} computes.
 */
record ExperimentPlan(String name, Map<String, double[]> logits, List<Step> steps, List<PlotRequest> plots,
        List<CheckRequest> checks, List<Statistic> statistics, int digits, int rows,
        @Nullable Throwable summarizeOrigin) {

    /** One function of {@code apply}, with every combination of its swept parameters. */
    record Step(ActivationFunction function, List<Map<String, Object>> combos) {
    }

    /** One {@code plot}: of a scalar function's curve, or of the results when {@code function} is null. */
    record PlotRequest(String file, @Nullable ActivationFunction function, double from, double to, int points,
            int width, int height, String title, Throwable origin) {
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
