/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a {@code check}: a property tried on seeded random inputs.
 *
 * @param name the property as the script named it
 * @param tries how many inputs were tried (fewer than asked when one failed)
 * @param passed whether every input satisfied the property
 * @param seed the seed; the same seed replays the same inputs
 * @param counterexample the first failing input, one value per closure parameter; null if passed
 * @param error the exception the property threw on the counterexample, if it threw
 */
public record CheckResult(String name, long tries, boolean passed, long seed, @Nullable List<Object> counterexample,
        @Nullable String error) {
}
