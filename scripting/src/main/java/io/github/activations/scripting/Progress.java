/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

/**
 * Receives progress of long work (checks with many tries, large batches of logits). The command
 * line draws a bar on a terminal and prints occasional lines otherwise.
 */
public interface Progress {
    /** Ignores all progress. */
    Progress NONE = new Progress() {
        @Override
        public void start(String label, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void finish() {
        }
    };

    /**
     * Starts a task.
     *
     * @param label what is being done, e.g. {@code check 'two-class softmax'}
     * @param total the number of steps
     */
    void start(String label, long total);

    /**
     * Reports the steps done so far in the current task; called often, so keep it cheap.
     *
     * @param done steps done, from 0 to the total
     */
    void advance(long done);

    /** Ends the current task. */
    void finish();
}
