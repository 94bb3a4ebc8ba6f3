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
                err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
                        + percent + "%");
                err.flush();
                lastShown = now;
                shown = true;
            }
        } else if (now - lastShown >= LINE_EVERY_NANOS) {
            err.println(label + ": " + done + "/" + total + " (" + (100 * Math.min(done, total) / total) + "%)");
            lastShown = now;
            shown = true;
        }
    }

    @Override
    public void finish() {
        if (!shown) {
            return;
        }
        double seconds = (clock.getAsLong() - started) / 1e9;
        if (terminal) {
            err.print("\r" + " ".repeat(label.length() + BAR_WIDTH + 8) + "\r");
        } else {
            err.println(label + ": done in " + String.format(Locale.ROOT, "%.1f", seconds) + " s");
        }
        err.flush();
        shown = false;
    }
}
