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
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of the special-cases table of {@link Sigmoid}, as documented. Subnormal values are
 * the correctly rounded e^x / (1 + e^x), computed with mpmath at 400 bits.
 */
class SigmoidSpecialCasesTest {
    private static final Table TABLE = Table.of(Sigmoid.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;

    static List<Arguments> table() {
        double[] out = filled(2, 7.0);
        return List.of(
                TABLE.row("x NaN (scalar forms)", returns(Double.NaN), () -> Sigmoid.of(Double.NaN)),
                TABLE.row("an array entry NaN", throwsIae("z[1] is NaN"), () -> Sigmoid.of(new double[] {0, Double.NaN})),
                TABLE.row("an array entry NaN", "float row", throwsIae("rows[1][0] is NaN"),
                        () -> Sigmoid.of(new float[][] {{1}, {Float.NaN}})),
                TABLE.row("array null / empty", "null", throwsNpe("z is null"), () -> Sigmoid.of((double[]) null)),
                TABLE.row("array null / empty", "empty", throwsIae("z is empty"), () -> Sigmoid.of(new float[0])),
                TABLE.row("x = +∞", returns(1.0), () -> Sigmoid.of(INF)),
                TABLE.row("x = −∞", returns(0.0), () -> Sigmoid.of(-INF)),
                TABLE.row("x = ±0.0", "+0.0", returns(0.5), () -> Sigmoid.of(0.0)),
                TABLE.row("x = ±0.0", "−0.0", returns(0.5), () -> Sigmoid.of(-0.0)),
                TABLE.row("x > 36.34 (about)", "37.5", returns(1.0), () -> Sigmoid.of(37.5)),
                TABLE.row("x > 36.34 (about)", "36.34, 37.42: the double just below 1",
                        returns(Math.nextDown(1.0), Math.nextDown(1.0)),
                        () -> new double[] {Sigmoid.of(36.34), Sigmoid.of(37.42)}),
                TABLE.row("x > 36.34 (about)", "36.3: below the row, two doubles below 1",
                        returns(Math.nextDown(Math.nextDown(1.0))), () -> Sigmoid.of(36.3)),
                TABLE.row("x > 36.34 (about)", "37.44: 1.0", returns(1.0), () -> Sigmoid.of(37.44)),
                TABLE.row("x > 36.34 (about)", "40, 1e10, MAX_VALUE", returns(1.0, 1.0, 1.0),
                        () -> new double[] {Sigmoid.of(40), Sigmoid.of(1e10), Sigmoid.of(Double.MAX_VALUE)}),
                TABLE.row("x > 36.34 (about)", "37: the double just below 1, as 1 − 8.5e-17 rounds",
                        returns(Math.nextDown(1.0)), () -> Sigmoid.of(37.0)),
                TABLE.row("−745.13 < x < −708.4", "σ(−745) = MIN_VALUE", returns(Double.MIN_VALUE),
                        () -> Sigmoid.of(-745.0)),
                TABLE.row("−745.13 < x < −708.4", "−745.13 rounds up to MIN_VALUE", returns(Double.MIN_VALUE),
                        () -> Sigmoid.of(-745.13)),
                TABLE.row("−745.13 < x < −708.4", "−740, −720, −710",
                        returns(4.2E-322, 2.0322308024E-313, 4.47628622567513E-309),
                        () -> Sigmoid.of(new double[] {-740, -720, -710})),
                TABLE.row("x < −745.14", returns(0.0, 0.0, 0.0),
                        () -> new double[] {Sigmoid.of(-745.14), Sigmoid.of(-800), Sigmoid.of(-Double.MAX_VALUE)}),
                TABLE.row("out of another length",
                        throwsIae("out.length 2", "z.length 3").andThen(() -> assertArrayEquals(filled(2, 7.0), out)),
                        () -> Sigmoid.into(new double[] {1, 2, 3}, out)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void row(Outcome expected, Call call) {
        expected.check(call);
    }

    @Test
    void everyRowOfTheTableIsTested() {
        TABLE.assertEveryRowTested(table());
        assertEquals(10, TABLE.rows().size());
    }
}
