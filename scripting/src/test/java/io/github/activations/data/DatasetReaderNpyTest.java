/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.scripting.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code .npy} and {@code .npz} files from {@link NpyWriter}: every dtype, order and version, and every bad input. */
class DatasetReaderNpyTest {
    private static final long SEED = Long.getLong("activations.seed", 20261204L);

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static DataException fails(DatasetReader reader, Path file) {
        return assertThrows(DataException.class, () -> reader.read(file));
    }

    private static DataException fails(Path file) {
        return fails(DatasetReader.defaults(), file);
    }

    /** Random logits with the special values mixed in, exactly representable in {@code dtype}. */
    private static double[] randomLogits(SplittableRandom random, int n, char size) {
        double[] special = size == '2' ? new double[] {0.0, -0.0, 65504, -65504, 0x1p-24, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY} : new double[] {0.0, -0.0, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE,
            Float.MIN_NORMAL, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double v = random.nextInt(10) == 0 ? special[random.nextInt(special.length)]
                    : random.nextGaussian() * Math.pow(10, random.nextInt(-3, 4));
            z[i] = size == '2' ? Npy.halfToFloat(NpyWriter.toHalf(nearestHalf(v))) : size == '4' ? (float) v : v;
        }
        return z;
    }

    /** A float16 value near {@code v}: its float rounded to 10 mantissa bits (range kept small). */
    private static float nearestHalf(double v) {
        if (Double.isInfinite(v) || v == 0 || Math.abs(v) == 65504 || Math.abs(v) == 0x1p-24) {
            return (float) v;
        }
        double clipped = Math.max(-60000, Math.min(60000, v));
        if (Math.abs(clipped) < 0x1p-14) {
            return (float) (Math.rint(clipped / 0x1p-24) * 0x1p-24);
        }
        int e = Math.getExponent(clipped);
        double ulp = Math.scalb(1.0, e - 10);
        return (float) (Math.rint(clipped / ulp) * ulp);
    }

    /**
     * Round trip: random logits (Gaussian over six decades, with ±0, ±max, the smallest normal and
     * subnormal values and ±∞ mixed in) written in each float dtype, both byte orders, C and Fortran
     * order and each header version, read back bit for bit.
     */
    @ParameterizedTest
    @CsvSource({"<f4, 1", ">f4, 1", "<f8, 1", ">f8, 1", "<f2, 1", ">f2, 1", "<f4, 2", ">f8, 2", "<f4, 3", ">f2, 3"})
    void roundTripsRandomLogitsBitExactly(String descr, int major) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED + descr.hashCode() * 31L + major);
        for (boolean fortran : new boolean[] {false, true}) {
            int rows = 1 + random.nextInt(40);
            int columns = 1 + random.nextInt(300);
            double[] z = randomLogits(random, rows * columns, descr.charAt(2));
            Path p = write("z.npy", NpyWriter.npy(major, descr, fortran, new long[] {rows, columns}, z));
            LogitMatrix m = DatasetReader.defaults().read(p).logits();
            assertEquals(rows, m.rows());
            assertEquals(columns, m.columns());
            assertEquals(!descr.endsWith("8"), m.isFloat());
            for (int i = 0; i < z.length; i++) {
                assertEquals(Double.doubleToRawLongBits(z[i]), Double.doubleToRawLongBits(m.get(i / columns,
                        i % columns)), () -> "seed " + SEED + ", " + descr + " v" + major + " fortran " + fortran);
            }
        }
    }

    @Test
    void readsALargeFileAcrossManyChunks() throws IOException {
        // 600 x 1000 float32 = 2.4 MB: three 1 MiB chunks, items straddling chunk ends in Fortran order too
        SplittableRandom random = new SplittableRandom(SEED);
        double[] z = randomLogits(random, 600 * 1000, '4');
        for (boolean fortran : new boolean[] {false, true}) {
            Path p = write("big.npy", NpyWriter.npy(1, ">f4", fortran, new long[] {600, 1000}, z));
            LogitMatrix m = DatasetReader.defaults().read(p).logits();
            double[] row = new double[1000];
            for (int r = 0; r < 600; r++) {
                assertArrayEquals(Arrays.copyOfRange(z, r * 1000, r * 1000 + 1000), m.rowInto(r, row));
            }
        }
    }

    @Test
    void readsRowsTimesOneAsScores() throws IOException {
        Path p = write("s.npy", NpyWriter.npy(1, "<f4", true, new long[] {3, 1}, new double[] {1, -2, 3}));
        Dataset d = DatasetReader.defaults().read(p);
        assertTrue(d.isBinary());
        assertEquals(-2.0, d.logits().get(1, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"|i1", "|u1", "<i2", ">i2", "<u2", ">u2", "<i4", ">i4", "<u4", ">u4", "<i8", ">i8", "<u8",
        ">u8", "<f2", ">f2", "<f4", ">f8"})
    void readsLabelsOfEveryIntegerAndWholeFloatDtype(String descr) throws IOException {
        Path logits = write("z.npy", NpyWriter.npy(1, "<f8", false, new long[] {5, 3}, new double[15]));
        double[] labels = {0, 2, 1, 1, 0};
        Path l = write("l.npy", NpyWriter.npy(1, descr, false, new long[] {5}, labels));
        assertArrayEquals(new int[] {0, 2, 1, 1, 0}, DatasetReader.defaults().read(logits, l).labels());
        Path column = write("c.npy", NpyWriter.npy(1, descr, true, new long[] {5, 1}, labels));
        assertArrayEquals(new int[] {0, 2, 1, 1, 0}, DatasetReader.defaults().read(logits, column).labels());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'descr':'<f4','fortran_order':False,'shape':(2,3)}",
        "{ 'shape' : ( 2 , 3 , ) , 'fortran_order' : False , 'descr' : '<f4' , }",
        "{\"descr\": \"<f4\", \"fortran_order\": False, \"shape\": (2L, 3L)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': [2, 3], 'extra': None, }",
        "{'descr': '=f4', 'fortran_order': False, 'shape': (2, 3), }"})
    void parsesHeadersRobustly(String dict) throws IOException {
        byte[] head = NpyWriter.header(1, dict);
        ByteBuffer data = ByteBuffer.allocate(24).order(ByteOrder.nativeOrder());
        for (int i = 0; i < 6; i++) {
            data.putFloat(i * 0.5f);
        }
        Path p = write("h.npy", concat(head, data.array()));
        assertArrayEquals(new double[] {1.5, 2.0, 2.5}, DatasetReader.defaults().read(p).logits().row(1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] withDict(String dict, int dataBytes) {
        return concat(NpyWriter.header(1, dict), new byte[dataBytes]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3) # malformed .npy header: it ends early (expected ',' or '}') in {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)",
        "{'descr': '<f4', 'fortran_order': False} # malformed .npy header: no 'shape' in {'descr': '<f4', 'fortran_order': False}",
        "{'descr': '<f4', 'fortran_order': 0, 'shape': (2, 3)} # malformed .npy header: 'fortran_order' is 0, not True or False",
        "{'descr': '<f4', 'fortran_order': False, 'shape': 6} # malformed .npy header: 'shape' is 6, not a tuple",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2, -3)} # malformed .npy header: 'shape' (2, -3) holds -3, not a size",
        "{'descr': '<f4', 'fortran_order': Maybe, 'shape': (2, 3)} # malformed .npy header: unknown name 'Maybe' at character 35",
        "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)} # malformed .npy header: key 'descr' twice",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)} junk # malformed .npy header: unexpected 'j' after the dict",
        "{'descr': '<c16', 'fortran_order': False, 'shape': (2, 3)} # unsupported dtype '<c16' (supported: float16, float32 or float64",
        "{'descr': '<U5', 'fortran_order': False, 'shape': (2, 3)} # unsupported dtype '<U5' (supported:",
        "{'descr': '|f4', 'fortran_order': False, 'shape': (2, 3)} # unsupported dtype '|f4' (supported:",
        "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,)} # unsupported dtype [('a', '<f4')]: structured arrays are not supported",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 3)} # shape (0, 3) holds no rows",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 0)} # shape (3, 0) holds no columns",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999, 99999999999)} # malformed .npy header: 'shape' (99999999999, 99999999999) is too large",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)} # truncated: shape (2, 3) of float32 ('<f4') needs 24 data bytes after the 128-byte header, the file has 23"})
    void rejectsBadHeadersNamingTheProblem(String dict, String reason) throws IOException {
        Path p = write("bad.npy", withDict(dict, 23));
        DataException e = fails(p);
        assertTrue(e.reason().startsWith(reason), e.getMessage());
        assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
    }

    @Test
    void rejectsBadMagicVersionAndTruncatedHeaders() throws IOException {
        assertEquals("not a .npy file: it does not start with \\x93NUMPY",
                fails(write("a.npy", "hello world".getBytes(StandardCharsets.US_ASCII))).reason());
        byte[] zip = NpyWriter.npz(false, Map.of("a", new byte[1]));
        assertEquals("not a .npy file: it does not start with \\x93NUMPY (it is a zip archive: an .npz?)",
                fails(write("b.npy", zip)).reason());
        byte[] v4 = NpyWriter.header(1, NpyWriter.dict("<f4", false, 1));
        v4[6] = 4;
        assertEquals("unsupported .npy format version 4.0 (supported: 1.0, 2.0, 3.0)",
                fails(write("c.npy", v4)).reason());
        byte[] head = NpyWriter.header(2, NpyWriter.dict("<f4", false, 1));
        assertEquals("truncated .npy header: it claims 116 bytes, the file ends after 20",
                fails(write("d.npy", Arrays.copyOf(head, 32))).reason());
        assertEquals("truncated .npy header: the file ends after 8 bytes",
                fails(write("e.npy", Arrays.copyOf(head, 8))).reason());
        byte[] huge = head.clone();
        huge[10] = 0x7f;
        assertEquals("malformed .npy header: it claims 8323188 bytes (at most 1048576 are accepted)",
                fails(write("f.npy", huge)).reason());
    }

    @Test
    void ignoresBytesAfterTheDataAsNumpyLoadDoes() throws IOException {
        byte[] bytes = NpyWriter.npy(1, "<f8", false, new long[] {1, 2}, new double[] {1, 2});
        Path p = write("long.npy", concat(bytes, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
        assertArrayEquals(new double[] {1, 2}, DatasetReader.defaults().read(p).logits().row(0));
    }

    @Test
    void rejectsATruncatedStreamOnStandardInput() {
        byte[] bytes = NpyWriter.npy(1, "<f8", false, new long[] {2, 2}, new double[4]);
        DatasetReader reader = DatasetReader.builder().stdin(new ByteArrayInputStream(Arrays.copyOf(bytes,
                bytes.length - 3))).build();
        DataException e = fails(reader, Path.of("-"));
        assertEquals("-: truncated: shape (2, 2) of float64 ('<f8') needs 32 data bytes after the 128-byte header, the"
                + " input ends after 29", e.getMessage());
    }

    @Test
    void rejectsNaNNamingRowAndColumnAndKeepsInfinities() throws IOException {
        double[] z = {1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, Double.NaN, 2};
        for (String descr : new String[] {"<f4", ">f8", "<f2"}) {
            for (boolean fortran : new boolean[] {false, true}) {
                Path p = write("nan.npy", NpyWriter.npy(1, descr, fortran, new long[] {2, 3}, z));
                assertEquals(p + ": logits[row 1, column 1] is NaN", fails(p).getMessage());
            }
        }
        z[4] = 5;
        Path p = write("inf.npy", NpyWriter.npy(1, "<f4", false, new long[] {2, 3}, z));
        LogitMatrix m = DatasetReader.defaults().read(p).logits();
        assertEquals(Double.POSITIVE_INFINITY, m.get(0, 1));
        assertEquals(Double.NEGATIVE_INFINITY, m.get(0, 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<i8 | -1  | label of row 1 is -1, outside [0, 3) (the logits have 3 columns)",
        "<f4 | 1.5 | label of row 1 is 1.5, not a whole number (labels are class indices 0, 1, ...)",
        "<f8 | Infinity | label of row 1 is Infinity, not a whole number (labels are class indices 0, 1, ...)",
        "<i8 | 3000000000 | label of row 1 is 3000000000, outside [0, 2147483647), the range of class indices",
        "<i8 | -3000000000 | label of row 1 is -3000000000, outside [0, 2147483647), the range of class indices",
        "<u8 | -1  | label of row 1 is 18446744073709551615, outside [0, 2147483647), the range of class indices",
        "<i4 | 3   | label of row 1 is 3, outside [0, 3) (the logits have 3 columns)"})
    void rejectsBadLabels(String descr, double label, String reason) throws IOException {
        Path logits = write("z.npy", NpyWriter.npy(1, "<f4", false, new long[] {3, 3}, new double[9]));
        Path labels = write("l.npy", NpyWriter.npy(1, descr, false, new long[] {3}, new double[] {0, label, 2}));
        DataException e = assertThrows(DataException.class, () -> DatasetReader.defaults().read(logits, labels));
        assertEquals(labels + ": " + reason, e.getMessage());
    }

    @Test
    void rejectsLabelsOfAnotherCountAndScoreLabelsAboveOne() throws IOException {
        Path logits = write("z.npy", NpyWriter.npy(1, "<f4", false, new long[] {3, 3}, new double[9]));
        Path two = write("two.npy", NpyWriter.npy(1, "<i8", false, new long[] {2}, new double[] {0, 1}));
        assertEquals(two + ": 2 labels for the 3 rows of " + logits, assertThrows(DataException.class,
                () -> DatasetReader.defaults().read(logits, two)).getMessage());
        Path scores = write("s.npy", NpyWriter.npy(1, "<f4", false, new long[] {2}, new double[] {0.5, -1}));
        Path labels = write("l.npy", NpyWriter.npy(1, "<i8", false, new long[] {2}, new double[] {1, 2}));
        assertEquals(labels + ": label of row 1 is 2, outside [0, 2) (one score per row: labels are 0 or 1)",
                assertThrows(DataException.class, () -> DatasetReader.defaults().read(scores, labels)).getMessage());
        Path empty = write("e.npy", withDict(NpyWriter.dict("<i8", false, 0), 0));
        assertEquals("shape (0,) holds no labels", assertThrows(DataException.class,
                () -> DatasetReader.defaults().read(logits, empty)).reason());
    }

    @Test
    void rejectsLogitsLargerThanTheHeapBeforeAllocating() throws IOException {
        Path p = write("z.npy", NpyWriter.npy(1, "<f8", false, new long[] {50, 1000}, new double[50_000]));
        DatasetReader small = DatasetReader.builder().memory(() -> 256_000_000L / 1000).build();
        assertEquals(p + ": 50 x 1000 float64 ('<f8') needs 400.0 kB, more than the 256.0 kB this JVM can still"
                + " allocate (" + Memory.maxHeap() + ")",
                fails(small, p).getMessage());
        // the same file in a JVM that can allocate it
        assertEquals(50, DatasetReader.builder().memory(() -> 400_000).build().read(p).rows());
    }

    @Test
    void rejectsAFileLargerThanThisHeap() throws IOException {
        // a sparse file: the header says 40,000 x 50,000 float64 (16 GB), and the file is that long
        long rows = 40_000;
        long columns = 50_000;
        byte[] head = NpyWriter.header(1, NpyWriter.dict("<f8", false, rows, columns));
        Path p = write("huge.npy", head);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(head.length + rows * columns * 8);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < rows * columns * 8);
        String message = fails(p).getMessage();
        assertTrue(message.startsWith(p + ": 40000 x 50000 float64 ('<f8') needs 16000 MB, more than the "), message);
        assertTrue(message.endsWith(" this JVM can still allocate (" + Memory.maxHeap() + ")"), message);
    }

    @Test
    void rejectsMoreEntriesThanAJavaArrayHolds() throws IOException {
        DataException e = fails(DatasetReader.builder().stdin(new ByteArrayInputStream(NpyWriter.header(1,
                NpyWriter.dict("<f4", false, 50_000, 50_000)))).build(), Path.of("-"));
        assertEquals("-: 50000 x 50000 float32 ('<f4') holds 2500000000 entries, more than a Java array can hold"
                + " (2147483639)", e.getMessage());
    }

    @Test
    void readsNpyFromStandardInputWithoutClosingIt() {
        byte[] bytes = NpyWriter.npy(3, ">f4", true, new long[] {2, 2}, new double[] {1, 2, 3, 4});
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Dataset d = DatasetReader.builder().stdin(in).build().read(Path.of("-"));
        assertArrayEquals(new double[] {3, 4}, d.logits().row(1));
        assertEquals("stdin", d.name());
        assertEquals(false, closed[0]);
        assertEquals(DataFormat.NPY, DataFormat.ofFileName("A.NPY"));
    }

    @Test
    void reportsBytesReadAsProgress() throws IOException {
        Path p = write("z.npy", NpyWriter.npy(1, "<f4", false, new long[] {700, 1000}, new double[700_000]));
        List<String> events = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void start(String label, long total) {
                events.add("start " + label + " " + total);
            }

            @Override
            public void advance(long done) {
                events.add("advance " + done);
            }

            @Override
            public void finish() {
                events.add("finish");
            }
        };
        DatasetReader.builder().progress(progress).build().read(p);
        long size = Files.size(p);
        assertEquals("start read " + p + " " + size, events.get(0));
        assertEquals("advance " + size, events.get(events.size() - 2));
        assertEquals("finish", events.get(events.size() - 1));
        assertEquals(3 + 2, events.size(), events.toString());
    }

    @Test
    void readsNpzStoredDeflatedAndFromStandardInput() throws IOException {
        byte[] logits = NpyWriter.npy(1, "<f4", false, new long[] {2, 3}, new double[] {1, 2, 3, 4, 5, 6});
        byte[] labels = NpyWriter.npy(1, "<i8", false, new long[] {2}, new double[] {2, 0});
        for (boolean deflate : new boolean[] {false, true}) {
            byte[] npz = NpyWriter.npz(deflate, new java.util.LinkedHashMap<>(Map.of("labels", labels, "logits", logits)));
            Dataset d = DatasetReader.defaults().read(write("v.npz", npz));
            assertArrayEquals(new int[] {2, 0}, d.labels());
            assertArrayEquals(new double[] {4, 5, 6}, d.logits().row(1));
            if (deflate) {
                Dataset s = DatasetReader.builder().stdin(new ByteArrayInputStream(npz)).build().read(Path.of("-"));
                assertArrayEquals(new int[] {2, 0}, s.labels());
                assertArrayEquals(new double[] {1, 2, 3}, s.logits().row(0));
            }
        }
        Path noLabels = write("n.npz", NpyWriter.npz(true, Map.of("logits", logits)));
        assertEquals(false, DatasetReader.defaults().read(noLabels).hasLabels());
        assertEquals(noLabels + ": has no array 'y' for the labels (arrays: logits); save with numpy.savez(file,"
                + " logits=..., labels=...) (from Java, DatasetReader.builder().labelsMember(name) reads another name)",
                fails(DatasetReader.builder()
                .labelsMember("y").build(), noLabels).getMessage());
        Path typo = write("t.npz", NpyWriter.npz(true, Map.of("logit", logits)));
        assertTrue(fails(typo).reason().startsWith("has no array 'logits' for the logits (arrays: logit); did you"
                + " mean 'logit'?"), fails(typo).reason());
    }

    @Test
    void namesTheNpzMemberInErrors() throws IOException {
        byte[] nan = NpyWriter.npy(1, "<f4", false, new long[] {1, 2}, new double[] {1, Double.NaN});
        Path p = write("v.npz", NpyWriter.npz(true, Map.of("logits", nan)));
        assertEquals(p + "[logits]: logits[row 0, column 1] is NaN", fails(p).getMessage());
        byte[] full = NpyWriter.npy(1, "<f4", false, new long[] {1, 2}, new double[] {1, 2});
        Path cut = write("c.npz", NpyWriter.npz(false, Map.of("logits", Arrays.copyOf(full, full.length - 1))));
        assertEquals(cut + "[logits]: truncated: shape (1, 2) of float32 ('<f4') needs 8 data bytes after the 128-byte"
                + " header, the file has 7", fails(cut).getMessage());
    }

    @Test
    void rejectsACorruptZipAndLabelsGivenTwice() throws IOException {
        byte[] npz = NpyWriter.npz(false, Map.of("logits", NpyWriter.npy(1, "<f4", false, new long[] {1, 2},
                new double[] {1, 2}), "labels", NpyWriter.npy(1, "<i8", false, new long[] {1}, new double[] {1})));
        Path p = write("bad.npz", Arrays.copyOf(npz, npz.length - 30));
        assertTrue(fails(p).reason().startsWith("not a valid .npz file (zip archive): "), fails(p).reason());
        Path ok = write("ok.npz", npz);
        Path labels = write("l.npy", NpyWriter.npy(1, "<i8", false, new long[] {1}, new double[] {0}));
        assertEquals(ok + ": holds labels too (array 'labels'), and a separate labels file was given: give the labels"
                + " in one place", assertThrows(DataException.class, () -> DatasetReader.defaults().read(ok, labels))
                .getMessage());
    }
}
