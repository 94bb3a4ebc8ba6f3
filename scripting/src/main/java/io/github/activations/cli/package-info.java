/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code activations} command line: {@code run} and {@code check} experiment scripts and
 * print their results as a table, CSV or JSON.
 */
@org.jspecify.annotations.NullMarked
package io.github.activations.cli;
