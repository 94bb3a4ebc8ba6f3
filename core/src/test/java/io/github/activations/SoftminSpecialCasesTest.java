/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.filled;
import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.returnsSameAs;
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

/** Each row of the special-cases table of {@link Softmin}, as documented. */
class SoftminSpecialCasesTest {
    private static final Table TABLE = Table.of(Softmin.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;

    static List<Arguments> table() {
        double[] out = filled(3, 99.0);
        float[] outF = filled(1, 99f);
        return List.of(
                TABLE.row("null / length 0 / NaN entry", "null", throwsNpe("z is null"),
                        () -> Softmin.of((double[]) null)),
                TABLE.row("null / length 0 / NaN entry", "length 0", throwsIae("z is empty"),
                        () -> Softmin.of(new float[0])),
                TABLE.row("null / length 0 / NaN entry", "NaN", throwsIae("z[1] is NaN"),
                        () -> Softmin.of(new double[] {1, Double.NaN})),
                TABLE.row("null / length 0 / NaN entry", "NaN in a row", throwsIae("rows[0][0] is NaN"),
                        () -> Softmin.of(new double[][] {{Double.NaN}})),
                TABLE.row("k entries −∞", returns(0.5, 0.0, 0.5), () -> Softmin.of(new double[] {-INF, 3, -INF})),
                TABLE.row("k entries −∞", "k = 1", returns(0.0, 1.0, 0.0),
                        () -> Softmin.of(new double[] {-1e308, -INF, 1e308})),
                TABLE.row("an entry +∞ (some entry < +∞)", "the rest as without it",
                        returnsSameAs(() -> new double[] {0.0, Softmin.of(new double[] {1, 2})[0],
                                Softmin.of(new double[] {1, 2})[1]}),
                        () -> Softmin.of(new double[] {INF, 1, 2})),
                TABLE.row("an entry +∞ (some entry < +∞)", "three finite entries",
                        returnsSameAs(() -> new double[] {Softmin.of(new double[] {1, 2, 3})[0], 0.0,
                                Softmin.of(new double[] {1, 2, 3})[1], Softmin.of(new double[] {1, 2, 3})[2]}),
                        () -> Softmin.of(new double[] {1, INF, 2, 3})),
                TABLE.row("every entry +∞", throwsIae("every entry +Infinity"), () -> Softmin.of(new double[] {INF, INF})),
                TABLE.row("every entry +∞", "into: nothing written",
                        throwsIae("every entry +Infinity").andThen(() -> assertArrayEquals(filled(3, 99.0), out)),
                        () -> Softmin.into(new double[] {INF, INF, INF}, out)),
                TABLE.row("temperature 0 / +∞ / negative or NaN", "T = 0: the minima share",
                        returns(0.0, 0.5, 0.5, 0.0), () -> Softmin.of(new double[] {3, 1, 1, 2}, 0.0)),
                TABLE.row("temperature 0 / +∞ / negative or NaN", "T = +∞: uniform over finite entries",
                        returns(0.25, 0.25, 0.0, 0.25, 0.25), () -> Softmin.of(new double[] {3, 1, INF, 1, 2}, INF)),
                TABLE.row("temperature 0 / +∞ / negative or NaN", "T negative",
                        throwsIae("temperature", "-2.0"), () -> Softmin.of(new double[] {3, 1}, -2.0)),
                TABLE.row("temperature 0 / +∞ / negative or NaN", "T NaN",
                        throwsIae("temperature", "NaN"), () -> Softmin.of(new double[] {3, 1}, Double.NaN)),
                TABLE.row("out of another length",
                        throwsIae("out.length 3", "z.length 2").andThen(() -> assertArrayEquals(filled(3, 99.0), out)),
                        () -> Softmin.into(new double[] {1, 2}, out)),
                TABLE.row("out of another length", "float",
                        throwsIae("out.length 1", "z.length 2").andThen(() -> assertArrayEquals(filled(1, 99f), outF)),
                        () -> Softmin.into(new float[] {1, 2}, outF)));
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
