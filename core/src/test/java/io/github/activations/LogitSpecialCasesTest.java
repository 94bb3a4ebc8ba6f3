/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.filled;
import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.throwsIae;
import static io.github.activations.SpecialCases.throwsNpe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the special-cases table of {@link Logit}; subnormal values from mpmath at 400 bits. */
class LogitSpecialCasesTest {
    private static final Table TABLE = Table.of(Logit.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    static List<Arguments> table() {
        double[] out = filled(2, 7.0);
        double[] p = {0.5, 0.25, -1e-300};
        double[] copy = p.clone();
        return List.of(
                TABLE.row("p NaN, or p outside [0, 1] (scalar form)",
                        returns(NAN, NAN, NAN, NAN, NAN, NAN, NAN),
                        () -> new double[] {Logit.of(NAN), Logit.of(-0.1), Logit.of(1.5), Logit.of(INF), Logit.of(-INF),
                            Logit.of(Math.nextUp(1.0)), Logit.of(-Double.MIN_VALUE)}),
                TABLE.row("an array entry NaN or outside [0, 1]", "above 1",
                        throwsIae("p[1] = 1.5", "not a probability"), () -> Logit.of(new double[] {0.5, 1.5})),
                TABLE.row("an array entry NaN or outside [0, 1]", "NaN", throwsIae("p[0] is NaN"),
                        () -> Logit.of(new float[] {Float.NaN})),
                TABLE.row("an array entry NaN or outside [0, 1]", "in place, negative: nothing written",
                        throwsIae("p[2] = -1.0E-300").andThen(() -> assertArrayEquals(copy, p)),
                        () -> Logit.inPlace(p)),
                TABLE.row("array null / empty", "null", throwsNpe("p is null"), () -> Logit.of((double[]) null)),
                TABLE.row("array null / empty", "empty", throwsIae("p is empty"), () -> Logit.of(new double[0])),
                TABLE.row("p = 0 (or −0.0)", returns(-INF, -INF), () -> new double[] {Logit.of(0.0), Logit.of(-0.0)}),
                TABLE.row("p = 1", returns(INF), () -> Logit.of(1.0)),
                TABLE.row("p = 0.5", returns(0.0), () -> Logit.of(0.5)),
                TABLE.row("p subnormal", "MIN_VALUE, 2^-1030",
                        returns(-744.4400719213812, -713.9415959767437),
                        () -> Logit.of(new double[] {Double.MIN_VALUE, 0x1p-1030})),
                TABLE.row("out of another length",
                        throwsIae("out.length 2", "p.length 3").andThen(() -> assertArrayEquals(filled(2, 7.0), out)),
                        () -> Logit.into(new double[] {0.1, 0.2, 0.3}, out)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void row(Outcome expected, Call call) {
        expected.check(call);
    }

    @Test
    void everyRowOfTheTableIsTested() {
        TABLE.assertEveryRowTested(table());
    }
}
