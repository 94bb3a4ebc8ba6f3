/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The file formats {@link DatasetReader} reads. A file's format is chosen by its extension, by
 * {@link DatasetReader.Builder#format(DataFormat)}, or, for standard input and unknown
 * extensions, by its first bytes:
 *
 * <table class="striped">
 *   <caption>Formats</caption>
 *   <thead><tr><th scope="col">format</th><th scope="col">extension</th><th scope="col">first bytes</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #NPY}</td><td>{@code .npy}</td><td>{@code \x93NUMPY}</td></tr>
 *   <tr><td>{@link #NPZ}</td><td>{@code .npz}</td><td>{@code PK} (a zip archive)</td></tr>
 *   <tr><td>{@link #JSON}</td><td>{@code .json}</td><td>{@code [} or <code>{</code> after white space</td></tr>
 *   <tr><td>{@link #TSV}</td><td>{@code .tsv}, {@code .tab}</td><td>anything else whose first line holds a tab and no comma</td></tr>
 *   <tr><td>{@link #CSV}</td><td>{@code .csv}</td><td>anything else</td></tr>
 *   </tbody>
 * </table>
 */
public enum DataFormat {
    /** A NumPy array file, versions 1.0, 2.0 and 3.0. */
    NPY,
    /** A zip archive of NumPy arrays ({@code numpy.savez}, {@code numpy.savez_compressed}). */
    NPZ,
    /** Comma-separated values (Apache Commons CSV). */
    CSV,
    /** Tab-separated values: CSV with a tab as delimiter. */
    TSV,
    /** JSON: an array of rows, or an object with {@code logits}, {@code labels}, {@code classes}. */
    JSON;

    /**
     * Returns the format a file name's extension names, ignoring case.
     *
     * <table class="striped">
     *   <caption>Special cases</caption>
     *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
     *   <tbody>
     *   <tr><td>no extension, or one not in the table above (e.g. {@code .txt})</td><td>null: the content decides</td></tr>
     *   <tr><td>{@code -} (standard input)</td><td>null</td></tr>
     *   </tbody>
     * </table>
     *
     * @param fileName a file name or path
     * @return the format, or null if the extension names none
     */
    public static @Nullable DataFormat ofFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".npy")) {
            return NPY;
        }
        if (n.endsWith(".npz")) {
            return NPZ;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".tsv") || n.endsWith(".tab")) {
            return TSV;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        return null;
    }
}
