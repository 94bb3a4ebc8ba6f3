/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static io.github.activations.scripting.ActivationFunction.ARGMAX;
import static io.github.activations.scripting.ActivationFunction.CROSS_ENTROPY;
import static io.github.activations.scripting.ActivationFunction.DIVIDE_BY_SUM;
import static io.github.activations.scripting.ActivationFunction.LOG_SUM_EXP;
import static io.github.activations.scripting.ActivationFunction.SOFTMAX;
import static io.github.activations.scripting.ActivationFunction.TOP_K;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Softmax;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The typed surface for Java and Kotlin: {@link Parameter} instead of {@code Map.of(...)}, and
 * {@link Cell}'s typed accessors and {@link ExperimentResult#cell} instead of casting {@code output()}.
 */
class JavaApiTest {
    private static final double[] Z = {0.25, 1.23, -0.8};

    @Test
    void parameterSweepsLikeTheScriptsList() {
        Lab lab = new Lab();
        ExperimentResult typed = lab.experiment("typed", e -> {
            e.logits("z", Z);
            e.apply(Parameter.temperature(0.5, 1, 2), SOFTMAX);
        });
        ExperimentResult untyped = lab.experiment("map", e -> {
            e.logits("z", Z);
            e.apply(Map.of("temperature", List.of(0.5, 1, 2)), SOFTMAX);
        });
        assertEquals(3, typed.cells().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(untyped.cells().get(i).params(), typed.cells().get(i).params());
            assertArrayEquals(untyped.cells().get(i).vector(), typed.cells().get(i).vector());
        }
        assertArrayEquals(Softmax.of(Z, 2), typed.cells(SOFTMAX).get(2).vector());
    }

    @Test
    void everyParameterHasATypedForm() {
        ExperimentResult r = new Lab().experiment("all", e -> {
            e.logits("z", Z);
            e.apply(Parameter.temperature(0.5), SOFTMAX);
            e.apply(Parameter.mask(true, false, true), SOFTMAX);
            e.apply(Parameter.k(1, 2), TOP_K);
            e.apply(Parameter.label(1), CROSS_ENTROPY);
            e.apply(Parameter.target(0, 1, 0), CROSS_ENTROPY);
        });
        List<Cell> c = r.cells();
        assertEquals(Map.of("temperature", 0.5), c.get(0).params());
        assertEquals(0.0, c.get(1).vector()[1]);
        assertArrayEquals(new int[] {1}, c.get(2).indices());
        assertArrayEquals(new int[] {1, 0}, c.get(3).indices());
        assertEquals(c.get(4).number(), c.get(5).number(), 1e-15);
        assertEquals("temperature: [0.5, 1.0]", Parameter.temperature(0.5, 1).toString());
        assertEquals("mask: [true, false]", Parameter.mask(true, false).toString());
        assertEquals("target: [0.0, 1.0]", Parameter.target(0, 1).toString());
    }

    @Test
    void parametersAreCheckedAsInScripts() {
        DslException none = assertThrows(DslException.class, Parameter::temperature);
        assertEquals("temperature needs at least one value", none.getMessage());
        DslException wrong = assertThrows(DslException.class,
                () -> new Lab().experiment("e", e -> e.apply(Parameter.k(2), SOFTMAX)));
        assertTrue(wrong.getMessage().contains("softmax takes no parameter 'k'"), wrong.getMessage());
    }

    @Test
    void typedAccessorsReadEachKindOfOutput() {
        ExperimentResult r = new Lab().experiment("kinds", e -> {
            e.logits("z", Z);
            e.logits("z2", -0.25, 1, -0.75);
            e.apply(SOFTMAX, ARGMAX, LOG_SUM_EXP, DIVIDE_BY_SUM);
        });
        assertArrayEquals(Softmax.of(Z), r.cell("z", SOFTMAX).vector());
        assertEquals(1, r.cell("z", ARGMAX).index());
        assertEquals(io.github.activations.LogSumExp.of(Z), r.cell("z", LOG_SUM_EXP).number());

        double[] copy = r.cell("z", SOFTMAX).vector();
        copy[0] = 42;
        assertArrayEquals(Softmax.of(Z), r.cell("z", SOFTMAX).vector(), "vector() returns a copy");

        Cell failed = r.cell("z2", DIVIDE_BY_SUM);
        assertTrue(failed.error() != null && failed.error().contains("sum of logits is 0"), failed.toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, failed::vector);
        assertTrue(e.getMessage().startsWith("divideBySum of z2 failed: sum of logits is 0"), e.getMessage());

        IllegalStateException kind = assertThrows(IllegalStateException.class, () -> r.cell("z", ARGMAX).vector());
        assertEquals("argmax of z gives an index, so vector() does not apply; use index()", kind.getMessage());
        assertEquals("softmax of z gives a vector, so number() does not apply; use vector()",
                assertThrows(IllegalStateException.class, () -> r.cell("z", SOFTMAX).number()).getMessage());
        assertEquals("logSumExp of z gives a number, so indices() does not apply; use number()",
                assertThrows(IllegalStateException.class, () -> r.cell("z", LOG_SUM_EXP).indices()).getMessage());
    }

    @Test
    void cellNamesWhatTheExperimentHasWhenNothingMatches() {
        ExperimentResult r = new Lab().experiment("e", e -> {
            e.logits("z", Z);
            e.apply(SOFTMAX);
        });
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> r.cell("z1", SOFTMAX));
        assertEquals("experiment 'e' has no cell softmax of z1; it has softmax of z", e.getMessage());
        assertEquals(List.of(), r.cells(ARGMAX));
        assertEquals(List.of("z"), r.cells(SOFTMAX).stream().map(Cell::logits).collect(Collectors.toList()));
    }
}
