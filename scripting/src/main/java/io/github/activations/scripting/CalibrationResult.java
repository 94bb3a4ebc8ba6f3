/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.Map;

/**
 * One {@code calibrate}: what was fitted where, and every requested metric before and after.
 *
 * @param method {@code temperature} or {@code platt}
 * @param fittedOn the data set the parameters were fitted on
 * @param fittedRows its rows
 * @param parameters the fitted parameters: {@code T}, or {@code a} and {@code b}
 * @param status how the fit ended ({@code converged}, or the limit the optimum runs to)
 * @param evaluations how many times the fit evaluated the NLL (or Newton steps for Platt)
 * @param dataset the data set evaluated
 * @param before the metrics of the uncalibrated model on it
 * @param after the metrics of the calibrated model on it
 */
public record CalibrationResult(String method, String fittedOn, int fittedRows, Map<String, Double> parameters,
        String status, int evaluations, String dataset, Map<String, Double> before, Map<String, Double> after) {
}
