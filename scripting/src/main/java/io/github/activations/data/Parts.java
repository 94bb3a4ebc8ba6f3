/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one file yielded; labels not yet checked against the classes carry their text places. */
final class Parts {
    /** What a file is read for. */
    enum Want {
        /** Logits and, if the file holds them, labels. */
        BOTH,
        /** Logits only: a separate file holds the labels. */
        LOGITS,
        /** Labels only, for logits read before. */
        LABELS
    }

    @Nullable LogitMatrix logits;
    int @Nullable [] labels;
    /** Lines and columns of the labels in a text file, or null. */
    int @Nullable [] labelLines;
    int @Nullable [] labelPlaces;
    /** Class names of labels given as text (JSON strings), null entries for numeric ones; or null. */
    @Nullable List<@Nullable String> labelNames;
    /** Whether the labels were checked against the classes already. */
    boolean labelsChecked;
    /** Where in a CSV file the labels came from ({@code column 'label'}), or null. */
    @Nullable String labelsFrom;
    @Nullable List<String> classNames;
}
