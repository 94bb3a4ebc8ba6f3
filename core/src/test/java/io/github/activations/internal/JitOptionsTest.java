/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JitOptions}: the {@code -XX:PerMethodTrapLimit} read from the JVM's arguments. */
class JitOptionsTest {
    @Test
    void theLastLimitGivenCounts() {
        assertEquals(-1, JitOptions.perMethodTrapLimit(List.of()));
        assertEquals(-1, JitOptions.perMethodTrapLimit(List.of("-Xmx1g", "--add-modules=jdk.incubator.vector")));
        assertEquals(1000, JitOptions.perMethodTrapLimit(List.of("-XX:PerMethodTrapLimit=1000")));
        assertEquals(100, JitOptions.perMethodTrapLimit(List.of("-XX:PerMethodTrapLimit=1000", "-Xss1m",
                "-XX:PerMethodTrapLimit=100")));
        assertEquals(0, JitOptions.perMethodTrapLimit(List.of("-XX:PerMethodTrapLimit=0")));
        // the size suffixes the JVM accepts for integer flags
        assertEquals(2048, JitOptions.perMethodTrapLimit(List.of("-XX:PerMethodTrapLimit=2k")));
        assertEquals(1L << 20, JitOptions.perMethodTrapLimit(List.of("-XX:PerMethodTrapLimit=1M")));
    }

    @Test
    void whatIsNotANumberReadsAsUnknown() {
        for (String bad : new String[] {"", "k", "-5", "1e3", "0x400", "12a", "99999999999999"}) {
            assertEquals(-1, JitOptions.perMethodTrapLimit(List.of("-XX:PerMethodTrapLimit=" + bad)), bad);
        }
        // a later unreadable value hides an earlier good one, as the JVM would refuse to start
        assertEquals(-1, JitOptions.perMethodTrapLimit(List.of("-XX:PerMethodTrapLimit=1000",
                "-XX:PerMethodTrapLimit=x")));
        // other flags that merely start alike
        assertEquals(-1, JitOptions.perMethodTrapLimit(List.of("-XX:PerMethodTrapLimitX=5",
                "-XX:PerBytecodeTrapLimit=1000")));
    }

    @Test
    void thisJvmsLimitIsReadFromItsArguments() {
        // the test JVMs run without the flag unless the build passes it; either way the reading
        // must agree with the arguments the JVM reports
        long expected = JitOptions.perMethodTrapLimit(ManagementFactory.getRuntimeMXBean().getInputArguments());
        assertEquals(expected, JitOptions.perMethodTrapLimit());
        assertTrue(expected == -1 || expected >= 0);
    }
}
