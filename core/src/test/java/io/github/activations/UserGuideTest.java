/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the Java snippets of the README. Each snippet is a tagged region of this file
 * ({@code // tag::name[]} ... {@code // end::name[]}); {@link #readmeShowsEveryTaggedRegionVerbatim}
 * checks that the README shows each region exactly, so the guide cannot drift from code
 * that compiles and passes.
 */
class UserGuideTest {

    @Test
    void quickStart() {
        // tag::quick-start[]
        double[] z = {0.25, 1.23, -0.8};         // logits for {seal, panda, duck}
        double[] p = Softmax.of(z);              // [0.2491, 0.6637, 0.0872]
        int predicted = Argmax.of(p);            // 1: "panda"
        double[] logp = LogSoftmax.of(z);        // ln p, without forming p
        double lse = LogSumExp.of(z);            // ln Σ exp(z), the normaliser
        // end::quick-start[]
        assertArrayEquals(new double[] {0.249, 0.664, 0.087}, round3(p));
        assertEquals(1, predicted);
        for (int i = 0; i < z.length; i++) {
            assertEquals(Math.log(p[i]), logp[i], 1e-15);
            assertEquals(z[i] - lse, logp[i], 1e-15);
        }
    }

    @Test
    void extremeInput() {
        // tag::extreme-input[]
        Softmax.of(new double[] {1e308, -1e308});    // [1.0, 0.0]: no overflow, no NaN
        Sigmoid.of(-745.0);                          // 4.9E-324: the subnormal, not 0
        Sigmoid.of(-40.0);                           // 4.248354255291589E-18 = 1 − σ(40); 1 − Sigmoid.of(40.0) is 0
        LogSoftmax.of(new double[] {0, -37});        // [-8.533047625744066E-17, -37.0]
        LogSumExp.of(new double[] {-Math.log(2), -Math.log(2)});  // 2.3190468138462996E-17
        // end::extreme-input[]
        assertArrayEquals(new double[] {1.0, 0.0}, Softmax.of(new double[] {1e308, -1e308}));
        assertEquals(Double.MIN_VALUE, Sigmoid.of(-745.0));
        assertEquals(4.248354255291589E-18, Sigmoid.of(-40.0));
        assertEquals(0.0, 1 - Sigmoid.of(40.0));
        assertArrayEquals(new double[] {-8.533047625744066E-17, -37.0}, LogSoftmax.of(new double[] {0, -37}));
        assertEquals(2.3190468138462996E-17, LogSumExp.of(new double[] {-Math.log(2), -Math.log(2)}));
    }

    @Test
    void temperatureAndMask() {
        double[] z = {0.25, 1.23, -0.8};
        // tag::temperature-and-mask[]
        double[] sharp = Softmax.of(z, 0.5);          // T < 1 sharpens: [0.122, 0.863, 0.015]
        double[] hard = Softmax.of(z, 0.0);           // the T → 0 limit: [0.0, 1.0, 0.0]
        double[] flat = Softmax.of(z, Double.POSITIVE_INFINITY);  // uniform: 1/3 each
        boolean[] keep = {true, true, false};         // padding: not read, gets 0
        double[] masked = Softmax.of(new double[] {2, 1, Double.NaN}, keep);  // [0.731, 0.269, 0.0]
        // end::temperature-and-mask[]
        assertArrayEquals(new double[] {0.122, 0.863, 0.015}, round3(sharp));
        assertArrayEquals(new double[] {0, 1, 0}, hard);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, flat);
        assertArrayEquals(new double[] {Sigmoid.of(1.0), Sigmoid.of(-1.0), 0}, masked);
    }

    @Test
    void training() {
        // tag::training[]
        double[] logits = {2.0, 0.5, -1.0};
        int label = 0;
        double loss = CrossEntropy.of(logits, label);        // −ln softmax(logits)[0]
        double[] p = Softmax.of(logits);
        double[] dLdp = new double[p.length];
        dLdp[label] = -1 / p[label];                         // ∂(−ln p₀)/∂p
        double[] dLdz = Softmax.backward(p, dLdp);           // = p − onehot(label)
        // end::training[]
        assertEquals(-Math.log(p[0]), loss, 1e-15);
        double[] expected = p.clone();
        expected[0] -= 1;
        assertArrayEquals(expected, dLdz, 1e-15);
    }

    @Test
    void divideBySumFails() {
        // tag::divide-by-sum[]
        DivideBySum.of(new double[] {0.25, 1.23, -0.8});    // [0.368, 1.809, -1.176]: not probabilities
        // DivideBySum.of(new double[] {-0.25, 1, -0.75}) throws IllegalArgumentException:
        //   "sum of logits is 0 in z: divide-by-sum is undefined (softmax never divides by zero)"
        // end::divide-by-sum[]
        assertArrayEquals(new double[] {0.368, 1.809, -1.176}, round3(DivideBySum.of(new double[] {0.25, 1.23, -0.8})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DivideBySum.of(new double[] {-0.25, 1, -0.75}));
        assertEquals("sum of logits is 0 in z: divide-by-sum is undefined (softmax never divides by zero)", e.getMessage());
    }

    @Test
    void readmeShowsEveryTaggedRegionVerbatim() throws IOException {
        String self = Files.readString(Path.of("src/test/java/io/github/activations/UserGuideTest.java"),
                StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        List<String> regions = regions(self);
        assertTrue(regions.size() >= 5, "expected tagged regions, found " + regions.size());
        for (String region : regions) {
            assertTrue(readme.contains(region), "README.md does not show this snippet verbatim:\n" + region);
        }
    }

    /** Returns the tagged regions of a source, dedented by their common 8-space indent. */
    static List<String> regions(String source) {
        Pattern p = Pattern.compile("// tag::([\\w-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL);
        Matcher m = p.matcher(source);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            for (String line : m.group(2).split("\n")) {
                b.append(line.startsWith("        ") ? line.substring(8) : line.strip()).append('\n');
            }
            out.add(b.toString());
        }
        return out;
    }

    private static double[] round3(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i] * 1000) / 1000.0;
        }
        return r;
    }
}
