/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.evaluation.ClassMetrics;
import io.github.activations.evaluation.ConfusionMatrix;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of one prediction on one data set: {@code evaluate} after {@code data}, for one applied
 * function and parameter (softmax at one temperature, say), before or after calibration.
 *
 * @param dataset the data set's name
 * @param rows its rows
 * @param classes its classes
 * @param activation the function the probabilities come from ({@code softmax}, or {@code sigmoid} for one
 *     score per row)
 * @param params its parameters ({@code temperature}), possibly empty
 * @param calibration how the model was calibrated: empty, or e.g. {@code temperature T = 1.53 (fitted on val)}
 * @param metrics each numeric metric by its table name ({@code accuracy}, {@code top5}, {@code nll},
 *     {@code ece}, {@code ece(20)}, …), in the order evaluate named them
 * @param confusion the confusion matrix, if {@code confusion} was asked for
 * @param perClass support, precision, recall and F1 per class, if {@code perClass} was asked for
 */
public record EvaluationResult(String dataset, int rows, int classes, String activation, Map<String, Object> params,
        String calibration, Map<String, Double> metrics, @Nullable ConfusionMatrix confusion,
        List<ClassMetrics> perClass) {
}
