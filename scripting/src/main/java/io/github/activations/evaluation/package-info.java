/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Metrics and calibration over a model's outputs on a data set, the way torchmetrics and netcal
 * users evaluate held-out logits: accuracy, top-k accuracy, negative log-likelihood, Brier score,
 * expected and maximum calibration error with their reliability bins, mean entropy, the confusion
 * matrix and per-class precision and recall ({@link io.github.activations.evaluation.Evaluation},
 * one pass for all of them, or {@link io.github.activations.evaluation.Metrics}, one method each),
 * and the two classic calibrators: temperature scaling
 * ({@link io.github.activations.evaluation.TemperatureScaling}) and Platt scaling
 * ({@link io.github.activations.evaluation.PlattScaling}). A fitted
 * {@link io.github.activations.evaluation.Calibrator} applies to any data set of the same class
 * count, so one fits on a validation set and evaluates on a test set.
 *
 * <pre>{@code
 * Dataset val = Dataset.of("val", LogitMatrix.wrap(valLogits, 10_000, 100), valLabels, null);
 * Dataset test = Dataset.of("test", LogitMatrix.wrap(testLogits, 10_000, 100), testLabels, null);
 * TemperatureScaling fit = TemperatureScaling.fit(val);
 * Evaluation before = Evaluation.of(test);
 * Evaluation after = Evaluation.of(test, fit.calibrator());
 * System.out.println(before.ece() + " -> " + after.ece());
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package io.github.activations.evaluation;
