/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
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
        assertArrayEquals(library, benchmark.naiveInto().clone(), 1e-15);
        assertArrayEquals(library, benchmark.smile().clone(), 1e-15);
        assertArrayEquals(library, benchmark.scalar().clone(), 0.0);
        assertArrayEquals(library, benchmark.simd().clone(), 0.0);
        float[] f = benchmark.simdFloat().clone();
        float[] naive = benchmark.naiveFloat().clone();
        float[] scalar = benchmark.scalarFloat().clone();
        for (int i = 0; i < f.length; i++) {
            assertEquals(scalar[i], f[i], Math.ulp(scalar[i]), "float " + i);
            assertEquals(scalar[i], naive[i], 1e-6, "naive float " + i);
        }
    }

    /** The other benchmarks compare like with like. */
    @Test
    void otherBenchmarksAgreeWithTheirNaiveForms() {
        SigmoidBenchmark sigmoid = new SigmoidBenchmark();
        sigmoid.n = 1000;
        sigmoid.setUp();
        assertArrayEquals(sigmoid.naive().clone(), sigmoid.simd(), 1e-15);
        ReductionBenchmark r = new ReductionBenchmark();
        r.n = 1000;
        r.setUp();
        assertEquals(r.logSumExpNaive(), r.logSumExpSimd(), 1e-12);
        assertEquals(r.logSumExpScalar(), r.logSumExpSimd(), 0.0);
        assertArrayEquals(r.logSoftmaxNaive().clone(), r.logSoftmaxSimd(), 1e-12);
        assertEquals(r.argmaxNaive(), r.argmaxSimd());
        assertEquals(r.argmaxNaive(), r.argmaxScalar());
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
