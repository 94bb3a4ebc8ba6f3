/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.Map;

/**
 * A statistic of every output of one function (with fixed parameters) across an experiment's logits.
 *
 * @param activation the function's DSL name
 * @param params its parameters, possibly empty
 * @param statistic the statistic's DSL name
 * @param count how many vectors were summarized
 * @param mean the mean of the statistic
 * @param sd its sample standard deviation (0 for a single vector)
 * @param min its minimum
 * @param median its median
 * @param max its maximum
 */
public record Summary(String activation, Map<String, Object> params, String statistic, long count, double mean,
        double sd, double min, double median, double max) {
}
