/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads files NumPy 2.4.6 wrote ({@code numpy/make.py} in the test resources), so the reader is
 * checked against the reference implementation, and checks {@link NpyWriter} against the same
 * files byte for byte (so the writer-based tests exercise what NumPy really writes).
 */
class DatasetReaderNumpyTest {
    /** The logits make.py writes, as Python floats (doubles). */
    static final double[] Z = {0.25, 1.23, -0.8, 5.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
        2.5e-3, 1e-40, 3.0e38, -7.5, 0.1};
    static final int[] LABELS = {0, 3, 1};

    static Path resource(String name) {
        try {
            return Path.of(DatasetReaderNumpyTest.class.getResource("numpy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertFloatLogits(LogitMatrix m) {
        assertTrue(m.isFloat());
        assertEquals(3, m.rows());
        assertEquals(4, m.columns());
        for (int i = 0; i < Z.length; i++) {
            // float32 entries widen exactly: compare the bits of (float) z with the read value's
            assertEquals(Float.floatToRawIntBits((float) Z[i]), Float.floatToRawIntBits((float) m.get(i / 4, i % 4)),
                    "entry " + i);
            assertEquals((double) (float) Z[i], m.get(i / 4, i % 4));
        }
    }

    private static void assertDoubleLogits(LogitMatrix m) {
        assertFalse(m.isFloat());
        for (int i = 0; i < Z.length; i++) {
            assertEquals(Double.doubleToRawLongBits(Z[i]), Double.doubleToRawLongBits(m.get(i / 4, i % 4)),
                    "entry " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"logits_f4.npy", "logits_f4_v2.npy", "logits_f4_v3.npy"})
    void readsFloat32InEachHeaderVersion(String file) {
        Dataset d = DatasetReader.defaults().read(resource(file));
        assertFloatLogits(d.logits());
        assertFalse(d.hasLabels());
        assertEquals(file.substring(0, file.length() - 4), d.name());
    }

    @Test
    void readsBigEndianFloat64InFortranOrder() {
        assertDoubleLogits(DatasetReader.defaults().read(resource("logits_f8_big_fortran.npy")).logits());
    }

    @Test
    void readsFloat16AsFloat32() {
        LogitMatrix m = DatasetReader.defaults().read(resource("logits_f2.npy")).logits();
        assertTrue(m.isFloat());
        assertArrayEquals(new double[] {0.5, -1.5, 65504.0}, m.row(0));
        assertArrayEquals(new double[] {0x1p-24, Double.POSITIVE_INFINITY, -0.0}, m.row(1));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(m.get(1, 2)));
    }

    @Test
    void readsOneDimensionalScoresAsOneColumn() {
        Dataset d = DatasetReader.defaults().read(resource("scores_f8.npy"));
        assertTrue(d.isBinary());
        assertEquals(2, d.classes());
        assertArrayEquals(new double[] {-2.5}, d.logits().row(0));
        assertEquals(7.25, d.logits().get(2, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"labels_i8.npy", "labels_u1.npy", "labels_i4_big.npy"})
    void readsIntegerLabels(String labels) {
        Dataset d = DatasetReader.defaults().read(resource("logits_f4.npy"), resource(labels));
        assertArrayEquals(LABELS, d.labels());
        assertFloatLogits(d.logits());
        assertEquals("logits_f4", d.name());
    }

    @Test
    void readsBooleanLabelsForScores() {
        Dataset d = DatasetReader.defaults().read(resource("scores_f8.npy"), resource("labels_bool.npy"));
        assertArrayEquals(new int[] {1, 0, 1}, d.labels());
    }

    @Test
    void readsNpzStoredAndDeflated() {
        Dataset stored = DatasetReader.defaults().read(resource("val.npz"));
        assertFloatLogits(stored.logits());
        assertArrayEquals(LABELS, stored.labels());
        assertEquals("val", stored.name());
        Dataset deflated = DatasetReader.defaults().read(resource("val_compressed.npz"));
        assertDoubleLogits(deflated.logits());
        assertArrayEquals(LABELS, deflated.labels());
    }

    @Test
    void readsNpzOfUnnamedArraysByName() {
        DataException e = assertThrows(DataException.class, () -> DatasetReader.defaults().read(resource("unnamed.npz")));
        assertTrue(e.getMessage().endsWith("unnamed.npz: has no array 'logits' for the logits (arrays: arr_0, arr_1);"
                + " save with numpy.savez(file, logits=..., labels=...) (from Java, DatasetReader.builder()"
                + ".logitsMember(name) reads another name)"),
                e.getMessage());
        Dataset d = DatasetReader.builder().logitsMember("arr_0").labelsMember("arr_1").build()
                .read(resource("unnamed.npz"));
        assertFloatLogits(d.logits());
        assertArrayEquals(LABELS, d.labels());
    }

    @Test
    void readsNumpySavetxtCsvWithHeaderAsClassNames() {
        Dataset d = DatasetReader.defaults().read(resource("logits.csv"));
        assertDoubleLogits(d.logits());
        assertEquals(List.of("seal", "panda", "duck", "cat"), d.classNames());
    }

    /** NumPy's accuracy and mean NLL of labelled.csv, as make.py wrote them (Python's repr: the exact doubles). */
    static double[] labelledExpected() throws IOException {
        String[] v = Files.readAllLines(resource("labelled_expected.csv")).get(1).split(",");
        return new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1])};
    }

    @Test
    void takesTheLabelColumnOfANumpyWrittenCsvAndAgreesWithNumpysMetrics() throws IOException {
        Dataset d = DatasetReader.defaults().read(resource("labelled.csv"));
        assertEquals(20, d.rows());
        assertEquals(List.of("seal", "panda", "duck", "cat"), d.classNames());
        assertEquals("Dataset[labelled, 20 rows x 4 classes, labels from column 'label']", d.toString());
        double[] expected = labelledExpected();
        // 8 of 20 rows right: the same quotient in both
        assertEquals(expected[0], io.github.activations.evaluation.Metrics.accuracy(d), 0);
        // mean of 20 terms lse(z) - z[y] of size <= 10, each evaluated with a few roundings of
        // exp/log (1 ulp each, about 2e-15 at 10) in both NumPy and CrossEntropy: 1e-14 bounds their difference
        assertEquals(expected[1], io.github.activations.evaluation.Metrics.nll(d), 1e-14);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "shape_3d.npy | shape (2, 2, 2) has 3 dimensions; logits need shape (rows,) for one score per row or (rows, classes)",
        "scalar.npy   | shape () is a single number; logits need shape (rows,) for one score per row or (rows, classes)",
        "logits_i8.npy | dtype int64 ('<i8') is not supported for logits (supported: float16, float32 or float64 ('<f2', '<f4', '<f8'; '>' for big-endian))"})
    void rejectsNumpyFilesThatAreNotLogits(String file, String reason) {
        DataException e = assertThrows(DataException.class, () -> DatasetReader.defaults().read(resource(file)));
        assertEquals(reason, e.reason());
        assertEquals(resource(file).toString() + ": " + reason, e.getMessage());
    }

    @Test
    void rejectsOneHotLabelsWithAHint() {
        DataException e = assertThrows(DataException.class, () -> DatasetReader.defaults()
                .read(resource("logits_f4.npy"), resource("onehot_labels.npy")));
        assertEquals("shape (3, 3): labels need shape (rows,), one class index per row (one-hot labels? save"
                + " labels.argmax(axis=1))", e.reason());
    }

    @Test
    void writerMatchesNumpyByteForByte() throws IOException {
        assertArrayEquals(Files.readAllBytes(resource("logits_f4.npy")),
                NpyWriter.npy(1, "<f4", false, new long[] {3, 4}, Z));
        assertArrayEquals(Files.readAllBytes(resource("logits_f4_v2.npy")),
                NpyWriter.npy(2, "<f4", false, new long[] {3, 4}, Z));
        assertArrayEquals(Files.readAllBytes(resource("logits_f4_v3.npy")),
                NpyWriter.npy(3, "<f4", false, new long[] {3, 4}, Z));
        assertArrayEquals(Files.readAllBytes(resource("logits_f8_big_fortran.npy")),
                NpyWriter.npy(1, ">f8", true, new long[] {3, 4}, Z));
        assertArrayEquals(Files.readAllBytes(resource("logits_f2.npy")),
                NpyWriter.npy(1, "<f2", false, new long[] {2, 3}, new double[] {0.5, -1.5, 65504, 0x1p-24,
                    Double.POSITIVE_INFINITY, -0.0}));
        assertArrayEquals(Files.readAllBytes(resource("scores_f8.npy")),
                NpyWriter.npy(1, "<f8", false, new long[] {3}, new double[] {-2.5, 0, 7.25}));
        assertArrayEquals(Files.readAllBytes(resource("labels_i8.npy")),
                NpyWriter.npy(1, "<i8", false, new long[] {3}, new double[] {0, 3, 1}));
        assertArrayEquals(Files.readAllBytes(resource("labels_u1.npy")),
                NpyWriter.npy(1, "|u1", false, new long[] {3}, new double[] {0, 3, 1}));
        assertArrayEquals(Files.readAllBytes(resource("labels_i4_big.npy")),
                NpyWriter.npy(1, ">i4", false, new long[] {3}, new double[] {0, 3, 1}));
        assertArrayEquals(Files.readAllBytes(resource("labels_bool.npy")),
                NpyWriter.npy(1, "|b1", false, new long[] {3}, new double[] {1, 0, 1}));
        assertArrayEquals(Files.readAllBytes(resource("scalar.npy")),
                NpyWriter.npy(1, "<f4", false, new long[] {}, new double[] {1.5}));
    }
}
