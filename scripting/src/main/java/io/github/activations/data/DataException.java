/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import org.jspecify.annotations.Nullable;

/**
 * A data file cannot be read as logits or labels: it is missing, malformed, truncated, too large
 * for the heap, or holds values that are not allowed (NaN logits, labels out of range). The message
 * is one line that starts with where the problem is:
 *
 * <table class="striped">
 *   <caption>Message forms</caption>
 *   <thead><tr><th scope="col">where</th><th scope="col">message</th></tr></thead>
 *   <tbody>
 *   <tr><td>a file as a whole (binary formats, sizes)</td><td>{@code FILE: reason}</td></tr>
 *   <tr><td>a line of a text file</td><td>{@code FILE:LINE: reason}</td></tr>
 *   <tr><td>a cell of a CSV file (column = field number, from 1)</td><td>{@code FILE:LINE:COLUMN: reason}</td></tr>
 *   <tr><td>a JSON token (column = character on the line, from 1)</td><td>{@code FILE:LINE:COLUMN: reason}</td></tr>
 *   <tr><td>a member of an {@code .npz} archive</td><td>{@code FILE[member]: reason}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>FILE is the path as given (standard input is {@code -}). Lines and columns count from 1; 0
 * means "not known" and is left out of the message.
 */
public class DataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The file as the user named it. */
    private final String file;
    /** The line, from 1, or 0. */
    private final long line;
    /** The column, from 1, or 0. */
    private final int column;
    /** The reason without the place. */
    private final String reason;

    /**
     * Creates the exception for a file as a whole.
     *
     * @param file the file as the user named it
     * @param reason what is wrong, one line
     */
    public DataException(String file, String reason) {
        this(file, 0, 0, reason, null);
    }

    /**
     * Creates the exception for a file as a whole, caused by {@code cause} (an I/O error).
     *
     * @param file the file as the user named it
     * @param reason what is wrong, one line
     * @param cause the underlying error, or null
     */
    public DataException(String file, String reason, @Nullable Throwable cause) {
        this(file, 0, 0, reason, cause);
    }

    /**
     * Creates the exception for a line (and column) of a text file.
     *
     * @param file the file as the user named it
     * @param line the line, from 1, or 0 if not known
     * @param column the column, from 1, or 0 if not known
     * @param reason what is wrong, one line
     */
    public DataException(String file, long line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    /**
     * Creates the exception for a line (and column) of a text file, caused by {@code cause}.
     *
     * @param file the file as the user named it
     * @param line the line, from 1, or 0 if not known
     * @param column the column, from 1, or 0 if not known
     * @param reason what is wrong, one line
     * @param cause the underlying error, or null
     */
    public DataException(String file, long line, int column, String reason, @Nullable Throwable cause) {
        super(where(file, line, column) + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String where(String file, long line, int column) {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /**
     * Returns the file as the user named it ({@code -} for standard input, {@code FILE[member]} for
     * a member of an {@code .npz} archive).
     *
     * @return the file
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line, from 1, or 0 if the problem is not on a line.
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column, from 1, or 0 if not known: the field number in CSV, the character on the
     * line in JSON.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Returns the reason alone, without the location.
     *
     * @return what is wrong
     */
    public String reason() {
        return reason;
    }
}
