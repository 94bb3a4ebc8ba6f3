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
        return best != null && bestDistance <= Math.max(1, wrong.length() / 3) ? "; did you mean '" + best + "'?" : "";
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** Quotes {@code s} for a message, cut at 40 characters. */
    static String quote(String s) {
        return "'" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "'";
    }
}
