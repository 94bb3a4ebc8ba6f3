/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import io.github.activations.scripting.Progress;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * JSON logits and labels: {@code [[...], ...]} (rows), {@code [...]} (one score per row, or labels)
 * or an object {@code {"logits": [[...]], "labels": [...], "classes": [...]}}.
 *
 * <p>A small streaming parser of its own rather than Groovy's JsonSlurper, which (groovy-json
 * 5.0.7) turns {@code -0.0} into {@code 0.0}, the integer {@code 12345678901234567890} into the
 * long {@code -6101065172474983726} without a word, keeps every number as a boxed
 * {@code BigDecimal} (tens of bytes each) and reports no line for a bad value. This one parses each
 * number token with {@link Double#parseDouble(String)} (correctly rounded, sign of zero kept) into
 * a primitive array and reports every error at its line and column. It accepts strict JSON plus the
 * tokens {@code NaN}, {@code Infinity} and {@code -Infinity} that Python's {@code json.dump} writes:
 * ±∞ is kept, NaN is rejected with its row and column.
 */
final class JsonData {
    private final Reader in;
    private final String file;
    private final Parts.Want want;
    private final String logitsKey;
    private final String labelsKey;
    private final LongSupplier memory;
    private final char[] buffer = new char[1 << 14];
    private int length;
    private int next;
    private int c;
    private int line = 1;
    private int column;

    private JsonData(Reader in, String file, Parts.Want want, String logitsKey, String labelsKey,
            LongSupplier memory) {
        this.in = in;
        this.file = file;
        this.want = want;
        this.logitsKey = logitsKey;
        this.labelsKey = labelsKey;
        this.memory = memory;
    }

    static Parts read(Input input, Parts.Want want, String logitsKey, String labelsKey, Progress progress,
            LongSupplier memory) {
        try {
            progress.start("read " + input.name, Math.max(0, input.size()));
            try (Reader r = Text.reader(input.stream(), progress)) {
                JsonData json = new JsonData(r, input.name, want, logitsKey, labelsKey, memory);
                json.advance();
                return json.document();
            } finally {
                progress.finish();
            }
        } catch (CharacterCodingException e) {
            throw Text.notUtf8(input, e);
        } catch (IOException e) {
            throw new DataException(input.name, "cannot read: " + e.getMessage(), e);
        }
    }

    private void advance() throws IOException {
        if (c == '\n') {
            line++;
            column = 0;
        }
        if (next == length) {
            length = in.read(buffer);
            next = 0;
            if (length <= 0) {
                length = 0;
                c = -1;
                column++;
                return;
            }
        }
        c = buffer[next++];
        column++;
    }

    private void space() throws IOException {
        while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            advance();
        }
    }

    private DataException error(String reason) {
        return new DataException(file, line, column, reason);
    }

    private String found() {
        return c < 0 ? "the end of the file" : c == '"' ? "a string" : c == '[' ? "'['" : c == '{' ? "'{'"
                : Character.isLetter(c) ? "a word" : "'" + (char) c + "'";
    }

    private void expect(char want) throws IOException {
        space();
        if (c != want) {
            throw error("expected '" + want + "', found " + found());
        }
        advance();
    }

    private Parts document() throws IOException {
        space();
        Parts parts = new Parts();
        if (c == '[') {
            if (want == Parts.Want.LABELS) {
                labels(parts);
            } else {
                parts.logits = logits();
            }
        } else if (c == '{') {
            object(parts);
        } else {
            throw error("expected '[' or '{' to start the JSON, found " + found());
        }
        space();
        if (c >= 0) {
            throw error("unexpected " + found() + " after the JSON value");
        }
        return parts;
    }

    private void object(Parts parts) throws IOException {
        int startLine = line;
        int startColumn = column;
        advance();
        List<String> keys = new ArrayList<>(List.of(logitsKey, labelsKey, "classes"));
        if (logitsKey.equals("logits")) {
            keys.add("scores");
        }
        List<String> seen = new ArrayList<>();
        space();
        if (c != '}') {
            while (true) {
                space();
                if (c != '"') {
                    throw error("expected a key in quotes, found " + found());
                }
                int keyLine = line;
                int keyColumn = column;
                String key = string();
                if (!keys.contains(key)) {
                    throw new DataException(file, keyLine, keyColumn, "unknown key \"" + key + "\" (keys: "
                            + String.join(", ", keys) + ")" + Text.didYouMean(key, keys));
                }
                boolean isLogits = key.equals(logitsKey) || key.equals("scores") && keys.contains("scores")
                        && !key.equals(labelsKey);
                String kind = isLogits ? "logits" : key;
                if (seen.contains(kind)) {
                    throw new DataException(file, keyLine, keyColumn, "a second \"" + key + "\"");
                }
                seen.add(kind);
                expect(':');
                space();
                if (isLogits) {
                    if (want == Parts.Want.LABELS) {
                        throw new DataException(file, keyLine, keyColumn, "holds logits too (\"" + key
                                + "\"), and is read for labels only");
                    }
                    parts.logits = logits();
                } else if (key.equals(labelsKey)) {
                    if (want == Parts.Want.LOGITS) {
                        throw new DataException(file, keyLine, keyColumn, "holds labels too (\"" + key
                                + "\"), and a separate labels file was given: give the labels in one place");
                    }
                    labels(parts);
                } else {
                    parts.classNames = classes();
                }
                space();
                if (c == ',') {
                    advance();
                } else if (c == '}') {
                    break;
                } else {
                    throw error("expected ',' or '}', found " + found());
                }
            }
        }
        advance();
        if (want != Parts.Want.LABELS && parts.logits == null) {
            throw new DataException(file, startLine, startColumn, "no \"" + logitsKey + "\" in the object");
        }
        if (want == Parts.Want.LABELS && parts.labels == null) {
            throw new DataException(file, startLine, startColumn, "no \"" + labelsKey + "\" in the object");
        }
    }

    /** Reads {@code [[..], ..]} (rows) or {@code [..]} (one score per row). */
    private LogitMatrix logits() throws IOException {
        if (c != '[') {
            throw error("expected '[' for the logits, found " + found());
        }
        int startLine = line;
        int startColumn = column;
        advance();
        space();
        if (c == ']') {
            throw error("no rows: the logits are empty");
        }
        Store.Doubles values = new Store.Doubles(memory, file, "logits", 1024);
        int rows = 0;
        int columns = -1;
        if (c == '[') {
            while (true) {
                space();
                if (c != '[') {
                    throw error("expected '[' to start row " + rows + ", found " + found());
                }
                advance();
                int n = 0;
                space();
                if (c == ']') {
                    throw error("row " + rows + " is empty");
                }
                while (true) {
                    logit(values, rows, n++);
                    space();
                    if (c == ',') {
                        advance();
                    } else if (c == ']') {
                        break;
                    } else {
                        throw error("expected ',' or ']' in row " + rows + ", found " + found());
                    }
                }
                if (columns >= 0 && n != columns) {
                    throw error("row " + rows + " has " + n + " entries, row 0 has " + columns);
                }
                columns = n;
                rows++;
                advance();
                space();
                if (c == ',') {
                    advance();
                } else if (c == ']') {
                    break;
                } else {
                    throw error("expected ',' or ']' after row " + (rows - 1) + ", found " + found());
                }
            }
        } else {
            columns = 1;
            while (true) {
                logit(values, rows++, 0);
                space();
                if (c == ',') {
                    advance();
                } else if (c == ']') {
                    break;
                } else {
                    throw error("expected ',' or ']', found " + found());
                }
            }
        }
        advance();
        double[] data = values.toArray();
        int r = rows;
        int k = columns;
        try {
            return LogitMatrix.wrap(data, r, k);
        } catch (IllegalArgumentException e) {
            throw new DataException(file, startLine, startColumn, e.getMessage(), e);
        }
    }

    private void logit(Store.Doubles values, int row, int col) throws IOException {
        space();
        int at = column;
        String token = token();
        double v = number(token, "a logit");
        if (Double.isNaN(v)) {
            throw new DataException(file, line, at, "logits[row " + row + ", column " + col + "] is NaN");
        }
        values.add(v);
    }

    /** Reads labels: whole numbers, or class names in quotes (resolved once the classes are known). */
    private void labels(Parts parts) throws IOException {
        if (c != '[') {
            throw error("expected '[' for the labels, found " + found());
        }
        advance();
        space();
        if (c == ']') {
            throw error("no labels: the array is empty");
        }
        Store.Ints values = new Store.Ints(memory, file, "labels", 1024);
        Store.Ints lines = new Store.Ints(memory, file, "labels", 1024);
        Store.Ints places = new Store.Ints(memory, file, "labels", 1024);
        List<@Nullable String> names = null;
        while (true) {
            space();
            lines.add(line);
            places.add(column);
            if (c == '"') {
                if (names == null) {
                    names = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        names.add(null);
                    }
                }
                names.add(string());
                values.add(0);
            } else {
                int at = column;
                String token = token();
                double v = number(token, "a label");
                try {
                    values.add(Labels.ofDouble(v, token));
                } catch (Labels.BadLabel e) {
                    throw new DataException(file, line, at, e.at(values.size()));
                }
                if (names != null) {
                    names.add(null);
                }
            }
            space();
            if (c == ',') {
                advance();
            } else if (c == ']') {
                break;
            } else {
                throw error("expected ',' or ']' in the labels, found " + found());
            }
        }
        advance();
        parts.labels = values.toArray();
        parts.labelLines = lines.toArray();
        parts.labelPlaces = places.toArray();
        parts.labelNames = names;
    }

    private List<String> classes() throws IOException {
        if (c != '[') {
            throw error("expected '[' for the class names, found " + found());
        }
        advance();
        List<String> names = new ArrayList<>();
        space();
        if (c == ']') {
            advance();
            return names;
        }
        while (true) {
            space();
            if (c != '"') {
                throw error("expected a class name in quotes, found " + found());
            }
            names.add(string());
            space();
            if (c == ',') {
                advance();
            } else if (c == ']') {
                break;
            } else {
                throw error("expected ',' or ']' in the class names, found " + found());
            }
        }
        advance();
        return names;
    }

    /** Reads a bare token (number or word) up to a delimiter. */
    private String token() throws IOException {
        StringBuilder b = new StringBuilder();
        while (c >= 0 && (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || Character.isLetter(c))) {
            b.append((char) c);
            advance();
        }
        return b.toString();
    }

    private double number(String token, String what) {
        switch (token) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            case "null":
            case "true":
            case "false":
                throw new DataException(file, line, column - token.length(), "expected " + what + " (a number), found "
                        + token);
            default:
                break;
        }
        if (token.isEmpty()) {
            throw error("expected " + what + " (a number), found " + found());
        }
        if (!isJsonNumber(token)) {
            throw new DataException(file, line, column - token.length(), Text.quote(token) + " is not a JSON number ("
                    + what + ")");
        }
        return Double.parseDouble(token);
    }

    /** JSON's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    static boolean isJsonNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            i++;
        } else {
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private String string() throws IOException {
        advance();
        StringBuilder b = new StringBuilder();
        while (c != '"') {
            if (c < 0) {
                throw error("unterminated string");
            }
            if (c < 0x20) {
                throw error("a control character in a string");
            }
            if (c == '\\') {
                advance();
                switch (c) {
                    case '"', '\\', '/' -> b.append((char) c);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            advance();
                            int d = Character.digit(c, 16);
                            if (d < 0) {
                                throw error("bad \\u escape");
                            }
                            v = v * 16 + d;
                        }
                        b.append((char) v);
                    }
                    default -> throw error("bad escape \\" + (c < 0 ? "" : String.valueOf((char) c)));
                }
            } else {
                b.append((char) c);
            }
            advance();
        }
        advance();
        return b.toString();
    }
}
