/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard input and output are an interactive terminal, right on JDK 17 to 25: from JDK 22
 * on {@link System#console()} returns a console even when output is redirected, and
 * {@code Console.isTerminal()} (new in 22) tells the difference; before 22 a console exists only on
 * a terminal.
 */
final class Terminal {
    private Terminal() {
    }

    static boolean isTerminal() {
        return isTerminal(System.console());
    }

    static boolean isTerminal(@org.jspecify.annotations.Nullable Console console) {
        if (console == null) {
            return false;
        }
        Method isTerminal = isTerminalMethod();
        if (isTerminal == null) { // JDK 17 to 21: a console is a terminal
            return true;
        }
        try {
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** {@code Console.isTerminal()}, or null before JDK 22. */
    static @org.jspecify.annotations.Nullable Method isTerminalMethod() {
        try {
            return Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
