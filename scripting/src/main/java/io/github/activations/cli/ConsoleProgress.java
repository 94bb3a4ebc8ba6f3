/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.scripting.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on standard error: a bar redrawn in place on a terminal; otherwise (CI logs, pipes) a
 * plain line now and then, only for work that takes a while.
 */
final class ConsoleProgress implements Progress {
    private static final long BAR_EVERY_NANOS = 100_000_000L;
    private static final long BAR_AFTER_NANOS = 300_000_000L;
    private static final long LINE_EVERY_NANOS = 3_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier clock;
    private String label = "";
    private long total;
    private long started;
    private long lastShown;
    private boolean shown;
    private int drawn;

    ConsoleProgress(PrintStream err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public void start(String label, long total) {
        this.label = label;
        this.total = Math.max(1, total);
        this.started = clock.getAsLong();
        this.lastShown = started;
        this.shown = false;
    }

    @Override
    public void advance(long done) {
        long now = clock.getAsLong();
        if (terminal) {
            if (now - started >= BAR_AFTER_NANOS && now - lastShown >= BAR_EVERY_NANOS) {
                int percent = (int) (100 * Math.min(done, total) / total);
                int filled = percent * BAR_WIDTH / 100;
                String line = label + " [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + percent + "%"
                        + pace(done, now);
                // pad over the end of a longer line drawn before
                err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
                drawn = line.length();
                err.flush();
                lastShown = now;
                shown = true;
            }
        } else if (now - lastShown >= LINE_EVERY_NANOS) {
            err.println(label + ": " + done + "/" + total + " (" + (100 * Math.min(done, total) / total) + "%"
                    + pace(done, now) + ")");
            lastShown = now;
            shown = true;
        }
    }

    /**
     * The rate and the time left, from the average rate so far: {@code , 12.5k/s, 40 s left}; empty
     * before anything is done.
     */
    private String pace(long done, long now) {
        double seconds = (now - started) / 1e9;
        if (done <= 0 || seconds <= 0) {
            return "";
        }
        double rate = done / seconds;
        long left = Math.round(Math.max(0, total - done) / rate);
        return ", " + count(rate) + "/s, " + duration(left) + " left";
    }

    /** A rate with a metric prefix: 950, 12.5k, 3.2M. */
    static String count(double x) {
        if (x < 1_000) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (x < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", x / 1e3);
        }
        if (x < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1fM", x / 1e6);
        }
        return String.format(Locale.ROOT, "%.1fG", x / 1e9);
    }

    /** Whole seconds as {@code 42 s}, {@code 3 min 05 s} or {@code 2 h 07 min}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    @Override
    public void finish() {
        if (!shown) {
            return;
        }
        double seconds = (clock.getAsLong() - started) / 1e9;
        if (terminal) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        } else {
            err.println(label + ": done in " + String.format(Locale.ROOT, "%.1f", seconds) + " s");
        }
        err.flush();
        shown = false;
    }
}
