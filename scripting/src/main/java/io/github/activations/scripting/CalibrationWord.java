/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

/** A calibration method of {@code calibrate}. */
public enum CalibrationWord {
    /** Temperature scaling (Guo et al. 2017): softmax(z / T), T fitted by minimising the NLL. */
    TEMPERATURE("temperature"),
    /** Platt scaling (Platt 1999) of one score per row: σ(a·s + b), a and b fitted by minimising the NLL. */
    PLATT("platt");

    private final String word;

    CalibrationWord(String word) {
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
