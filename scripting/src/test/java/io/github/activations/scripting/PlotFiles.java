/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.io.IOException;
import java.nio.file.Path;

/** Plot file checks shared with the command-line tests. */
public final class PlotFiles {
    private PlotFiles() {
    }

    /**
     * Asserts a valid PNG of the given size.
     *
     * @param file the file
     * @param width expected width
     * @param height expected height
     * @throws IOException if it cannot be read
     */
    public static void assertPng(Path file, int width, int height) throws IOException {
        ExperimentSpecTest.assertPng(file, width, height);
    }

    /**
     * Asserts well-formed SVG of the given size.
     *
     * @param file the file
     * @param width expected width
     * @param height expected height
     * @throws Exception if it cannot be parsed
     */
    public static void assertSvg(Path file, int width, int height) throws Exception {
        ExperimentSpecTest.assertSvg(file, width, height);
    }
}
