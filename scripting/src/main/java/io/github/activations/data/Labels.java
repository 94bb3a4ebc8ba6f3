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

    /**
     * Thrown by {@link #parse} with the value and reason ({@code 0.5, not a whole number …}); the caller
     * adds the row with {@link #at(int)} and the place.
     */
    static final class BadLabel extends Exception {
        private static final long serialVersionUID = 1L;

        BadLabel(String valueAndReason) {
            super(valueAndReason, null, false, false);
        }

        /** The message for the label of {@code row}: {@code label of row 3 is 0.5, not a whole number (…)}. */
        String at(int row) {
            return "label of row " + row + " is " + getMessage();
        }
    }

    /**
     * Returns the class index a text cell names: a whole number ({@code 2}, {@code 2.0}), else one
     * of {@code classNames} (so a number is always an index, even where class names are numbers).
     * The range [0, classes) is checked by {@link #check}.
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
            throw new BadLabel("an empty cell");
        }
        if (classNames == null) {
            throw new BadLabel(Text.quote(text) + ", not a class index (and no class names are known)");
        }
        throw new BadLabel(Text.quote(text) + ", neither a class index nor a class name (classes: "
                + String.join(", ", classNames) + ")" + Text.didYouMean(text, classNames));
    }

    /** Returns {@code v} as an int if it is a whole number in [-2^31, 2^31 - 1); {@link #check} rejects negatives. */
    static int ofDouble(double v, Object shown) throws BadLabel {
        if (v != Math.rint(v) || Double.isInfinite(v)) {
            throw new BadLabel(shown + ", not a whole number (labels are class indices 0, 1, ...)");
        }
        return ofLong((long) v, shown);
    }

    /** Returns {@code v} as an int if it is in [-2^31, 2^31 - 1); {@link #check} rejects negatives. */
    static int ofLong(long v, Object shown) throws BadLabel {
        if (v < Integer.MIN_VALUE || v >= Integer.MAX_VALUE) {
            throw new BadLabel(shown + ", outside [0, " + Integer.MAX_VALUE + "), the range of class indices");
        }
        return (int) v;
    }

    /** Whether {@code label} is a class of {@code columns} logit columns. */
    static boolean inRange(int label, int columns) {
        return label >= 0 && label < classes(columns);
    }

    /** The number of classes labels may name: the columns, or 2 for one score per row. */
    static int classes(int columns) {
        return columns == 1 ? 2 : columns;
    }

    /** The reason for a label outside the classes. */
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
            if (labels[r] < 0 || labels[r] >= classes) {
                throw lines == null || places == null ? new DataException(file, outOfRange(r, labels[r], columns))
                        : new DataException(file, lines[r], places[r], outOfRange(r, labels[r], columns));
            }
        }
    }
}
