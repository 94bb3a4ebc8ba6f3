/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.util.List;

/**
 * What the JVM's own options say about its JIT compiler, for the choice of the SIMD kernels: the
 * value of {@code -XX:PerMethodTrapLimit}. On JDK 17, with the default limit (100), C2 compiles
 * the Vector API loops of some JVMs with boxed vectors (it adds up the class-check traps of
 * every method it inlines, and past the limit puts a virtual call behind each type check);
 * with the limit at 1000 it did not, in any JMH fork measured (examples/jmh/README.md; values in
 * between were not tried), and the exponential can then look its table up in registers
 * ({@code PanamaVectorSupport}).
 *
 * <p>The arguments are read through {@code java.management} ({@code RuntimeMXBean}), an
 * optional module: where the JVM does not have it (a module path that leaves it out), the limit
 * reads as unknown.
 *
 * <p>Internal: not part of the public API.
 */
public final class JitOptions {
    /** The least {@code -XX:PerMethodTrapLimit} with which JDK 17 took the table in registers without boxing. */
    public static final int TRAP_LIMIT_FOR_REGISTERS = 1000;

    private static final String TRAP_LIMIT = "-XX:PerMethodTrapLimit=";

    private JitOptions() {
    }

    /** The {@code -XX:PerMethodTrapLimit} this JVM was given, or −1 if none, or if its arguments cannot be read. */
    public static long perMethodTrapLimit() {
        try {
            return perMethodTrapLimit(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        } catch (LinkageError | RuntimeException unreadable) {
            // no java.management in this JVM's module graph, or no permission: the default kernels
            return -1;
        }
    }

    /**
     * The value of the last {@code -XX:PerMethodTrapLimit=N} among the JVM arguments (the JVM
     * takes the last one), or −1 if there is none or it is not a number the JVM would accept
     * (a plain decimal, or with a k, m or g suffix).
     */
    static long perMethodTrapLimit(List<String> jvmArguments) {
        long limit = -1;
        for (String a : jvmArguments) {
            if (a.startsWith(TRAP_LIMIT)) {
                limit = parse(a.substring(TRAP_LIMIT.length()));
            }
        }
        return limit;
    }

    private static long parse(String value) {
        long unit = 1;
        String digits = value;
        if (!value.isEmpty()) {
            switch (Character.toLowerCase(value.charAt(value.length() - 1))) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> unit = 1;
            }
            if (unit != 1) {
                digits = value.substring(0, value.length() - 1);
            }
        }
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 12) {
            return -1;
        }
        return Long.parseLong(digits) * unit;
    }
}
