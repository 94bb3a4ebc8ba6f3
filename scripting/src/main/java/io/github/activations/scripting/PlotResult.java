/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.plot.Chart;
import java.util.Objects;

/**
 * One plot an experiment drew: the file it wrote and the chart itself, which can be drawn again, at
 * any size and in either format (the HTML report draws every plot as inline SVG, PNG files included).
 *
 * @param file the image written, as a path ({@code .png} or {@code .svg}); its CSV is beside it
 * @param chart the chart (immutable)
 * @param width the image's width in pixels
 * @param height the image's height in pixels
 */
public record PlotResult(String file, Chart chart, int width, int height) {
    /**
     * Creates a plot result.
     *
     * @param file the image written
     * @param chart the chart
     * @param width the image's width in pixels
     * @param height the image's height in pixels
     */
    public PlotResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(chart, "chart");
    }
}
