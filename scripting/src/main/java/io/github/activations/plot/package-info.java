/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Charts of experiment results, each written as PNG or SVG (headless) and as CSV of the numbers it
 * plots: {@link io.github.activations.plot.ReliabilityDiagram},
 * {@link io.github.activations.plot.ConfidenceHistogram}, {@link io.github.activations.plot.SweepChart}
 * (a metric against a swept parameter), {@link io.github.activations.plot.CurveChart} (several curves)
 * and {@link io.github.activations.plot.BarChart} (grouped bars).
 *
 * <p>Every chart is an immutable value built from plain arrays (copied), so it can be drawn any number
 * of times at any size. Axis numbers are formatted in {@code Locale.ROOT}. A file is written to a
 * temporary file next to it and then moved into place, so a failed write leaves no partial file.
 */
@org.jspecify.annotations.NullMarked
package io.github.activations.plot;
