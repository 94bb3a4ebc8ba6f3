/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.filled;
import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.returnsRows;
import static io.github.activations.SpecialCases.returnsSameAs;
import static io.github.activations.SpecialCases.returnsWithinUlps;
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

/** Each row of the two special-cases tables of {@link Softmax}, as documented. */
class SoftmaxSpecialCasesTest {
    private static final Table TABLE = Table.of(Softmax.class, "Special cases (every form)");
    private static final Table BACKWARD = Table.of(Softmax.class, "Special cases of backward");
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;
    private static final double MAX = Double.MAX_VALUE;
    private static final double SENTINEL = 12345.0;

    static List<Arguments> table() {
        double[] out2 = filled(2, SENTINEL);
        double[] out4 = filled(4, SENTINEL);
        float[] outF = filled(2, 12345f);
        return List.of(
                TABLE.row("z (or a row, or an output array) is null", "z",
                        throwsNpe("z is null"), () -> Softmax.of((double[]) null)),
                TABLE.row("z (or a row, or an output array) is null", "float z, with temperature",
                        throwsNpe("z is null"), () -> Softmax.of((float[]) null, 2.0)),
                TABLE.row("z (or a row, or an output array) is null", "a row",
                        throwsNpe("rows[1] is null"), () -> Softmax.of(new double[][] {{1}, null})),
                TABLE.row("z (or a row, or an output array) is null", "out",
                        throwsNpe("out is null"), () -> Softmax.into(new double[] {1, 2}, null)),
                TABLE.row("z (or a row, or an output array) is null", "an output row",
                        throwsNpe("out[0] is null"), () -> Softmax.into(new double[][] {{1}}, new double[1][])),
                TABLE.row("length 0", throwsIae("z is empty"), () -> Softmax.of(new double[0])),
                TABLE.row("length 0", "float, a row",
                        throwsIae("rows[0] is empty"), () -> Softmax.of(new float[][] {{}})),
                TABLE.row("any entry NaN", throwsIae("z[1] is NaN"), () -> Softmax.of(new double[] {0, NAN, 1})),
                TABLE.row("any entry NaN", "in a batch",
                        throwsIae("rows[1][2] is NaN"), () -> Softmax.of(new double[][] {{0}, {1, 2, NAN}})),
                TABLE.row("any entry NaN", "float",
                        throwsIae("z[0] is NaN"), () -> Softmax.of(new float[] {Float.NaN})),
                TABLE.row("length 1, entry finite or +∞", "finite",
                        returns(1.0), () -> Softmax.of(new double[] {-1e308})),
                TABLE.row("length 1, entry finite or +∞", "+∞",
                        returns(1.0), () -> Softmax.of(new double[] {INF})),
                TABLE.row("k entries +∞", "k = 2",
                        returns(0.5, 0.0, 0.5), () -> Softmax.of(new double[] {INF, 3, INF})),
                TABLE.row("k entries +∞", "k = 3",
                        returns(1.0 / 3, 1.0 / 3, 0.0, 1.0 / 3), () -> Softmax.of(new double[] {INF, INF, MAX, INF})),
                TABLE.row("an entry −∞ (and some entry > −∞)", "two entries",
                        returns(0.0, 1.0), () -> Softmax.of(new double[] {-INF, -1e300})),
                TABLE.row("an entry −∞ (and some entry > −∞)", "the other entries as without it",
                        returnsSameAs(() -> new double[] {0.0, Softmax.of(new double[] {1, 2, 3})[0],
                                Softmax.of(new double[] {1, 2, 3})[1], 0.0, Softmax.of(new double[] {1, 2, 3})[2]}),
                        () -> Softmax.of(new double[] {-INF, 1, 2, -INF, 3})),
                TABLE.row("every entry −∞", throwsIae("z has every entry -Infinity"),
                        () -> Softmax.of(new double[] {-INF, -INF})),
                TABLE.row("every entry −∞", "into: nothing written",
                        throwsIae("z has every entry -Infinity").andThen(
                                () -> assertArrayEquals(filled(4, SENTINEL), out4)),
                        () -> Softmax.into(filled(4, -INF), out4)),
                TABLE.row("entries near ±Double.MAX_VALUE, e.g. [1e308, -1e308]",
                        returns(1.0, 0.0), () -> Softmax.of(new double[] {1e308, -1e308})),
                TABLE.row("entries near ±Double.MAX_VALUE, e.g. [1e308, -1e308]", "three entries",
                        returns(0.0, 1.0, 0.0), () -> Softmax.of(new double[] {-MAX, MAX, 0})),
                TABLE.row("entries near ±Double.MAX_VALUE, e.g. [1e308, -1e308]", "equal maxima",
                        returns(0.5, 0.5), () -> Softmax.of(new double[] {MAX, MAX})),
                TABLE.row("entries so far below the maximum that exp underflows", "subnormal e^-740",
                        returns(1.0, 4.2E-322, 0.0), () -> Softmax.of(new double[] {0, -740, -800})),
                TABLE.row("entries so far below the maximum that exp underflows", "e^-745.5 < 2^-1075",
                        returns(1.0, 0.0), () -> Softmax.of(new double[] {0, -745.5})),
                TABLE.row("temperature T > 0 finite", "exact quotient z / 2",
                        returnsSameAs(() -> Softmax.of(new double[] {0.5, 1, 1.5})),
                        () -> Softmax.of(new double[] {1, 2, 3}, 2.0)),
                TABLE.row("temperature T > 0 finite", "z / 0.1 not rounded",
                        // softmax([0.25, 1.23, -0.8] / 0.1) with the quotients taken exactly (40 digits)
                        returnsWithinUlps(2, HighPrecision.softmax(
                                new double[] {0.25, 1.23, -0.8}, 0.1)),
                        () -> Softmax.of(new double[] {0.25, 1.23, -0.8}, 0.1)),
                TABLE.row("temperature 0 (or −0.0)", "−0.0 is the same limit",
                        returns(0.0, 0.5, 0.5, 0.0), () -> Softmax.of(new double[] {1, 3, 3, 2}, -0.0)),
                TABLE.row("temperature 0 (or −0.0)", "ties share",
                        returns(0.0, 0.5, 0.5, 0.0), () -> Softmax.of(new double[] {1, 3, 3, 2}, 0.0)),
                TABLE.row("temperature 0 (or −0.0)", "unique maximum: one-hot",
                        returns(0.0, 0.0, 1.0), () -> Softmax.of(new double[] {1, 2, 2.0000000000000004}, 0.0)),
                TABLE.row("temperature +∞", "uniform over the finite entries",
                        returns(1.0 / 3, 1.0 / 3, 0.0, 1.0 / 3), () -> Softmax.of(new double[] {1, -MAX, -INF, 3}, INF)),
                TABLE.row("temperature +∞", "+∞ entries still take all the mass",
                        returns(0.0, 1.0, 0.0), () -> Softmax.of(new double[] {1, INF, 2}, INF)),
                TABLE.row("temperature negative or NaN", "negative",
                        throwsIae("temperature", "-1.0"), () -> Softmax.of(new double[] {1, 2}, -1.0)),
                TABLE.row("temperature negative or NaN", "NaN, float form",
                        throwsIae("temperature", "NaN"), () -> Softmax.of(new float[] {1, 2}, NAN)),
                TABLE.row("temperature negative or NaN", "into: nothing written",
                        throwsIae("temperature").andThen(() -> assertArrayEquals(filled(2, SENTINEL), out2)),
                        () -> Softmax.into(new double[] {1, 2}, -Double.MIN_VALUE, out2)),
                TABLE.row("mask of another length",
                        throwsIae("mask.length 2", "z.length 3"),
                        () -> Softmax.of(new double[] {1, 2, 3}, new boolean[] {true, true})),
                TABLE.row("mask entry false", "not read (NaN), gets 0",
                        returnsSameAs(() -> new double[] {Softmax.of(new double[] {1, 2})[0], 0.0,
                                Softmax.of(new double[] {1, 2})[1]}),
                        () -> Softmax.of(new double[] {1, NAN, 2}, new boolean[] {true, false, true})),
                TABLE.row("mask entry false", "float, masked −∞ and +∞",
                        returns(0.0, 0.25, 0.0, 0.25, 0.25, 0.25),
                        () -> Softmax.of(new float[] {Float.NEGATIVE_INFINITY, 7, Float.POSITIVE_INFINITY, 7, 7, 7},
                                new boolean[] {false, true, false, true, true, true})),
                TABLE.row("mask all false", returns(0.0, 0.0, 0.0),
                        () -> Softmax.of(new double[] {NAN, -INF, INF}, new boolean[3])),
                TABLE.row("out of another length", "longer out",
                        throwsIae("out.length 4", "z.length 3").andThen(
                                () -> assertArrayEquals(filled(4, SENTINEL), out4)),
                        () -> Softmax.into(new double[] {1, 2, 3}, out4)),
                TABLE.row("out of another length", "float, shorter out",
                        throwsIae("out.length 2", "z.length 3").andThen(
                                () -> assertArrayEquals(filled(2, 12345f), outF)),
                        () -> Softmax.into(new float[] {1, 2, 3}, outF)),
                TABLE.row("batch of zero rows", returnsRows(0), () -> Softmax.of(new double[0][])),
                TABLE.row("batch of zero rows", "float, with temperature",
                        returnsRows(0), () -> Softmax.of(new float[0][], 0.5)),
                TABLE.row("batch of zero rows", "in place", returnsRows(0), () -> Softmax.inPlace(new double[0][])));
    }

    static List<Arguments> backward() {
        double[] p = {0.25, 0.75};
        return List.of(
                BACKWARD.row("p or gradOut null", "p", throwsNpe("p is null"),
                        () -> Softmax.backward(null, new double[] {1, 2})),
                BACKWARD.row("p or gradOut null", "gradOut", throwsNpe("gradOut is null"),
                        () -> Softmax.backward(p, null)),
                BACKWARD.row("p or gradOut null", "float gradOut", throwsNpe("gradOut is null"),
                        () -> Softmax.backward(new float[] {1}, null)),
                BACKWARD.row("lengths differ, or length 0", "lengths differ",
                        throwsIae("gradOut.length 3", "p.length 2"), () -> Softmax.backward(p, new double[3])),
                BACKWARD.row("lengths differ, or length 0", "length 0",
                        throwsIae("p is empty"), () -> Softmax.backward(new double[0], new double[0])),
                BACKWARD.row("an entry of p outside [0, 1] or NaN", "above 1",
                        throwsIae("p[1] = 1.5", "not a probability"), () -> Softmax.backward(new double[] {0, 1.5}, p)),
                BACKWARD.row("an entry of p outside [0, 1] or NaN", "negative (logits passed)",
                        throwsIae("p[0] = -0.1"), () -> Softmax.backward(new double[] {-0.1, 1}, p)),
                BACKWARD.row("an entry of p outside [0, 1] or NaN", "NaN",
                        throwsIae("p[1] = NaN"), () -> Softmax.backward(new double[] {1, NAN}, p)),
                BACKWARD.row("an entry of p outside [0, 1] or NaN", "jacobian shares the check",
                        throwsIae("p[0] = 2.0"), () -> Softmax.jacobian(new double[] {2})),
                BACKWARD.row("an entry of gradOut NaN or infinite", "NaN",
                        throwsIae("gradOut[1]", "NaN"), () -> Softmax.backward(p, new double[] {0, NAN})),
                BACKWARD.row("an entry of gradOut NaN or infinite", "−∞",
                        throwsIae("gradOut[0]", "-Infinity"), () -> Softmax.backward(p, new double[] {-INF, 0})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void classTable(Outcome expected, Call call) {
        expected.check(call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backward")
    void backwardTable(Outcome expected, Call call) {
        expected.check(call);
    }

    @Test
    void everyRowOfTheClassTableIsTested() {
        TABLE.assertEveryRowTested(table());
    }

    @Test
    void everyRowOfTheBackwardTableIsTested() {
        BACKWARD.assertEveryRowTested(backward());
    }
}
