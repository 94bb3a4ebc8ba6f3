/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the bracket a script forgot to close, for a clearer message than the parser's when a
 * script does not compile: Groovy reports where it gave up, often lines after the real mistake.
 * Skips comments and quoted strings; a rough scan, used only to add a hint.
 */
final class Brackets {
    /** An unbalanced bracket: its 1-based line and what is wrong with it. */
    record Problem(int line, String reason) {
    }

    private Brackets() {
    }

    static Optional<Problem> unbalanced(String source) {
        Deque<int[]> open = new ArrayDeque<>(); // {char, line}
        int line = 1;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i + 1 < n && source.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 1;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'' || c == '"') {
                String quote = source.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3)
                        : String.valueOf(c);
                int j = i + quote.length();
                while (j < n && !source.startsWith(quote, j)) {
                    if (source.charAt(j) == '\\') {
                        j++;
                    } else if (quote.length() == 1 && source.charAt(j) == '\n') {
                        break; // an unterminated string: the parser says so
                    }
                    j++;
                }
                int end = Math.min(n - 1, j + quote.length() - 1);
                line += count(source, i, end);
                i = end;
            } else if (c == '(' || c == '[' || c == '{') {
                open.push(new int[] {c, line});
            } else if (c == ')' || c == ']' || c == '}') {
                if (open.isEmpty()) {
                    return Optional.of(new Problem(line, "'" + c + "' closes nothing"));
                }
                int[] top = open.pop();
                char expected = closer((char) top[0]);
                if (c != expected) {
                    return Optional.of(new Problem(top[1], "'" + (char) top[0] + "' is not closed: '" + expected
                            + "' missing"));
                }
            }
        }
        if (!open.isEmpty()) {
            int[] top = open.pop();
            return Optional.of(new Problem(top[1], "'" + (char) top[0] + "' is never closed: '" + closer((char) top[0]) + "' missing"));
        }
        return Optional.empty();
    }

    private static char closer(char open) {
        return open == '(' ? ')' : open == '[' ? ']' : '}';
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i <= to && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
