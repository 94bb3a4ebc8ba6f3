/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import io.github.activations.scripting.Progress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;

/** Shared pieces of the text formats: UTF-8 decoding, numbers, "did you mean". */
final class Text {
    private Text() {
    }

    static int bomLength(byte[] head) {
        return head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
                ? 3 : 0;
    }

    /** Whether the first line that is not blank or a {@code #} comment holds a tab and no comma. */
    static boolean sniffTabs(byte[] head) {
        int i = bomLength(head);
        while (i < head.length) {
            int end = i;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            boolean tab = false;
            boolean comma = false;
            boolean content = false;
            for (int j = i; j < end; j++) {
                tab |= head[j] == '\t';
                comma |= head[j] == ',';
                content |= head[j] != ' ' && head[j] != '\t' && head[j] != '\r';
            }
            if (content && head[i] != '#') {
                return tab && !comma;
            }
            i = end + 1;
        }
        return false;
    }

    /**
     * Returns a strict UTF-8 reader over {@code in} (malformed bytes are an error, not U+FFFD),
     * past a byte-order mark, reporting the bytes read to {@code progress}.
     */
    static Reader reader(InputStream in, Progress progress) throws IOException {
        InputStream counted = new Counting(in, progress);
        InputStream buffered = new java.io.BufferedInputStream(counted, 1 << 16);
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (bomLength(bom) == 0) {
            buffered.reset();
        }
        return new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Counts the bytes read and reports them every megabyte. */
    private static final class Counting extends FilterInputStream {
        private final Progress progress;
        private long count;
        private long reported;

        Counting(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) {
            count += n;
            if (count - reported >= 1 << 20) {
                reported = count;
                progress.advance(count);
            }
        }
    }

    /**
     * Whether {@code s} is a number: an optionally signed decimal ({@code 12}, {@code -0.5},
     * {@code .5}, {@code 1e-3}, {@code 2.}), or {@code inf}, {@code infinity}, {@code nan} in any
     * case. Unlike {@link Double#parseDouble(String)}, no hexadecimal, no {@code d}/{@code f}
     * suffix, no white space.
     */
    static boolean isNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i < n && Character.isLetter(s.charAt(i))) {
            String w = s.substring(i).toLowerCase(Locale.ROOT);
            return w.equals("inf") || w.equals("infinity") || w.equals("nan");
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses a string for which {@link #isNumber(String)} holds, correctly rounded. */
    static double parseNumber(String s) {
        char last = s.charAt(s.length() - 1);
        if (last >= '0' && last <= '9' || last == '.') {
            return Double.parseDouble(s);
        }
        String w = s.toLowerCase(Locale.ROOT);
        if (w.endsWith("nan")) {
            return Double.NaN;
        }
        return w.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /**
     * Returns {@code "; did you mean 'x'?"} for the candidate closest to {@code wrong} (same text
     * in another case, or at most a third of its letters changed), else "".
     */
    static String didYouMean(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = c.equalsIgnoreCase(wrong) ? 0 : distance(wrong.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        // a one-letter name is one edit from every other: 'd' is no typo of 'a', but 'A' is
        int allowed = wrong.length() == 1 ? 0 : Math.max(1, wrong.length() / 3);
        return best != null && bestDistance <= allowed ? "; did you mean '" + best + "'?" : "";
    }

    /** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * Returns the error for text that is not UTF-8: for a file, the line and byte offset of the
     * first malformed byte (the reader decodes ahead of the parser, so its position says nothing).
     */
    static DataException notUtf8(Input in, Throwable cause) {
        java.nio.file.Path path = in.path();
        if (path != null) {
            try (java.io.InputStream s = java.nio.file.Files.newInputStream(path)) {
                java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
                java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
                long offset = 0;
                long line = 1;
                boolean end = false;
                while (!end) {
                    int n = s.read(bytes.array(), bytes.position(), bytes.remaining());
                    end = n < 0;
                    bytes.position(bytes.position() + Math.max(n, 0));
                    bytes.flip();
                    int start = bytes.position();
                    java.nio.charset.CoderResult r = decoder.decode(bytes, chars, end);
                    for (int i = start; i < bytes.position(); i++) {
                        line += bytes.get(i) == '\n' ? 1 : 0;
                    }
                    offset += bytes.position() - start;
                    if (r.isError()) {
                        return new DataException(in.name, line, 0, String.format(Locale.ROOT,
                                "not UTF-8 text (byte 0x%02X at offset %d)", bytes.get() & 0xff, offset), cause);
                    }
                    bytes.compact();
                    chars.clear();
                }
            } catch (java.io.IOException e) {
                // fall through: report without a place
            }
        }
        return new DataException(in.name, "not UTF-8 text", cause);
    }

    /** Quotes {@code s} for a message, cut at 40 characters. */
    static String quote(String s) {
        return "'" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "'";
    }
}
