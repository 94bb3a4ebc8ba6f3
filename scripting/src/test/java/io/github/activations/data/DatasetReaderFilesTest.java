/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.scripting.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every format shares: missing and empty files, standard input, format sniffing, names, progress. */
class DatasetReaderFilesTest {
    @TempDir
    Path dir;

    private static DataException fails(DatasetReader reader, Path file) {
        return assertThrows(DataException.class, () -> reader.read(file));
    }

    private static DatasetReader stdin(byte[] bytes) {
        return DatasetReader.builder().stdin(new ByteArrayInputStream(bytes)).build();
    }

    @Test
    void rejectsAMissingFileSayingWhereItLooked() {
        Path relative = Path.of("no-such-dir", "val.npy");
        assertEquals(relative + ": no such file (looked for " + relative.toAbsolutePath().normalize() + ")",
                fails(DatasetReader.defaults(), relative).getMessage());
        Path absolute = dir.resolve("val.npy");
        assertEquals(absolute + ": no such file", fails(DatasetReader.defaults(), absolute).getMessage());
    }

    @Test
    void rejectsAMissingLabelsFile() throws IOException {
        Path logits = dir.resolve("z.csv");
        Files.writeString(logits, "1,2\n");
        Path labels = dir.resolve("labels.npy");
        assertEquals(labels + ": no such file", assertThrows(DataException.class, () -> DatasetReader.defaults()
                .read(logits, labels)).getMessage());
    }

    @Test
    void rejectsAnUnreadableFile() throws IOException {
        Path p = dir.resolve("secret.npy");
        Files.write(p, NpyWriter.npy(1, "<f4", false, new long[] {1}, new double[] {1}));
        Files.setPosixFilePermissions(p, java.util.Set.of());
        // root reads any file: there the check cannot be made
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p), "running as root");
        assertEquals(p + ": cannot be read: permission denied", fails(DatasetReader.defaults(), p).getMessage());
    }

    @Test
    void rejectsADirectoryAndEmptyInput() throws IOException {
        assertEquals(dir + ": is a directory, not a file", fails(DatasetReader.defaults(), dir).getMessage());
        for (String name : new String[] {"e.npy", "e.npz", "e.csv", "e.json", "e"}) {
            Path p = Files.createFile(dir.resolve(name));
            assertEquals(p + ": empty file", fails(DatasetReader.defaults(), p).getMessage());
        }
        assertEquals("-: standard input is empty: pipe the data in (activations run exp.groovy < val.csv); a script"
                + " read with run - has used it up", fails(stdin(new byte[0]), Path.of("-")).getMessage());
    }

    @Test
    void sniffsTheFormatOfStandardInputAndUnknownExtensions() throws IOException {
        byte[] npy = NpyWriter.npy(1, "<f4", false, new long[] {1, 2}, new double[] {1, 2});
        byte[] npz = NpyWriter.npz(true, Map.of("logits", npy));
        byte[] json = " \n[[1, 2]]".getBytes(StandardCharsets.UTF_8);
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] tsv = "# tabs\na\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8);
        for (byte[] bytes : List.of(npy, npz, json, csv, tsv)) {
            assertArrayEquals(new double[] {1, 2}, stdin(bytes).read(Path.of("-")).logits().row(0));
            Path p = dir.resolve("data.bin");
            Files.write(p, bytes);
            assertArrayEquals(new double[] {1, 2}, DatasetReader.defaults().read(p).logits().row(0));
        }
    }

    @Test
    void anExplicitFormatWinsOverTheExtension() throws IOException {
        Path p = dir.resolve("logits.csv");
        Files.writeString(p, "[[1, 2]]");
        assertEquals(p + ":1:1: '[[1' is not a number (logit column 0)", fails(DatasetReader.builder()
                .header(false).build(), p).getMessage());
        assertArrayEquals(new double[] {1, 2}, DatasetReader.builder().format(DataFormat.JSON).build().read(p)
                .logits().row(0));
        byte[] csv = "1,2\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("-: not a .npy file: it does not start with \\x93NUMPY", fails(DatasetReader.builder()
                .format(DataFormat.NPY).stdin(new ByteArrayInputStream(csv)).build(), Path.of("-")).getMessage());
    }

    @Test
    void standardInputIsReadOnce() {
        DataException e = assertThrows(DataException.class, () -> stdin(new byte[] {'1'}).read(Path.of("-"),
                Path.of("-")));
        assertEquals("-: logits and labels cannot both come from standard input", e.getMessage());
        // a file named "-" in a folder is a file, not standard input
        Path dash = dir.resolve("-");
        assertEquals(dash + ": no such file", fails(stdin(new byte[] {'1'}), dash).getMessage());
    }

    @Test
    void namesTheDataSet() throws IOException {
        Path p = dir.resolve("val.logits.csv");
        Files.writeString(p, "1,2\n");
        assertEquals("val.logits", DatasetReader.defaults().read(p).name());
        assertEquals("validation", DatasetReader.builder().name("validation").build().read(p).name());
        Path bare = dir.resolve("val");
        Files.writeString(bare, "1,2\n");
        assertEquals("val", DatasetReader.defaults().read(bare).name());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"a.npy, NPY", "A.NPZ, NPZ", "dir/x.csv, CSV", "x.tsv, TSV", "x.tab, TSV",
        "x.Json, JSON", "x.txt, null", "x, null", "-, null", "npy, null"})
    void choosesTheFormatByExtension(String name, DataFormat format) {
        assertEquals(format, DataFormat.ofFileName(name));
    }

    @Test
    void reportsTheBytesOfTextFilesAsProgress() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 200_000; r++) {
            text.append(r % 7).append(',').append(r % 3).append('\n');
        }
        Path p = dir.resolve("big.csv");
        Files.writeString(p, text);
        List<Long> done = new ArrayList<>();
        long[] total = {-1};
        Progress progress = new Progress() {
            @Override
            public void start(String label, long t) {
                total[0] = t;
            }

            @Override
            public void advance(long d) {
                done.add(d);
            }

            @Override
            public void finish() {
                done.add(-1L);
            }
        };
        assertEquals(200_000, DatasetReader.builder().progress(progress).build().read(p).rows());
        assertEquals(Files.size(p), total[0]);
        // every megabyte, increasing, then finish
        assertEquals(Files.size(p) / (1 << 20), done.size() - 1, done.toString());
        for (int i = 1; i < done.size() - 1; i++) {
            assertTrue(done.get(i) > done.get(i - 1));
        }
        assertEquals(-1L, done.get(done.size() - 1));
    }

    @Test
    void exceptionsCarryTheirPlace() {
        DataException a = new DataException("v.csv", 12, 3, "bad");
        assertEquals("v.csv:12:3: bad", a.getMessage());
        assertEquals("v.csv", a.file());
        assertEquals(12, a.line());
        assertEquals(3, a.column());
        assertEquals("bad", a.reason());
        assertEquals("v.csv:12: bad", new DataException("v.csv", 12, 0, "bad").getMessage());
        DataException b = new DataException("v.npy", "bad", new IOException("x"));
        assertEquals("v.npy: bad", b.getMessage());
        assertEquals(0, b.line());
        assertTrue(b.getCause() instanceof IOException);
        assertNull(new DataException("v.npy", "bad").getCause());
        assertTrue(a instanceof IllegalArgumentException);
    }

    @Test
    void printsSizesInDecimalMegabytes() {
        assertEquals("400 MB", Memory.mb(400_000_000L));
        assertEquals("2.5 MB", Memory.mb(2_500_000L));
        assertEquals("12.3 kB", Memory.mb(12_345L));
        long max = Runtime.getRuntime().maxMemory();
        assertEquals("maximum heap " + Memory.mb(max) + ", -Xmx" + max / 1024 / 1024 + "m", Memory.maxHeap());
    }
}
