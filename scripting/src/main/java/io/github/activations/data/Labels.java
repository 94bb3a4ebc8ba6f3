/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Label values: parsing text labels and checking class indices. */
final class Labels {
    private Labels() {
    }

    /** Thrown by {@link #parse} with the reason only; the caller adds the place. */
    static final class BadLabel extends Exception {
        private static final long serialVersionUID = 1L;

        BadLabel(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Returns the class index a text cell names: a whole number ({@code 2}, {@code 2.0}), else one
     * of {@code classNames} (so a number is always an index, even where class names are numbers).
     * The upper bound is checked by {@link #check}.
     */
    static int parse(String text, @Nullable List<String> classNames) throws BadLabel {
        if (Text.isNumber(text)) {
            return ofDouble(Text.parseNumber(text), text);
        }
        if (classNames != null) {
            int i = classNames.indexOf(text);
            if (i >= 0) {
                return i;
            }
        }
        if (text.isEmpty()) {
            throw new BadLabel("empty label cell");
        }
        if (classNames == null) {
            throw new BadLabel("label " + Text.quote(text) + " is not a class index (and no class names are known)");
        }
        throw new BadLabel("label " + Text.quote(text) + " is neither a class index nor a class name (classes: "
                + String.join(", ", classNames) + ")" + Text.didYouMean(text, classNames));
    }

    /** Returns {@code v} as a class index if it is a whole number in [0, 2^31 - 1). */
    static int ofDouble(double v, Object shown) throws BadLabel {
        if (v != Math.rint(v) || Double.isInfinite(v)) {
            throw new BadLabel("label " + shown + " is not a whole number (labels are class indices 0, 1, ...)");
        }
        return ofLong((long) v, shown);
    }

    /** Returns {@code v} as a class index if it is in [0, 2^31 - 1). */
    static int ofLong(long v, Object shown) throws BadLabel {
        if (v < 0) {
            throw new BadLabel("label " + shown + " is negative (labels are class indices 0, 1, ...)");
        }
        if (v >= Integer.MAX_VALUE) {
            throw new BadLabel("label " + shown + " is too large for a class index");
        }
        return (int) v;
    }

    /** The number of classes labels may name: the columns, or 2 for one score per row. */
    static int classes(int columns) {
        return columns == 1 ? 2 : columns;
    }

    /** The reason for a label that is too large. */
    static String outOfRange(int row, int label, int columns) {
        return "label of row " + row + " is " + label + ", outside [0, " + classes(columns) + ")"
                + (columns == 1 ? " (one score per row: labels are 0 or 1)" : " (the logits have " + columns
                + " columns)");
    }

    /**
     * Checks every label against the classes of {@code columns} logit columns; {@code lines} and
     * {@code places} (or null) give each label's place in a text file.
     */
    static void check(int[] labels, int columns, String file, int @Nullable [] lines, int @Nullable [] places) {
        int classes = classes(columns);
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] >= classes) {
                throw lines == null || places == null ? new DataException(file, outOfRange(r, labels[r], columns))
                        : new DataException(file, lines[r], places[r], outOfRange(r, labels[r], columns));
            }
        }
    }
}
