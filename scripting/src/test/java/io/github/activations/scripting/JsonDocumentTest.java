/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.json.JsonSlurper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The --format json document, parsed back with JsonSlurper. */
class JsonDocumentTest {
    private static ExperimentResult experiment(String name, List<Cell> cells, List<CheckResult> checks,
            List<Summary> summaries) {
        return new ExperimentResult(name, cells, checks, summaries, List.of(), -1, 20);
    }

    private static Cell cell(String logits, double[] input, Map<String, Object> params, Object output) {
        return new Cell(logits, input, "softmax", params, output, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> experiment(String json) {
        Map<String, Object> doc = (Map<String, Object>) new JsonSlurper().parseText(json);
        return ((List<Map<String, Object>>) doc.get("experiments")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Object o, Object... path) {
        Object x = o;
        for (Object p : path) {
            x = p instanceof Integer ? ((List<Object>) x).get((Integer) p) : ((Map<String, Object>) x).get(p);
        }
        return (T) x;
    }

    @Test
    void compactWithNonFiniteNumbersAsStringsAndEscapes() {
        Cell c = new Cell("a\"b", new double[] {1}, "softmax", Map.of(),
                new double[] {Double.NaN, Double.POSITIVE_INFINITY}, null);
        assertEquals("{\"experiments\":[{\"name\":\"n\\n\",\"results\":[{\"logits\":\"a\\\"b\",\"input\":[1.0],"
                + "\"activation\":\"softmax\",\"params\":{},\"output\":[\"NaN\",\"Infinity\"]}],\"checks\":[],"
                + "\"summaries\":[],\"files\":[],\"evaluations\":[],\"calibrations\":[]}]}",
                JsonDocument.of(List.of(experiment("n\n", List.of(c), List.of(), List.of()))));
    }

    @Test
    void nonFiniteNumbersAreStringsWhereverTheyAppear() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        List<Cell> cells = List.of(
                cell("vector", new double[] {nan, -inf}, Map.of("temperature", inf), new double[] {nan, inf, -inf, 0.5}),
                cell("number", new double[] {1}, Map.of(), nan),
                cell("float", new double[] {1}, Map.of(), Float.NEGATIVE_INFINITY),
                cell("floats", new double[] {1}, Map.of(), new float[] {Float.NaN, 0.5f}));
        List<CheckResult> checks = List.of(new CheckResult("p", 3, false, 7,
                List.of(nan, Float.POSITIVE_INFINITY, new double[] {-inf}, List.of(nan, 2.0)), null));
        List<Summary> summaries = List.of(new Summary("softmax", Map.of(), "entropy", 2, nan, inf, -inf, 0.25, 1));
        String json = JsonDocument.of(List.of(experiment("e", cells, checks, summaries)));
        Map<String, Object> e = experiment(json);

        assertEquals(List.of("NaN", "-Infinity"), get(e, "results", 0, "input"));
        assertEquals("Infinity", get(e, "results", 0, "params", "temperature"));
        assertEquals(List.of("NaN", "Infinity", "-Infinity", new java.math.BigDecimal("0.5")),
                get(e, "results", 0, "output"));
        assertEquals("NaN", get(e, "results", 1, "output"));
        assertEquals("-Infinity", get(e, "results", 2, "output"));
        assertEquals(List.of("NaN", new java.math.BigDecimal("0.5")), get(e, "results", 3, "output"));
        assertEquals(List.of("NaN", "Infinity", List.of("-Infinity"), List.of("NaN", new java.math.BigDecimal("2.0"))),
                get(e, "checks", 0, "counterexample"));
        Map<String, Object> s = get(e, "summaries", 0);
        assertEquals(List.of("NaN", "Infinity", "-Infinity"), List.of(s.get("mean"), s.get("sd"), s.get("min")));
        assertEquals(0.25, ((Number) s.get("median")).doubleValue());
    }

    @Test
    void numbersReadBackBitForBit() {
        double[] values = {0.1 + 0.2, 1 / 3.0, Math.PI, Math.nextDown(1.0), Math.nextUp(1.0), Double.MIN_VALUE,
            Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -1e-300, 123456789012345680.0,
            0.2491036012488624, (double) 0.1f};
        List<Cell> cells = List.of(cell("z", values, Map.of(), values), cell("one", new double[] {1}, Map.of(), 0.1 + 0.2),
                cell("float", new double[] {1}, Map.of(), 0.1f));
        List<Summary> summaries = List.of(new Summary("softmax", Map.of(), "entropy", 1, 0.1 + 0.2, Double.MIN_VALUE,
                -Double.MAX_VALUE, 1 / 3.0, Math.PI));
        String json = JsonDocument.of(List.of(experiment("e", cells, List.of(), summaries)));
        Map<String, Object> e = experiment(json);
        List<Number> input = get(e, "results", 0, "input");
        List<Number> output = get(e, "results", 0, "output");
        for (int i = 0; i < values.length; i++) {
            assertBits(values[i], input.get(i));
            assertBits(values[i], output.get(i));
        }
        assertTrue(json.contains("0.30000000000000004"), json);
        assertBits(0.1 + 0.2, get(e, "results", 1, "output"));
        // a float is written as the double it widens to, so it too reads back exactly
        assertBits(0.1f, get(e, "results", 2, "output"));
        Map<String, Object> s = get(e, "summaries", 0);
        assertBits(0.1 + 0.2, (Number) s.get("mean"));
        assertBits(Double.MIN_VALUE, (Number) s.get("sd"));
        assertBits(-Double.MAX_VALUE, (Number) s.get("min"));
        assertBits(1 / 3.0, (Number) s.get("median"));
        assertBits(Math.PI, (Number) s.get("max"));
    }

    @Test
    void negativeZeroKeepsItsSign() {
        // JsonSlurper reads decimals as BigDecimal, which has no -0, so this one is checked in the text
        String json = JsonDocument.of(List.of(experiment("e",
                List.of(cell("z", new double[] {-0.0}, Map.of(), -0.0)), List.of(), List.of())));
        assertTrue(json.contains("\"input\":[-0.0]") && json.contains("\"output\":-0.0"), json);
    }

    private static void assertBits(double expected, Number actual) {
        // the decimal text, parsed correctly rounded (BigDecimal.doubleValue was not before JDK 19)
        double back = Double.parseDouble(actual.toString());
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(back),
                expected + " came back as " + actual);
    }

    @Test
    void textIsEscapedWhereJsonNeedsItAndNonAsciiKept() {
        String name = "é ∑ 😀 \"q\" \\ / \t\n\r\u0001\u001f";
        String json = JsonDocument.of(List.of(experiment(name, List.of(), List.of(), List.of())));
        assertTrue(json.contains("é ∑ 😀"), json);
        assertTrue(json.contains("\\u0001") && json.contains("\\t") && json.contains("\\n"), json);
        assertEquals(name, experiment(json).get("name"));
    }

    @Test
    void valuesWithoutAJsonFormAreTheirText() {
        // A Path is Iterable over Paths: written as a collection it would recurse forever.
        Path path = Path.of("a", "b");
        List<CheckResult> checks = List.of(new CheckResult("p", 1, false, 1, List.of(path, 'c', 7L, true), "boom"));
        Map<String, Object> e = experiment(JsonDocument.of(List.of(experiment("e", List.of(), checks, List.of()))));
        assertEquals(List.of(path.toString(), "c", 7, true), get(e, "checks", 0, "counterexample"));
        assertEquals(List.of("name", "tries", "passed", "seed", "counterexample", "error"),
                List.copyOf(((Map<?, ?>) get(e, "checks", 0)).keySet()));
    }
}
