package io.github.activations.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SoftmaxBenchmarkTest {
    /** The methods compete on the same work: their results agree (to 1e-15 absolute, far below any p here). */
    @Test
    void methodsComputeTheSameSoftmax() {
        SoftmaxBenchmark benchmark = new SoftmaxBenchmark();
        benchmark.n = 1000;
        benchmark.setUp();
        double[] library = benchmark.library();
        assertArrayEquals(library, benchmark.naive(), 1e-15);
        assertEquals(1000, benchmark.baseline().length);
    }

    /** The annotation processor ran: the shaded jar will list the three benchmarks. */
    @Test
    void benchmarksAreRegistered() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertTrue(in != null, "META-INF/BenchmarkList missing: did jmh-generator-annprocess run?");
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String method : new String[] {"baseline", "naive", "library"}) {
                assertTrue(list.contains("SoftmaxBenchmark_" + method + "_jmhTest"), list);
            }
        }
    }
}
