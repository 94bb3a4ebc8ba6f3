/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

/** What {@code plot} draws from a data set's predictions. */
public enum PlotKind {
    /** Accuracy against confidence per equal-width bin, with the diagonal, the counts and the ECE. */
    RELIABILITY("reliability"),
    /** How many rows fall in each confidence bin, with the mean confidence and the accuracy marked. */
    CONFIDENCE("confidence");

    private final String word;

    PlotKind(String word) {
        this.word = word;
    }

    /**
     * Returns the word a script writes.
     *
     * @return the word
     */
    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }
}
