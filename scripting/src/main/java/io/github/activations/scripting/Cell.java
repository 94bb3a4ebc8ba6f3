package io.github.activations.scripting;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One result of {@code apply}: a function with fixed parameters on one named vector of logits.
 * Exactly one of {@code output} and {@code error} is non-null: a failing cell (divide-by-sum of a
 * vector summing to 0) carries the core's message and does not stop the experiment.
 *
 * @param logits the name of the logits ({@code z1}), as the script gave it
 * @param input the logits
 * @param activation the function's DSL name
 * @param params the parameters ({@code temperature: 0.5}), canonical types, possibly empty
 * @param output {@code double[]}, {@code Double}, {@code Integer} or {@code int[]}; null on error
 * @param error the reason the function rejected the input; null on success
 */
public record Cell(String logits, double[] input, String activation, Map<String, Object> params,
        @Nullable Object output, @Nullable String error) {
}
