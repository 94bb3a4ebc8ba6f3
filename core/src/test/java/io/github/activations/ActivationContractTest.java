/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.assertMessage;
import static io.github.activations.SpecialCases.filled;
import static io.github.activations.SpecialCases.ulpDistance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every vector function of the library keeps, in every form it offers (modelled on
 * Commons Statistics' {@code BaseDoubleStatisticTest}). A subclass names the forms of its class
 * ({@link #forms()}), adapts each one, and supplies a high-precision {@link #expected} with a
 * {@link #toleranceUlps()} whose default throws, so no function forgets to state its bound.
 *
 * <p>The base then checks, for each form: {@code null} → {@code NullPointerException} naming the
 * parameter; empty → {@code IllegalArgumentException}; NaN → {@code IllegalArgumentException}
 * naming the index ({@code rows[r][i]} in a batch); length 1; every form equals {@code of} bit
 * for bit (float forms: computed in double, rounded once); the input is never modified except
 * in place; aliasing ({@code into(z, z)} equals {@code of(z)}); when an exception is thrown
 * nothing has been written (the output holds a sentinel); a mismatched {@code out} gives both
 * lengths; jagged batches are row by row; a batch of zero rows gives zero rows.
 *
 * <p>Batch forms are called with the vector under test as row 1 of a two-row batch, so the
 * messages must name {@code rows[1]}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ActivationContractTest {

    /** The forms a public class may offer. */
    enum Form {
        OF("of(double[])"),
        OF_FLOAT("of(float[])"),
        ROWS("of(double[][])"),
        ROWS_FLOAT("of(float[][])"),
        INTO("into(double[], double[])"),
        INTO_FLOAT("into(float[], float[])"),
        IN_PLACE("inPlace(double[])"),
        IN_PLACE_FLOAT("inPlace(float[])"),
        ROWS_INTO("into(double[][], double[][])"),
        ROWS_IN_PLACE("inPlace(double[][])");

        private final String signature;

        Form(String signature) {
            this.signature = signature;
        }

        boolean isFloat() {
            return this == OF_FLOAT || this == ROWS_FLOAT || this == INTO_FLOAT || this == IN_PLACE_FLOAT;
        }

        boolean isBatch() {
            return this == ROWS || this == ROWS_FLOAT || this == ROWS_INTO || this == ROWS_IN_PLACE;
        }

        boolean writesOut() {
            return this == INTO || this == INTO_FLOAT || this == ROWS_INTO;
        }

        boolean isInPlace() {
            return this == IN_PLACE || this == IN_PLACE_FLOAT || this == ROWS_IN_PLACE;
        }

        @Override
        public String toString() {
            return signature;
        }
    }

    /** What an output array holds before the call; it must still hold it after an exception. */
    static final double SENTINEL = 12345.0;

    private static final double[] TUTORIAL = {0.25, 1.23, -0.8, 2.0, -1.5, 0.5, -3.25, 4.0};

    // ------------------------------------------------------------------ supplied by subclasses

    /** The forms the class offers. */
    abstract Set<Form> forms();

    /** The name of the vector parameter, as the messages give it. */
    String vectorName() {
        return "z";
    }

    /** The name of the batch parameter, as the messages give it. */
    String batchName() {
        return "rows";
    }

    abstract double[] of(double[] z);

    float[] of(float[] z) {
        throw notOffered();
    }

    double[][] of(double[][] rows) {
        throw notOffered();
    }

    float[][] of(float[][] rows) {
        throw notOffered();
    }

    double[] into(double[] z, double[] out) {
        throw notOffered();
    }

    float[] into(float[] z, float[] out) {
        throw notOffered();
    }

    double[] inPlace(double[] z) {
        throw notOffered();
    }

    float[] inPlace(float[] z) {
        throw notOffered();
    }

    double[][] into(double[][] rows, double[][] out) {
        throw notOffered();
    }

    double[][] inPlace(double[][] rows) {
        throw notOffered();
    }

    /** A valid, ordinary input of length n (all entries float-representable). */
    double[] ordinary(int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) (TUTORIAL[i % TUTORIAL.length] * (1 + i / TUTORIAL.length));
        }
        return z;
    }

    /** Single entries checked against {@link #expectedOfLengthOne} (float-representable). */
    double[] lengthOneInputs() {
        return new double[] {0.0, 1.5, -3.0, 100.0};
    }

    /** The exact result for the input {@code [x]}. */
    abstract double[] expectedOfLengthOne(double x);

    /** The result for an ordinary input, from a high-precision reference. */
    abstract double[] expected(double[] z);

    /** The largest error against {@link #expected}, in ulps; every subclass must state it. */
    double toleranceUlps() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " must state its tolerance in ulps");
    }

    /** Inputs (without NaN) for which the function is undefined and must throw IAE. */
    List<double[]> invalidWithoutNaN() {
        return List.of();
    }

    /**
     * A defect of the main code found by a check of this contract and reported to the lead, or
     * null. The check is then skipped for that form with the reason, instead of failing the
     * build; remove the entry when the code is fixed.
     */
    String knownDefect(String check, Form f) {
        return null;
    }

    private void skipIfKnownDefect(String check, Form f) {
        String defect = knownDefect(check, f);
        assumeTrue(defect == null, () -> "known defect, reported: " + defect);
    }

    private UnsupportedOperationException notOffered() {
        return new UnsupportedOperationException(getClass().getSimpleName() + ": form not offered");
    }

    // ------------------------------------------------------------------ form providers

    Stream<Form> allForms() {
        return forms().stream().sorted();
    }

    /** Every form, or none when the function has no undefined NaN-free input. */
    Stream<Form> formsWithUndefinedInputs() {
        return invalidWithoutNaN().isEmpty() ? Stream.empty() : allForms();
    }

    Stream<Form> batchForms() {
        return allForms().filter(Form::isBatch);
    }

    Stream<Form> outForms() {
        return allForms().filter(Form::writesOut);
    }

    Stream<Form> writingForms() {
        return allForms().filter(f -> f.writesOut() || f.isInPlace());
    }

    Stream<Form> readOnlyForms() {
        return allForms().filter(f -> !f.isInPlace());
    }

    private String where(Form f) {
        return f.isBatch() ? batchName() + "[1]" : vectorName();
    }

    private static String outWhere(Form f) {
        return f.isBatch() ? "out[1]" : "out";
    }

    // ------------------------------------------------------------------ the contract

    @Test
    @DisplayName("forms() lists every form, and of(double[]) is one of them")
    void formsAreDeclared() {
        assertTrue(forms().contains(Form.OF), "of(double[]) is the main verb");
        assertTrue(EnumSet.allOf(Form.class).containsAll(forms()));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("allForms")
    @DisplayName("a null vector → NullPointerException naming the parameter")
    void nullVectorThrowsNpeNamingIt(Form f) {
        Invocation call = new Invocation(f, null, 1, false);
        NullPointerException e = assertThrows(NullPointerException.class, call::run);
        assertMessage(e, where(f) + " is null");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("batchForms")
    @DisplayName("a null batch → NullPointerException naming the parameter")
    void nullBatchThrowsNpeNamingIt(Form f) {
        NullPointerException e = assertThrows(NullPointerException.class, () -> runBatch(f, null));
        assertMessage(e, batchName() + " is null");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("outForms")
    @DisplayName("a null out → NullPointerException naming it, input untouched")
    void nullOutThrowsNpeNamingIt(Form f) {
        double[] z = ordinary(3);
        double[] copy = z.clone();
        NullPointerException e;
        switch (f) {
            case INTO:
                e = assertThrows(NullPointerException.class, () -> into(z, null));
                assertMessage(e, "out is null");
                break;
            case INTO_FLOAT:
                e = assertThrows(NullPointerException.class, () -> into(narrow(z), null));
                assertMessage(e, "out is null");
                break;
            default:
                double[][] rows = {ordinary(2), z};
                e = assertThrows(NullPointerException.class, () -> into(rows, null));
                assertMessage(e, "out is null");
                double[][] out = {filled(2, SENTINEL), null};
                e = assertThrows(NullPointerException.class, () -> into(rows, out));
                assertMessage(e, "out[1] is null");
                assertArrayEquals(filled(2, SENTINEL), out[0], "nothing written");
                break;
        }
        assertArrayEquals(copy, z);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("allForms")
    @DisplayName("an empty vector → IllegalArgumentException naming it, nothing written")
    void emptyThrowsIae(Form f) {
        Invocation call = new Invocation(f, new double[0], 0, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertMessage(e, where(f) + " is empty");
        call.assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("allForms")
    @DisplayName("NaN at any index → IllegalArgumentException naming the index, nothing written")
    void nanThrowsIaeNamingTheIndex(Form f) {
        for (int n : new int[] {1, 2, 3, 5}) {
            for (int i = 0; i < n; i++) {
                double[] z = ordinary(n);
                z[i] = Double.NaN;
                Invocation call = new Invocation(f, z, n, false);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
                assertMessage(e, where(f) + "[" + i + "]", "NaN");
                call.assertNothingWritten();
            }
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("formsWithUndefinedInputs")
    @DisplayName("an undefined input without NaN → IllegalArgumentException naming the vector (or row)")
    void undefinedInputThrowsIaeNamingIt(Form f) {
        skipIfKnownDefect("undefinedInputThrowsIaeNamingIt", f);
        for (double[] z : invalidWithoutNaN()) {
            Invocation call = new Invocation(f, z, z.length, false);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run,
                    () -> Arrays.toString(z));
            assertMessage(e, where(f));
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("formsWithUndefinedInputs")
    @DisplayName("an undefined input without NaN → IllegalArgumentException, nothing written")
    void undefinedInputWritesNothing(Form f) {
        skipIfKnownDefect("undefinedInputWritesNothing", f);
        for (double[] z : invalidWithoutNaN()) {
            Invocation call = new Invocation(f, z, z.length, false);
            assertThrows(IllegalArgumentException.class, call::run, () -> Arrays.toString(z));
            call.assertNothingWritten();
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("outForms")
    @DisplayName("out of another length → IllegalArgumentException with both lengths, nothing written")
    void mismatchedOutThrowsIaeWithBothLengths(Form f) {
        for (int m : new int[] {0, 2, 4}) {
            Invocation call = new Invocation(f, ordinary(3), m, false);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
            assertMessage(e, outWhere(f) + ".length " + m, where(f) + ".length 3");
            call.assertNothingWritten();
        }
        if (f == Form.ROWS_INTO) {
            double[][] out = {filled(2, SENTINEL)};
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> into(new double[][] {ordinary(2), ordinary(3)}, out));
            assertMessage(e, "out.length 1", batchName() + ".length 2");
            assertArrayEquals(filled(2, SENTINEL), out[0]);
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("allForms")
    @DisplayName("length 1 gives the documented value")
    void lengthOne(Form f) {
        for (double x : lengthOneInputs()) {
            double[] expected = f.isFloat() ? roundToFloat(expectedOfLengthOne(x)) : expectedOfLengthOne(x);
            double[] actual = new Invocation(f, new double[] {x}, 1, false).run();
            assertEquals(Arrays.toString(expected), Arrays.toString(actual), () -> "[" + x + "]");
        }
    }

    @Test
    @DisplayName("of(double[]) agrees with the 40-digit reference within the stated ulps")
    void agreesWithTheHighPrecisionReference() {
        double tolerance = toleranceUlps();
        for (int n : new int[] {1, 2, 3, 4, 7, 17}) {
            double[] z = ordinary(n);
            double[] expected = expected(z);
            double[] actual = of(z.clone());
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < expected.length; i++) {
                double err = ulpDistance(actual[i], expected[i]);
                int at = i;
                assertTrue(err <= tolerance, () -> Arrays.toString(z) + " entry " + at + ": " + actual[at]
                        + " vs " + expected[at] + ", " + err + " ulp > " + tolerance);
            }
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("allForms")
    @DisplayName("every form equals of(double[]) bit for bit (float forms: computed in double, rounded once)")
    void everyFormEqualsOfBitForBit(Form f) {
        for (int n : new int[] {1, 2, 3, 4, 7, 17}) {
            double[] z = ordinary(n);
            double[] expected = f.isFloat() ? roundToFloat(of(widen(narrow(z)))) : of(z.clone());
            double[] actual = new Invocation(f, z, n, false).run();
            assertEquals(Arrays.toString(expected), Arrays.toString(actual), () -> Arrays.toString(z));
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("readOnlyForms")
    @DisplayName("the input is never modified (compared with a copy)")
    void doesNotModifyItsInput(Form f) {
        for (int n : new int[] {1, 2, 3, 7}) {
            Invocation call = new Invocation(f, ordinary(n), n, false);
            double[] before = call.input();
            double[] firstBefore = call.firstInputRow();
            call.run();
            assertArrayEquals(before, call.input());
            assertArrayEquals(firstBefore, call.firstInputRow());
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("writingForms")
    @DisplayName("aliasing: into(z, z) and inPlace(z) equal of(z) and return the array they wrote")
    void aliasingEqualsOf(Form f) {
        for (int n : new int[] {1, 2, 3, 7}) {
            double[] z = ordinary(n);
            double[] expected = f.isFloat() ? roundToFloat(of(widen(narrow(z)))) : of(z.clone());
            Invocation call = new Invocation(f, z, n, true);
            double[] actual = call.run();
            assertEquals(Arrays.toString(expected), Arrays.toString(actual));
            call.assertReturnedItsTarget();
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("outForms")
    @DisplayName("into returns its out array")
    void intoReturnsOut(Form f) {
        Invocation call = new Invocation(f, ordinary(3), 3, false);
        call.run();
        call.assertReturnedItsTarget();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("batchForms")
    @DisplayName("a jagged batch is computed row by row")
    void jaggedBatchIsRowByRow(Form f) {
        double[][] rows = {ordinary(3), ordinary(1), ordinary(5), ordinary(2), ordinary(3)};
        rows[4][0] = -rows[4][0];
        double[][] actual = runBatch(f, rows);
        assertEquals(rows.length, actual.length);
        for (int r = 0; r < rows.length; r++) {
            double[] expected = f.isFloat() ? roundToFloat(of(widen(narrow(rows[r])))) : of(rows[r].clone());
            assertEquals(Arrays.toString(expected), Arrays.toString(actual[r]), "row " + r);
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("batchForms")
    @DisplayName("a batch of zero rows gives zero rows")
    void zeroRows(Form f) {
        assertEquals(0, runBatch(f, new double[0][]).length);
    }

    // ------------------------------------------------------------------ calling a form

    /** Runs a batch form on a copy of {@code rows} (null passed through); results widened. */
    double[][] runBatch(Form f, double[][] rows) {
        switch (f) {
            case ROWS:
                return of(copy(rows));
            case ROWS_FLOAT:
                return widen(of(narrow(rows)));
            case ROWS_INTO: {
                double[][] in = copy(rows);
                double[][] out = in == null ? new double[0][] : new double[in.length][];
                for (int r = 0; r < out.length; r++) {
                    out[r] = in[r] == null ? new double[0] : new double[in[r].length];
                }
                return into(in, out);
            }
            case ROWS_IN_PLACE:
                return inPlace(copy(rows));
            default:
                throw new IllegalArgumentException(f + " is not a batch form");
        }
    }

    /**
     * One call of one form on one vector z: the vector itself, or row 1 of the batch
     * {ordinary(2), z}. Keeps its arrays so the test can look at them afterwards.
     */
    final class Invocation {
        private final Form form;
        private final Object in;
        private final Object out;
        private final double[] original;
        private Object returned;

        Invocation(Form form, double[] z, int outLength, boolean aliased) {
            this.form = form;
            this.original = z == null ? null : form.isFloat() ? roundToFloat(z) : z.clone();
            double[] row0 = ordinary(2);
            switch (form) {
                case OF:
                case INTO:
                case IN_PLACE:
                    in = z == null ? null : z.clone();
                    break;
                case OF_FLOAT:
                case INTO_FLOAT:
                case IN_PLACE_FLOAT:
                    in = narrow(z);
                    break;
                case ROWS_FLOAT:
                    in = new float[][] {narrow(row0), narrow(z)};
                    break;
                default:
                    in = new double[][] {row0, z == null ? null : z.clone()};
                    break;
            }
            if (!form.writesOut()) {
                out = null;
            } else if (aliased) {
                out = in;
            } else if (form == Form.INTO) {
                out = filled(outLength, SENTINEL);
            } else if (form == Form.INTO_FLOAT) {
                out = filled(outLength, (float) SENTINEL);
            } else {
                out = new double[][] {filled(2, SENTINEL), filled(outLength, SENTINEL)};
            }
        }

        /** Runs the form; returns the result for z, widened to double. */
        double[] run() {
            switch (form) {
                case OF:
                    return (double[]) (returned = of((double[]) in));
                case OF_FLOAT:
                    return widen((float[]) (returned = of((float[]) in)));
                case ROWS:
                    return row1(returned = of((double[][]) in));
                case ROWS_FLOAT:
                    return row1(widen((float[][]) (returned = of((float[][]) in))));
                case INTO:
                    return (double[]) (returned = into((double[]) in, (double[]) out));
                case INTO_FLOAT:
                    return widen((float[]) (returned = into((float[]) in, (float[]) out)));
                case IN_PLACE:
                    return (double[]) (returned = inPlace((double[]) in));
                case IN_PLACE_FLOAT:
                    return widen((float[]) (returned = inPlace((float[]) in)));
                case ROWS_INTO:
                    return row1(returned = into((double[][]) in, (double[][]) out));
                default:
                    return row1(returned = inPlace((double[][]) in));
            }
        }

        private double[] row1(Object batch) {
            double[][] b = (double[][]) batch;
            assertEquals(2, b.length, "rows in the result");
            return b[1];
        }

        /** The vector under test as it is now (widened). */
        double[] input() {
            return vector(in, 1);
        }

        /** Row 0 of a batch as it is now; empty for vector forms. */
        double[] firstInputRow() {
            return form.isBatch() ? vector(in, 0) : new double[0];
        }

        /** After an exception: the input is as it was, and {@code out} holds only the sentinel. */
        void assertNothingWritten() {
            if (original != null) {
                assertArrayEquals(original, input(), "input modified before the exception");
            }
            if (out != null && out != in) {
                if (form.isBatch()) {
                    assertArrayEquals(filled(2, SENTINEL), vector(out, 0), "out[0] written before the exception");
                }
                double[] o = vector(out, 1);
                assertArrayEquals(filled(o.length, SENTINEL), o, "out written before the exception");
            }
            if (form.isBatch()) {
                assertArrayEquals(ordinary(2), vector(in, 0), "rows[0] modified before the exception");
            }
        }

        /** into and inPlace return the very array they wrote. */
        void assertReturnedItsTarget() {
            assertSame(out != null ? out : in, returned);
        }

        private double[] vector(Object a, int row) {
            if (a instanceof double[]) {
                return ((double[]) a).clone();
            }
            if (a instanceof float[]) {
                return widen((float[]) a);
            }
            if (a instanceof double[][]) {
                return ((double[][]) a)[row].clone();
            }
            return widen(((float[][]) a)[row]);
        }
    }

    // ------------------------------------------------------------------ conversions

    static float[] narrow(double[] z) {
        if (z == null) {
            return null;
        }
        float[] f = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            f[i] = (float) z[i];
        }
        return f;
    }

    static float[][] narrow(double[][] rows) {
        if (rows == null) {
            return null;
        }
        float[][] f = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            f[r] = narrow(rows[r]);
        }
        return f;
    }

    static double[] widen(float[] z) {
        double[] d = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            d[i] = z[i];
        }
        return d;
    }

    static double[][] widen(float[][] rows) {
        double[][] d = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            d[r] = widen(rows[r]);
        }
        return d;
    }

    static double[] roundToFloat(double[] z) {
        return widen(narrow(z));
    }

    static double[][] copy(double[][] rows) {
        if (rows == null) {
            return null;
        }
        double[][] c = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            c[r] = rows[r] == null ? null : rows[r].clone();
        }
        return c;
    }

    /** Each value as a one-entry row: the batch form of a function returning one number per row. */
    static float[][] floatColumn(float[] values) {
        float[][] c = new float[values.length][];
        for (int r = 0; r < values.length; r++) {
            c[r] = new float[] {values[r]};
        }
        return c;
    }

    static float[][] floatColumn(int[] values) {
        float[][] c = new float[values.length][];
        for (int r = 0; r < values.length; r++) {
            c[r] = new float[] {values[r]};
        }
        return c;
    }

    static double[][] column(double[] values) {
        double[][] c = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            c[r] = new double[] {values[r]};
        }
        return c;
    }

    static double[][] column(int[] values) {
        double[][] c = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            c[r] = new double[] {values[r]};
        }
        return c;
    }
}
