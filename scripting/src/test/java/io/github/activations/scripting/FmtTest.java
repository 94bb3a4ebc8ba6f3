/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void numbersWithDigitsOrSixSignificant() {
        assertEquals("0.249", Fmt.number(0.2491036012488624, 3));
        assertEquals("-1.176", Fmt.number(-1.1764705882352944, 3));
        assertEquals("0.249104", Fmt.number(0.2491036012488624, -1));
        assertEquals("1.52686e-9", Fmt.number(1.5268638e-9, -1));
        assertEquals("0", Fmt.number(0.0, -1));
        assertEquals("1e+300", Fmt.number(1e300, -1));
        assertEquals("5.54485e-5", Fmt.number(5.54485246381331E-5, -1));
        assertEquals("-1.23457e-300", Fmt.number(-1.2345678e-300, -1));
        assertEquals("0.000291655", Fmt.number(2.916551276615233E-4, -1));
        assertEquals("NaN", Fmt.number(Double.NaN, 3));
        assertEquals("-Infinity", Fmt.number(Double.NEGATIVE_INFINITY, -1));
    }

    @Test
    void inputsAsTyped() {
        assertEquals("[-0.25, 1, -0.75]", Fmt.input(new double[] {-0.25, 1, -0.75}));
        assertEquals("[1e-300]", Fmt.input(new double[] {1e-300}));
    }

    @Test
    void params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("temperature", 0.5);
        p.put("mask", new boolean[] {true, false});
        assertEquals("temperature=0.5, mask=[true, false]", Fmt.params(p));
    }

    @Test
    void tablesElideLongVectorsButKeepShortOnes() {
        double[] p = new double[1000];
        java.util.Arrays.fill(p, 0.001);
        p[0] = 0.249;
        assertEquals("[0.249, 0.001, 0.001, … 997 more]", Fmt.brief(p, 3));
        double[] eight = {1, 2, 3, 4, 5, 6, 7, 8};
        assertEquals(Fmt.value(eight, -1), Fmt.brief(eight, -1));
        assertEquals("[0, 1, 2, … 7 more]", Fmt.brief(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, -1));
        assertEquals("3", Fmt.brief(3, -1));
    }
}
