/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import io.github.activations.scripting.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * CSV and TSV through Apache Commons CSV: {@code #} comment lines, blank lines skipped, quoted
 * fields, spaces around fields ignored. A file is first scanned for its line count, so the logits
 * go into one array of the final size (no copy); standard input grows its array as it goes.
 */
final class CsvData {
    /** What the caller knows: options, and for a labels-only file the logits read before. */
    static final class Options {
        char delimiter = ',';
        @Nullable Boolean header;
        @Nullable String labelColumnName;
        @Nullable Integer labelColumnIndex;
        /** Whether a header column named {@code label} or {@code labels} is the label column when none is named. */
        boolean labelColumnByHeader = true;
        @Nullable List<String> classNames;
        /** LABELS: the logit columns and class names of the logits read before. */
        int logitColumns = -1;
        Progress progress = Progress.NONE;
        LongSupplier memory = Memory.HEAP;
    }

    private final Input in;
    private final String file;
    private final Parts.Want want;
    private final Options o;
    private long line;

    private CsvData(Input in, Parts.Want want, Options o) {
        this.in = in;
        this.file = in.name;
        this.want = want;
        this.o = o;
    }

    static Parts read(Input in, Parts.Want want, Options o) {
        try {
            return new CsvData(in, want, o).read();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Text.notUtf8(in, e);
        } catch (IOException e) {
            throw new DataException(in.name, "cannot read: " + e.getMessage(), e);
        }
    }

    private Parts read() throws IOException {
        Path path = in.path();
        long lines = path == null ? -1 : dataLines(path);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(o.delimiter).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        long size = in.size();
        o.progress.start("read " + file, Math.max(0, size));
        try (Reader reader = Text.reader(in.stream(), o.progress); CSVParser parser = format.parse(reader)) {
            return records(parser, lines);
        } finally {
            o.progress.finish();
        }
    }

    private @Nullable CSVRecord next(Iterator<CSVRecord> it, CSVParser parser) {
        try {
            while (it.hasNext()) {
                CSVRecord r = it.next();
                line = parser.getCurrentLineNumber();
                for (String cell : r) {
                    for (int i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) {
                        line--;
                    }
                }
                if (r.size() > 1 || !r.get(0).isBlank()) {
                    return r;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                throw Text.notUtf8(in, e);
            }
            String message = String.valueOf(cause != null ? cause.getMessage() : e.getMessage());
            throw new DataException(file, parser.getCurrentLineNumber(), 0, "malformed CSV: "
                    + message.replaceFirst("^\\(startline \\d+\\) ", ""), e);
        }
    }

    private static String cell(CSVRecord r, int i) {
        String s = r.get(i);
        return s.isEmpty() || !Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(s.length() - 1))
                ? s : s.strip();
    }

    private Parts records(CSVParser parser, long lines) {
        Iterator<CSVRecord> it = parser.iterator();
        CSVRecord first = next(it, parser);
        if (first == null) {
            throw new DataException(file, "no rows: only blank lines or # comments");
        }
        long firstLine = line;
        int columns = first.size();
        int labelColumn = labelColumn(first, columns);
        boolean header = header(first, labelColumn);
        String labelsFrom = null;
        if (header && labelColumn < 0 && o.labelColumnName == null && o.labelColumnIndex == null
                && o.labelColumnByHeader) {
            labelColumn = labelHeader(first, firstLine);
            if (labelColumn >= 0 && want == Parts.Want.LOGITS) {
                throw new DataException(file, firstLine, labelColumn + 1, "holds labels too (column '"
                        + cell(first, labelColumn) + "'), and a separate labels file was given: give the labels in one"
                        + " place, or labelColumn: null to read the column as logits");
            }
            labelsFrom = labelColumn >= 0 ? cell(first, labelColumn) : null;
        }
        if (want == Parts.Want.LABELS && labelColumn < 0 && o.labelColumnName == null) {
            throw new DataException(file, firstLine, 0, "a labels file with " + columns + " columns: say which"
                    + " holds the labels (labelColumn), or name it label in the header");
        }
        boolean byName = o.labelColumnName != null && want != Parts.Want.LOGITS;
        if (!header && byName) {
            throw new DataException(file, firstLine, 0, "labelColumn '" + o.labelColumnName + "' needs a header row,"
                    + " but the first row is all numbers");
        }
        if (header && byName) {
            labelColumn = byName(first, Objects.requireNonNull(o.labelColumnName), firstLine);
            labelsFrom = cell(first, labelColumn);
        }
        boolean labelsOnly = want == Parts.Want.LABELS;
        int logitColumns = labelsOnly ? 0 : columns - (labelColumn >= 0 ? 1 : 0);
        if (!labelsOnly && logitColumns == 0) {
            throw new DataException(file, firstLine, 0, "no logit columns: the only column holds the labels");
        }
        if (header && !labelsOnly) {
            for (int i = 0; i < columns; i++) {
                if (i != labelColumn && cell(first, i).isEmpty()) {
                    throw new DataException(file, firstLine, i + 1, "column " + i + " has no name in the header:"
                            + " a row index, as pandas' to_csv writes unless index=False? Remove the column or name it");
                }
            }
        }
        List<String> names = o.classNames;
        List<String> headerNames = null;
        if (header && !labelsOnly && logitColumns > 1) {
            headerNames = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                if (i != labelColumn) {
                    headerNames.add(cell(first, i));
                }
            }
            if (names == null) {
                names = headerNames;
            }
        }
        int classColumns = labelsOnly ? o.logitColumns : logitColumns;
        long rows = lines < 0 ? 1024 : Math.max(1, lines - (header ? 1 : 0));
        String what = "logits of " + (lines < 0 ? "" : "up to ") + rows + " rows x " + logitColumns + " float64";
        Store.Doubles logits = labelsOnly ? null : new Store.Doubles(o.memory, file, what,
                Math.multiplyExact(rows, logitColumns));
        Store.Ints labels = labelColumn < 0 ? null : new Store.Ints(o.memory, file, rows + " labels", rows);
        CSVRecord r = header ? next(it, parser) : first;
        long expectedFrom = firstLine;
        int row = 0;
        for (; r != null; r = next(it, parser), row++) {
            if (r.size() != columns) {
                throw new DataException(file, line, Math.min(r.size(), columns) + 1, "row has " + r.size()
                        + " cells, expected " + columns + " (as in the " + (header ? "header" : "first row") + " on line "
                        + expectedFrom + ")");
            }
            int logitColumn = 0;
            for (int i = 0; i < columns; i++) {
                String s = cell(r, i);
                if (i == labelColumn) {
                    int label;
                    try {
                        label = Labels.parse(s, names);
                    } catch (Labels.BadLabel e) {
                        throw new DataException(file, line, i + 1, e.at(row));
                    }
                    if (classColumns > 0 && !Labels.inRange(label, classColumns)) {
                        throw new DataException(file, line, i + 1, Labels.outOfRange(row, label, classColumns));
                    }
                    labels.add(label);
                } else if (logits != null) {
                    if (!Text.isNumber(s)) {
                        throw new DataException(file, line, i + 1, (s.isEmpty() ? "empty cell"
                                : Text.quote(s) + " is not a number") + " (logit column " + logitColumn + ")");
                    }
                    double v = Text.parseNumber(s);
                    if (Double.isNaN(v)) {
                        throw new DataException(file, line, i + 1, "logits[row " + row + ", column " + logitColumn
                                + "] is NaN");
                    }
                    logits.add(v);
                    logitColumn++;
                }
            }
        }
        if (row == 0) {
            throw new DataException(file, firstLine, 0, "no data rows: only a header");
        }
        Parts parts = new Parts();
        if (logits != null) {
            int c = logitColumns;
            int n = row;
            double[] data = logits.toArray();
            parts.logits = Npy.wrap(file, () -> LogitMatrix.wrap(data, n, c));
        }
        if (labels != null) {
            parts.labels = labels.toArray();
            parts.labelsChecked = classColumns > 0;
            if (columns > 1) {
                parts.labelsFrom = labelsFrom != null ? "column '" + labelsFrom + "'" : "column " + labelColumn;
            }
        }
        parts.classNames = headerNames;
        return parts;
    }

    /** The label column from the options by index, or for a one-column labels file 0; else -1. */
    private int labelColumn(CSVRecord first, int columns) {
        if (want == Parts.Want.LOGITS) {
            return -1;
        }
        Integer index = o.labelColumnIndex;
        if (index != null) {
            int i = index < 0 ? columns + index : index;
            if (i < 0 || i >= columns) {
                throw new DataException(file, line, 0, "labelColumn " + index + " is outside the " + columns
                        + " columns (0 to " + (columns - 1) + ", or -1 for the last)");
            }
            return i;
        }
        return want == Parts.Want.LABELS && o.labelColumnName == null && columns == 1 ? 0 : -1;
    }

    /**
     * The header column named {@code label} or {@code labels} (any case), or -1; two such columns are
     * an error naming both.
     */
    private int labelHeader(CSVRecord header, long at) {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            String s = cell(header, i);
            if (s.equalsIgnoreCase("label") || s.equalsIgnoreCase("labels")) {
                if (found >= 0) {
                    throw new DataException(file, at, i + 1, "two columns could hold the labels, '"
                            + cell(header, found) + "' (column " + found + ") and '" + s + "' (column " + i
                            + "): say which with labelColumn");
                }
                found = i;
            }
        }
        return found;
    }

    /** Whether the first row is a header: forced by the options, else when a cell is not a number. */
    private boolean header(CSVRecord first, int labelColumn) {
        Boolean forced = o.header;
        if (forced != null) {
            return forced;
        }
        List<String> names = o.classNames;
        for (int i = 0; i < first.size(); i++) {
            String s = cell(first, i);
            boolean label = i == labelColumn && names != null && names.contains(s);
            if (!label && !Text.isNumber(s)) {
                return true;
            }
        }
        return false;
    }

    private int byName(CSVRecord header, String name, long at) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            cells.add(cell(header, i));
        }
        int i = cells.indexOf(name);
        if (i < 0) {
            String shown = cells.size() <= 12 ? String.join(", ", cells) : String.join(", ", cells.subList(0, 10))
                    + ", … " + (cells.size() - 11) + " more, " + cells.get(cells.size() - 1);
            throw new DataException(file, at, 0, "no column '" + name + "' for the labels (columns: " + shown + ")"
                    + Text.didYouMean(name, cells));
        }
        return i;
    }

    /**
     * Counts the lines that are neither blank nor {@code #} comments: an upper bound on the records
     * (a quoted field may span lines), exact for the usual numeric file.
     */
    private long dataLines(Path path) throws IOException {
        long count = 0;
        boolean start = true;
        boolean content = false;
        boolean comment = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream s = Files.newInputStream(path)) {
            boolean first = true;
            for (int n = s.read(buffer); n >= 0; n = s.read(buffer)) {
                int from = first ? Text.bomLength(java.util.Arrays.copyOf(buffer, Math.min(n, 3))) : 0;
                first = false;
                for (int i = from; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        count += content && !comment ? 1 : 0;
                        start = true;
                        content = false;
                        comment = false;
                    } else {
                        if (start && b == '#') {
                            comment = true;
                        }
                        content |= b != ' ' && b != '\t' && b != '\r';
                        start = false;
                    }
                }
            }
        }
        return count + (content && !comment ? 1 : 0);
    }
}
