/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Internal kernels, checks and double-double arithmetic. Not part of the public API: these
 * types may change in any release.
 */
@NullMarked
package io.github.activations.internal;

import org.jspecify.annotations.NullMarked;
