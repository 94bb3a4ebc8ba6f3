/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Groovy static extension methods on {@code List}: {@code List.oneHot(1, 3) == [0, 1, 0]}. */
public final class ListStaticExtensions {
    private ListStaticExtensions() {
    }

    /**
     * Returns the one-hot vector with 1 at {@code index}.
     *
     * @param type the receiver type (Groovy passes null)
     * @param index the hot index, in [0, n)
     * @param n the length
     * @return a new list of n numbers
     */
    public static List<Double> oneHot(@Nullable List<?> type, int index, int n) {
        return Lists.oneHot(index, n);
    }
}
