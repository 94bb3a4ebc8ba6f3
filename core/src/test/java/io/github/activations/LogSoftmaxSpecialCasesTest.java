/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.filled;
import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.returnsSameAs;
import static io.github.activations.SpecialCases.returnsWithinUlps;
import static io.github.activations.SpecialCases.throwsIae;
import static io.github.activations.SpecialCases.throwsNpe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import io.github.activations.testing.Reference;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the special-cases table of {@link LogSoftmax}, as documented. */
class LogSoftmaxSpecialCasesTest {
    private static final Table TABLE = Table.of(LogSoftmax.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double LN2 = 0.6931471805599453; // ln 2 correctly rounded
    private static final double LN3 = 1.0986122886681098; // ln 3 correctly rounded

    static List<Arguments> table() {
        double[] out = filled(2, -7.0);
        double[] out2 = filled(2, -7.0);
        float[] outF = filled(2, -7f);
        return List.of(
                TABLE.row("null / length 0", "null", throwsNpe("z is null"), () -> LogSoftmax.of((double[]) null)),
                TABLE.row("null / length 0", "float, length 0",
                        throwsIae("z is empty"), () -> LogSoftmax.of(new float[0])),
                TABLE.row("any entry NaN", throwsIae("z[2] is NaN"),
                        () -> LogSoftmax.of(new double[] {1, 2, Double.NaN})),
                TABLE.row("any entry NaN", "row", throwsIae("rows[1][0] is NaN"),
                        () -> LogSoftmax.of(new double[][] {{1}, {Double.NaN}})),
                TABLE.row("length 1, entry finite or +∞", "finite",
                        returns(0.0), () -> LogSoftmax.of(new double[] {-1e300})),
                TABLE.row("k entries +∞", "k = 2", returns(-LN2, -INF, -LN2),
                        () -> LogSoftmax.of(new double[] {INF, 0, INF})),
                TABLE.row("k entries +∞", "k = 3", returns(-INF, -LN3, -LN3, -LN3),
                        () -> LogSoftmax.of(new double[] {Double.MAX_VALUE, INF, INF, INF})),
                TABLE.row("an entry −∞ (some entry > −∞)", "the rest as without it",
                        returnsSameAs(() -> new double[] {-INF, LogSoftmax.of(new double[] {1, 2})[0],
                                LogSoftmax.of(new double[] {1, 2})[1]}),
                        () -> LogSoftmax.of(new double[] {-INF, 1, 2})),
                TABLE.row("every entry −∞", throwsIae("z has every entry -Infinity"),
                        () -> LogSoftmax.of(new double[] {-INF, -INF})),
                TABLE.row("entries near ±Double.MAX_VALUE, e.g. [1e308, −1e308]",
                        returns(0.0, -INF), () -> LogSoftmax.of(new double[] {1e308, -1e308})),
                TABLE.row("entries near ±Double.MAX_VALUE, e.g. [1e308, −1e308]", "three entries: never NaN",
                        returns(-INF, 0.0, -INF), () -> LogSoftmax.of(new double[] {-Double.MAX_VALUE, 1e308, -1e308})),
                TABLE.row("temperature T > 0 finite", "exact quotient z / 2",
                        returnsSameAs(() -> LogSoftmax.of(new double[] {0.5, 1, 1.5})),
                        () -> LogSoftmax.of(new double[] {1, 2, 3}, 2.0)),
                TABLE.row("temperature T > 0 finite", "z / 0.1 not rounded",
                        // the 50-digit log-softmax of [0.25, 1.23, -0.8] / 0.1, the quotients exact
                        returnsWithinUlps(2, exactOf(new double[] {0.25, 1.23, -0.8}, 0.1)),
                        () -> LogSoftmax.of(new double[] {0.25, 1.23, -0.8}, 0.1)),
                TABLE.row("temperature T > 0 finite", "result near 0 keeps its digits",
                        // [0, −37] at T = 0.5 is [0, −74]: −log1p(e^-74), not 0
                        returnsWithinUlps(2, exactOf(new double[] {0, -74}, 1)),
                        () -> LogSoftmax.of(new double[] {0, -37}, 0.5)),
                TABLE.row("temperature T > 0 finite", "float form",
                        returnsSameAs(() -> LogSoftmax.of(new float[] {0.5f, 1, 1.5f})),
                        () -> LogSoftmax.of(new float[] {1, 2, 3}, 2.0)),
                TABLE.row("temperature 0 (or −0.0)", "ties share, as Softmax.of(z, 0)",
                        returns(-INF, -LN2, -LN2, -INF), () -> LogSoftmax.of(new double[] {1, 3, 3, 2}, 0.0)),
                TABLE.row("temperature 0 (or −0.0)", "−0.0 is the same limit",
                        returns(-INF, -LN2, -LN2, -INF), () -> LogSoftmax.of(new double[] {1, 3, 3, 2}, -0.0)),
                TABLE.row("temperature 0 (or −0.0)", "unique maximum: 0.0",
                        returns(-INF, -INF, 0.0), () -> LogSoftmax.of(new double[] {1, 2, 2.0000000000000004}, 0.0)),
                TABLE.row("temperature 0 (or −0.0)", "+∞ entries are the maxima",
                        returns(-LN2, -INF, -LN2), () -> LogSoftmax.of(new double[] {INF, 1e308, INF}, 0.0)),
                TABLE.row("temperature +∞", "uniform over the entries above −∞",
                        returns(-LN3, -LN3, -INF, -LN3),
                        () -> LogSoftmax.of(new double[] {1, -Double.MAX_VALUE, -INF, 3}, INF)),
                TABLE.row("temperature +∞", "+∞ entries still take all the mass",
                        returns(-INF, 0.0, -INF), () -> LogSoftmax.of(new double[] {1, INF, 2}, INF)),
                TABLE.row("temperature +∞", "float rows",
                        returns((float) -LN2, (float) -LN2, 0.0), () -> LogSoftmax.of(new float[][] {{5, -5}, {7}}, INF)),
                TABLE.row("temperature negative or NaN", "negative",
                        throwsIae("temperature must be >= 0", "-1.0"), () -> LogSoftmax.of(new double[] {1, 2}, -1.0)),
                TABLE.row("temperature negative or NaN", "NaN, float form",
                        throwsIae("temperature", "NaN"), () -> LogSoftmax.of(new float[] {1, 2}, Double.NaN)),
                TABLE.row("temperature negative or NaN", "rows",
                        throwsIae("temperature", "-Infinity"), () -> LogSoftmax.of(new double[][] {{1}}, -INF)),
                TABLE.row("temperature negative or NaN", "into: nothing written",
                        throwsIae("temperature").andThen(() -> assertArrayEquals(filled(2, -7.0), out2)),
                        () -> LogSoftmax.into(new double[] {1, 2}, -Double.MIN_VALUE, out2)),
                TABLE.row("temperature negative or NaN", "float into: nothing written",
                        throwsIae("temperature").andThen(() -> assertArrayEquals(filled(2, -7f), outF)),
                        () -> LogSoftmax.into(new float[] {1, 2}, Double.NaN, outF)),
                TABLE.row("out of another length",
                        throwsIae("out.length 2", "z.length 3").andThen(() -> assertArrayEquals(filled(2, -7.0), out)),
                        () -> LogSoftmax.into(new double[] {1, 2, 3}, out)),
                TABLE.row("out of another length", "with a temperature",
                        throwsIae("out.length 2", "z.length 3").andThen(() -> assertArrayEquals(filled(2, -7.0), out)),
                        () -> LogSoftmax.into(new double[] {1, 2, 3}, 0.5, out)));
    }

    /** The 50-digit log-softmax of z / t, each entry rounded to double. */
    private static double[] exactOf(double[] z, double t) {
        return Arrays.stream(Reference.logSoftmax(z, t)).mapToDouble(BigDecimal::doubleValue).toArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void row(Outcome expected, Call call) {
        expected.check(call);
    }

    @Test
    @DisplayName("length 1, entry finite or +∞ → [0.0]  [+∞]")
    void lengthOnePlusInfinity() {
        assertArrayEquals(new double[] {0.0}, LogSoftmax.of(new double[] {INF}));
        assertArrayEquals(new float[] {0.0f}, LogSoftmax.of(new float[] {Float.POSITIVE_INFINITY}));
    }

    @Test
    void everyRowOfTheTableIsTested() {
        TABLE.assertEveryRowTested(table());
    }
}
