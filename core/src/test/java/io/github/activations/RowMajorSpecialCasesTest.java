/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.filled;
import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.returnsSameAs;
import static io.github.activations.SpecialCases.throwsIae;
import static io.github.activations.SpecialCases.throwsIoobe;
import static io.github.activations.SpecialCases.throwsNpe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of the "Special cases of the row-major forms" tables ({@code ofRows} / {@code intoRows}
 * of Softmax, LogSoftmax, LogSumExp, Sigmoid, Argmax and TopK), as documented; the bad-input
 * rows also check that the output still holds its sentinel (nothing written).
 */
class RowMajorSpecialCasesTest {
    private static final String CAPTION = "Special cases of the row-major forms";
    private static final Table SOFTMAX = Table.of(Softmax.class, CAPTION);
    private static final Table LOG_SOFTMAX = Table.of(LogSoftmax.class, CAPTION);
    private static final Table LSE = Table.of(LogSumExp.class, CAPTION);
    private static final Table SIGMOID = Table.of(Sigmoid.class, CAPTION);
    private static final Table ARGMAX = Table.of(Argmax.class, CAPTION);
    private static final Table TOP_K = Table.of(TopK.class, CAPTION);
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;
    private static final double S = 12345.0;

    /** Asserts that {@code out} still holds only the sentinel {@link #S}. */
    private static Runnable untouched(double[] out) {
        return () -> assertArrayEquals(filled(out.length, S), out, "nothing written");
    }

    private static Runnable untouched(float[] out) {
        return () -> assertArrayEquals(filled(out.length, (float) S), out, "nothing written");
    }

    private static Runnable untouched(int[] out) {
        return () -> {
            for (int v : out) {
                if (v != -7) {
                    throw new AssertionError("written: " + Arrays.toString(out));
                }
            }
        };
    }

    private static int[] ints(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -7);
        return a;
    }

    /**
     * The rows shared by every table (null, rowLength, ranges, multiple), for a form that takes
     * {@code (z, offset, length, rowLength)} and writes {@code out}.
     */
    private interface Form {
        Object call(double[] z, int offset, int length, int rowLength) throws Throwable;
    }

    private static void common(List<Arguments> cases, Table t, Form f, Call nullZ, Call nullOut, Runnable untouched) {
        double[] z = {1, 2, 3, 4, 5, 6};
        cases.add(t.row("z or out null", "z", throwsNpe("z is null"), nullZ));
        cases.add(t.row("z or out null", "out", throwsNpe("out is null"), nullOut));
        cases.add(t.row("rowLength < 1", throwsIae("rowLength must be >= 1, got 0").andThen(untouched),
                () -> f.call(z, 0, 6, 0)));
        cases.add(t.row("rowLength < 1", "negative", throwsIae("rowLength must be >= 1, got -3").andThen(untouched),
                () -> f.call(z, 0, 6, -3)));
        cases.add(t.row("offset or length negative, or the slice past the end of z (or the output range past the end of out)",
                "offset past the end", throwsIoobe("range [4, 8) of z", "z.length 6").andThen(untouched),
                () -> f.call(z, 4, 4, 2)));
        cases.add(t.row("offset or length negative, or the slice past the end of z (or the output range past the end of out)",
                "negative offset", throwsIoobe("range [-1, 1) of z").andThen(untouched), () -> f.call(z, -1, 2, 2)));
        cases.add(t.row("offset or length negative, or the slice past the end of z (or the output range past the end of out)",
                "negative length", throwsIoobe("negative length").andThen(untouched), () -> f.call(z, 0, -2, 2)));
        cases.add(t.row("length not a multiple of rowLength",
                throwsIae("length 5 of z is not a multiple of rowLength 2", "2 rows and 1 entries left over").andThen(untouched),
                () -> f.call(z, 0, 5, 2)));
    }

    static List<Arguments> softmax() {
        List<Arguments> c = new ArrayList<>();
        double[] out = filled(6, S);
        Table t = SOFTMAX;
        common(c, t, (z, o, l, r) -> Softmax.intoRows(z, o, l, r, out, 0),
                () -> Softmax.ofRows((double[]) null, 2), () -> Softmax.intoRows(new double[2], 2, null), untouched(out));
        c.add(t.row("offset or length negative, or the slice past the end of z (or the output range past the end of out)",
                "output range", throwsIoobe("range [2, 8) of out", "out.length 6").andThen(untouched(out)),
                () -> Softmax.intoRows(new double[6], 0, 6, 3, out, 2)));
        c.add(t.row("out of another length (forms without offsets)",
                throwsIae("out.length 6 != z.length 4").andThen(untouched(out)),
                () -> Softmax.intoRows(new double[4], 2, out)));
        double[] self = {0, 1, 2, 3, 4, 5};
        c.add(t.row("out is z at another, overlapping offset",
                throwsIae("overlaps the input").andThen(() -> assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, self)),
                () -> Softmax.intoRows(self, 0, 4, 2, self, 2)));
        c.add(t.row("out is z at another, overlapping offset", "same offset: in place",
                returnsSameAs(() -> Softmax.ofRows(new double[] {0, 1, 2, 3}, 2)),
                () -> {
                    double[] z = {0, 1, 2, 3};
                    return Softmax.intoRows(z, 2, z);
                }));
        c.add(t.row("length 0", returns(S, S, S, S, S, S), () -> Softmax.intoRows(new double[3], 1, 0, 3, out.clone(), 2)));
        float[] outF = filled(6, (float) S);
        c.add(t.row("an entry NaN", throwsIae("z[4] is NaN (row 1, column 1 of rows of 3)").andThen(untouched(out)),
                () -> Softmax.intoRows(new double[] {0, 1, 2, 3, NAN, 5}, 3, out)));
        c.add(t.row("an entry NaN", "float, offset", throwsIae("z[3] is NaN (row 0, column 2 of rows of 3)")
                .andThen(untouched(outF)), () -> Softmax.intoRows(new float[] {9, 0, 1, Float.NaN, 3, 4, 5}, 1, 6, 3, outF, 0)));
        c.add(t.row("a row with every entry −∞", throwsIae("row 1 of z (z[2, 4))", "every entry -Infinity")
                .andThen(untouched(out)), () -> Softmax.intoRows(new double[] {0, 1, -INF, -INF, 4, 5}, 2, out)));
        c.add(t.row("a row with k entries +∞", returns(0.5, 0, 0.5, 1.0 / 3, 1.0 / 3, 1.0 / 3),
                () -> Softmax.ofRows(new double[] {INF, 0, INF, 1, 1, 1}, 3)));
        c.add(t.row("an entry −∞ in a row with some entry > −∞", returns(0, 1, 1, 0),
                () -> Softmax.ofRows(new double[] {-INF, 3, 1e308, -INF}, 2)));
        c.add(t.row("rows of 1", returns(1, 1, 1), () -> Softmax.ofRows(new float[] {-3e38f, Float.POSITIVE_INFINITY, 0}, 1)));
        c.add(t.row("extreme rows ([1e308, −1e308], entries 745 below the maximum)",
                returns(1, 0, Sigmoid.of(745), Sigmoid.of(-745), 0.5, 0.5),
                () -> Softmax.ofRows(new double[] {1e308, -1e308, 0, -745, -1e308, -1e308}, 2)));
        return c;
    }

    static List<Arguments> logSoftmax() {
        List<Arguments> c = new ArrayList<>();
        double[] out = filled(6, S);
        Table t = LOG_SOFTMAX;
        common(c, t, (z, o, l, r) -> LogSoftmax.intoRows(z, o, l, r, out, 0),
                () -> LogSoftmax.ofRows((float[]) null, 2), () -> LogSoftmax.intoRows(new float[2], 2, null), untouched(out));
        c.add(t.row("out of another length (forms without offsets)",
                throwsIae("out.length 6 != z.length 8").andThen(untouched(out)),
                () -> LogSoftmax.intoRows(new double[8], 2, out)));
        double[] self = {0, 1, 2, 3, 4, 5};
        c.add(t.row("out is z at another, overlapping offset",
                throwsIae("overlaps the input").andThen(() -> assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, self)),
                () -> LogSoftmax.intoRows(self, 2, 4, 2, self, 0)));
        c.add(t.row("length 0", returns(S, S, S, S, S, S), () -> LogSoftmax.intoRows(new double[3], 3, 0, 3, out.clone(), 6)));
        c.add(t.row("an entry NaN", throwsIae("z[1] is NaN (row 0, column 1 of rows of 2)").andThen(untouched(out)),
                () -> LogSoftmax.intoRows(new double[] {0, NAN, 2, 3, 4, 5}, 2, out)));
        c.add(t.row("a row with every entry −∞", throwsIae("row 0 of z (z[0, 3))").andThen(untouched(out)),
                () -> LogSoftmax.intoRows(new double[] {-INF, -INF, -INF, 3, 4, 5}, 3, out)));
        c.add(t.row("a row with k entries +∞", returns(0.0, -INF, -Math.log(2), -Math.log(2)),
                () -> LogSoftmax.ofRows(new double[] {INF, 0, INF, INF}, 2)));
        c.add(t.row("an entry −∞ in a row with some entry > −∞", returns(-INF, 0.0),
                () -> LogSoftmax.ofRows(new double[] {-INF, 3}, 2)));
        c.add(t.row("rows of 1", returns(0, 0), () -> LogSoftmax.ofRows(new double[] {-1e308, 7}, 1)));
        c.add(t.row("extreme rows ([1e308, −1e308], results near 0)",
                returns(0.0, -INF, -8.533047625744066E-17, -37.0),
                () -> LogSoftmax.ofRows(new double[] {1e308, -1e308, 0, -37}, 2)));
        return c;
    }

    static List<Arguments> logSumExp() {
        List<Arguments> c = new ArrayList<>();
        double[] out = filled(3, S);
        Table t = LSE;
        common(c, t, (z, o, l, r) -> LogSumExp.intoRows(z, o, l, r, out, 0),
                () -> LogSumExp.ofRows((double[]) null, 2), () -> LogSumExp.intoRows(new double[2], 2, null), untouched(out));
        c.add(t.row("out not one entry per row (forms without offsets)",
                throwsIae("out.length 3 != the number of rows 2").andThen(untouched(out)),
                () -> LogSumExp.intoRows(new double[4], 2, out)));
        double[] self = {0, 1, 2, 3, 4, 5};
        c.add(t.row("out is z and the ranges overlap",
                throwsIae("overlaps the input").andThen(() -> assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, self)),
                () -> LogSumExp.intoRows(self, 0, 4, 2, self, 3)));
        c.add(t.row("length 0", returns(S, S, S), () -> LogSumExp.intoRows(new double[3], 1, 0, 1, out.clone(), 3)));
        c.add(t.row("an entry NaN", throwsIae("z[5] is NaN (row 2, column 1 of rows of 2)").andThen(untouched(out)),
                () -> LogSumExp.intoRows(new double[] {0, 1, 2, 3, 4, NAN}, 2, out)));
        c.add(t.row("a row with an entry +∞", returns(INF, 1), () -> LogSumExp.ofRows(new double[] {1, INF, 1, -INF}, 2)));
        c.add(t.row("a row with every entry −∞", returns(Double.NEGATIVE_INFINITY, (float) Math.log(2)),
                () -> LogSumExp.ofRows(new float[] {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, 0, 0}, 2)));
        c.add(t.row("rows of 1", returns(-1e308, 3), () -> LogSumExp.ofRows(new double[] {-1e308, 3}, 1)));
        c.add(t.row("extreme rows ([MAX, MAX], cancelling results near 0)",
                returns(Double.MAX_VALUE, 2.3190468138462996E-17),
                () -> LogSumExp.ofRows(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Math.log(2), -Math.log(2)}, 2)));
        return c;
    }

    static List<Arguments> sigmoid() {
        List<Arguments> c = new ArrayList<>();
        double[] out = filled(6, S);
        Table t = SIGMOID;
        common(c, t, (z, o, l, r) -> Sigmoid.intoRows(z, o, l, r, out, 0),
                () -> Sigmoid.ofRows((double[]) null, 2), () -> Sigmoid.intoRows(new double[2], 2, null), untouched(out));
        c.add(t.row("out of another length (forms without offsets)",
                throwsIae("out.length 6 != z.length 2").andThen(untouched(out)), () -> Sigmoid.intoRows(new double[2], 2, out)));
        double[] self = {0, 1, 2, 3, 4, 5};
        c.add(t.row("out is z at another, overlapping offset",
                throwsIae("overlaps the input").andThen(() -> assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, self)),
                () -> Sigmoid.intoRows(self, 0, 4, 1, self, 1)));
        c.add(t.row("length 0", returns(S, S, S, S, S, S), () -> Sigmoid.intoRows(new double[3], 3, 0, 3, out.clone(), 0)));
        c.add(t.row("an entry NaN", throwsIae("z[2] is NaN (row 1, column 0 of rows of 2)").andThen(untouched(out)),
                () -> Sigmoid.intoRows(new double[] {0, 1, NAN, 3, 4, 5}, 2, out)));
        c.add(t.row("entries ±∞", returns(1, 0), () -> Sigmoid.ofRows(new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}, 2)));
        c.add(t.row("entries near −745", returns(Sigmoid.of(-745), Sigmoid.of(-709), Sigmoid.of(-745.1), 0),
                () -> Sigmoid.ofRows(new double[] {-745, -709, -745.1, -746}, 2)));
        return c;
    }

    static List<Arguments> argmax() {
        List<Arguments> c = new ArrayList<>();
        int[] out = ints(3);
        Table t = ARGMAX;
        common(c, t, (z, o, l, r) -> Argmax.intoRows(z, o, l, r, out, 0),
                () -> Argmax.ofRows((float[]) null, 2), () -> Argmax.intoRows(new double[2], 2, null), untouched(out));
        c.add(t.row("out not one entry per row (forms without offsets)",
                throwsIae("out.length 3 != the number of rows 1").andThen(untouched(out)),
                () -> Argmax.intoRows(new double[4], 4, out)));
        c.add(t.row("length 0", returns(-7, -7, -7), () -> Argmax.intoRows(new double[3], 0, 0, 2, ints(3), 0)));
        c.add(t.row("an entry NaN", throwsIae("z[3] is NaN (row 1, column 1 of rows of 2)").andThen(untouched(out)),
                () -> Argmax.intoRows(new double[] {0, 1, 2, NAN, 4, 5}, 2, out)));
        c.add(t.row("ties in a row (−0.0 and +0.0 included)", returns(1, 0, 0),
                () -> Argmax.ofRows(new double[] {0, 2, 2, -0.0, 0.0, -1, 0.0, -0.0, -1}, 3)));
        c.add(t.row("a row with entries +∞", returns(1, 0), () -> Argmax.ofRows(new float[] {1, Float.POSITIVE_INFINITY,
            Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY}, 2)));
        c.add(t.row("a row with every entry −∞", returns(0, 1), () -> Argmax.ofRows(new double[] {-INF, -INF, -INF, 0}, 2)));
        return c;
    }

    static List<Arguments> topK() {
        List<Arguments> c = new ArrayList<>();
        int[] out = ints(4);
        Table t = TOP_K;
        common(c, t, (z, o, l, r) -> TopK.intoRows(z, o, l, r, Math.max(0, Math.min(r, 1)), out, 0),
                () -> TopK.ofRows((double[]) null, 2, 1), () -> TopK.intoRows(new double[2], 2, 1, null), untouched(out));
        c.add(t.row("k < 0 or k > rowLength", throwsIae("k = 3 is not in [0, rowLength = 2]").andThen(untouched(out)),
                () -> TopK.intoRows(new double[4], 0, 4, 2, 3, out, 0)));
        c.add(t.row("k < 0 or k > rowLength", "negative", throwsIae("k = -1").andThen(untouched(out)),
                () -> TopK.intoRows(new float[4], 2, -1, out)));
        c.add(t.row("out not k entries per row (forms without offsets)",
                throwsIae("out.length 4 != k times the rows 6").andThen(untouched(out)),
                () -> TopK.intoRows(new double[9], 3, 2, out)));
        c.add(t.row("length 0, or k = 0", returns(-7, -7, -7, -7), () -> TopK.intoRows(new double[3], 0, 0, 3, 2, ints(4), 0)));
        c.add(t.row("length 0, or k = 0", "k = 0", returns(), () -> TopK.ofRows(new float[] {1, 2, 3, 4}, 2, 0)));
        c.add(t.row("an entry NaN", throwsIae("z[5] is NaN (row 1, column 2 of rows of 3)").andThen(untouched(out)),
                () -> TopK.intoRows(new double[] {0, 1, 2, 3, 4, NAN}, 0, 6, 3, 1, out, 0)));
        c.add(t.row("equal values in a row (−0.0 and +0.0 included)", returns(1, 2, 0, 0, 1, 2),
                () -> TopK.ofRows(new double[] {0, 2, 2, 0.0, -0.0, -1}, 3, 3)));
        c.add(t.row("±∞ entries", returns(1, 2, 0, 2, 0, 1),
                () -> TopK.ofRows(new float[] {Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 0,
                    0, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY}, 3, 3)));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"softmax", "logSoftmax", "logSumExp", "sigmoid", "argmax", "topK"})
    void row(Outcome expected, Call call) {
        expected.check(call);
    }

    /**
     * Softmax and log-softmax check the whole batch before writing: a NaN in the last row is
     * reported before an all −∞ row near the start, an all −∞ row near the end is found, and
     * nothing is written; rows of 10 (1,200,000 entries, where the NaN scan is split over
     * threads; 20,000) and of 3,000.
     */
    @ParameterizedTest
    @CsvSource({"10, 120000", "10, 2000", "3000, 400"})
    void wholeBatchCheckedFirst(int rowLength, int rows) {
        int n = rowLength * rows;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = i % 7 - 3;
        }
        int late = rows - 2;
        String nanLast = "z[" + (n - 1) + "] is NaN (row " + (rows - 1) + ", column " + (rowLength - 1) + " of rows of "
                + rowLength + ")";
        String infLate = "row " + late + " of z (z[" + late * rowLength + ", " + (late + 1) * rowLength + "))";
        double[] infFirstNanLast = z.clone();
        Arrays.fill(infFirstNanLast, rowLength, 2 * rowLength, -INF);
        infFirstNanLast[n - 1] = NAN;
        double[] infLateOnly = z.clone();
        Arrays.fill(infLateOnly, late * rowLength, (late + 1) * rowLength, -INF);
        double[] out = filled(n, S);
        float[] outF = filled(n, (float) S);
        for (double[] bad : new double[][] {infFirstNanLast, infLateOnly}) {
            String message = bad == infLateOnly ? infLate : nanLast;
            float[] badF = new float[n];
            for (int i = 0; i < n; i++) {
                badF[i] = (float) bad[i];
            }
            throwsIae(message).andThen(untouched(out)).check(() -> Softmax.intoRows(bad, rowLength, out));
            throwsIae(message).andThen(untouched(outF)).check(() -> Softmax.intoRows(badF, rowLength, outF));
            throwsIae(message).andThen(untouched(out)).check(() -> LogSoftmax.intoRows(bad, rowLength, out));
            throwsIae(message).andThen(untouched(outF)).check(() -> LogSoftmax.intoRows(badF, rowLength, outF));
        }
    }

    @Test
    void everyRowOfTheTablesIsTested() {
        SOFTMAX.assertEveryRowTested(softmax());
        LOG_SOFTMAX.assertEveryRowTested(logSoftmax());
        LSE.assertEveryRowTested(logSumExp());
        SIGMOID.assertEveryRowTested(sigmoid());
        ARGMAX.assertEveryRowTested(argmax());
        TOP_K.assertEveryRowTested(topK());
    }
}
