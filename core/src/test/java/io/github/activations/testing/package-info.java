/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test support shared through core's test-jar: the seed source ({@link Seeds}), a seeded
 * generator of logits with edge cases mixed in ({@link LogitGenerator}), a small property
 * runner on plain JUnit Jupiter ({@link Property}), ulp arithmetic ({@link Ulps},
 * {@link UlpStats}) and a 50-digit oracle ({@link Reference}).
 *
 * <p>No jqwik: its maintainer asks that AI coding agents not use it, and we honour that.
 * Everything here is a few hundred lines of seeded {@link java.util.SplittableRandom}.
 */
package io.github.activations.testing;
