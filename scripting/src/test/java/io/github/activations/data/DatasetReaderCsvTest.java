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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV and TSV: headers, quotes, comments, tabs, label columns, and every bad input with its line and column. */
class DatasetReaderCsvTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static DatasetReader labelColumn(String name) {
        return DatasetReader.builder().labelColumn(name).build();
    }

    private static DataException fails(DatasetReader reader, Path file) {
        return assertThrows(DataException.class, () -> reader.read(file));
    }

    @Test
    void readsAHeaderAsClassNamesAndALabelColumnByName() throws IOException {
        Path p = write("val.csv", "seal,panda,duck,label\n0.25,1.23,-0.8,1\n-1,2,3.5e2,0\n");
        Dataset d = labelColumn("label").read(p);
        assertEquals(List.of("seal", "panda", "duck"), d.classNames());
        assertArrayEquals(new double[] {0.25, 1.23, -0.8}, d.logits().row(0));
        assertArrayEquals(new double[] {-1, 2, 350}, d.logits().row(1));
        assertArrayEquals(new int[] {1, 0}, d.labels());
        assertFalse(d.logits().isFloat());
        assertEquals("val", d.name());
    }

    @Test
    void readsAFileWithoutHeaderAndLabelColumnsByIndex() throws IOException {
        Path p = write("z.csv", "2,0.5,1.5,1\n0,-1,-2,2\n");
        Dataset first = DatasetReader.builder().labelColumn(0).build().read(p);
        assertArrayEquals(new int[] {2, 0}, first.labels());
        assertArrayEquals(new double[] {0.5, 1.5, 1}, first.logits().row(0));
        assertEquals(List.of("0", "1", "2"), first.classNames());
        Dataset last = DatasetReader.builder().labelColumn(-1).build().read(p);
        assertArrayEquals(new int[] {1, 2}, last.labels());
        assertArrayEquals(new double[] {0, -1, -2}, last.logits().row(1));
        Dataset none = DatasetReader.defaults().read(p);
        assertFalse(none.hasLabels());
        assertEquals(4, none.classes());
    }

    @Test
    void skipsCommentsAndBlankLinesAndReadsQuotesCrLfAndAByteOrderMark() throws IOException {
        String text = "\uFEFF# written by eval.py\r\n\r\n\"seal\",\"panda, giant\",label\r\n   \r\n\"0.5\", 1.5 ,\"1\"\r\n"
                + "# a comment between rows\r\n-inf,Infinity,0\r\n\n";
        Dataset d = labelColumn("label").read(write("q.csv", text));
        assertEquals(List.of("seal", "panda, giant"), d.classNames());
        assertArrayEquals(new double[] {0.5, 1.5}, d.logits().row(0));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, d.logits().row(1));
        assertArrayEquals(new int[] {1, 0}, d.labels());
    }

    @Test
    void readsTabsByExtensionByOptionAndBySniffing() throws IOException {
        String tsv = "a\tb\tlabel\n1\t2\t1\n";
        assertArrayEquals(new int[] {1}, labelColumn("label").read(write("z.tsv", tsv)).labels());
        assertArrayEquals(new int[] {1}, labelColumn("label").read(write("z.txt", tsv)).labels());
        assertArrayEquals(new int[] {1}, DatasetReader.builder().format(DataFormat.TSV).labelColumn("label").build()
                .read(write("z.dat", tsv)).labels());
        Dataset semicolons = DatasetReader.builder().delimiter(';').labelColumn("label").build()
                .read(write("z.csv", "a;b;label\n1.5;2;1\n"));
        assertArrayEquals(new double[] {1.5, 2}, semicolons.logits().row(0));
        assertArrayEquals(new int[] {1}, semicolons.labels());
    }

    @Test
    void readsLabelsThatNameClasses() throws IOException {
        Path p = write("n.csv", "seal,panda,duck,label\n1,2,3,duck\n4,5,6,seal\n7,8,9,2.0\n");
        assertArrayEquals(new int[] {2, 0, 2}, labelColumn("label").read(p).labels());
        Path noHeader = write("m.csv", "1,2,3,duck\n4,5,6,seal\n");
        Dataset d = DatasetReader.builder().classNames(List.of("seal", "panda", "duck")).labelColumn(3).build()
                .read(noHeader);
        assertArrayEquals(new int[] {2, 0}, d.labels());
        assertEquals(List.of("seal", "panda", "duck"), d.classNames());
    }

    @Test
    void forcedHeaderReadsNumericClassNames() throws IOException {
        Path p = write("h.csv", "0,1,2\n0.5,0.25,0.125\n");
        Dataset d = DatasetReader.builder().header(true).build().read(p);
        assertEquals(1, d.rows());
        assertEquals(List.of("0", "1", "2"), d.classNames());
        assertEquals(2, DatasetReader.defaults().read(p).rows());
        Dataset numbers = DatasetReader.builder().header(true).labelColumn("y").build()
                .read(write("n.csv", "5,7,y\n0.5,0.25,1\n"));
        assertArrayEquals(new int[] {1}, numbers.labels(), "a number is a class index, not a class name");
        DataException e = fails(DatasetReader.builder().header(false).build(), write("t.csv", "a,b\n1,2\n"));
        assertEquals(dir.resolve("t.csv") + ":1:1: 'a' is not a number (logit column 0)", e.getMessage());
    }

    @Test
    void readsScoresWithLabelsAndIgnoresAOneColumnHeaderForClassNames() throws IOException {
        Dataset d = DatasetReader.builder().labelColumn("y").scores(true).build()
                .read(write("s.csv", "score,y\n-1.5,0\n2.5,1\n"));
        assertTrue(d.isBinary());
        assertEquals(List.of("0", "1"), d.classNames());
        assertArrayEquals(new int[] {0, 1}, d.labels());
    }

    @Test
    void readsALabelsFileForLogitsInAnother() throws IOException {
        Path logits = write("z.csv", "seal,panda,duck\n1,2,3\n4,5,6\n");
        assertArrayEquals(new int[] {2, 0}, DatasetReader.defaults().read(logits, write("l.csv", "2\n0\n")).labels());
        assertArrayEquals(new int[] {2, 0}, DatasetReader.defaults().read(logits, write("l2.csv", "label\n2\n0\n"))
                .labels());
        assertArrayEquals(new int[] {2, 0}, DatasetReader.defaults().read(logits, write("l3.csv", "duck\nseal\n"))
                .labels());
        assertArrayEquals(new int[] {1, 0}, DatasetReader.builder().labelColumn("y").build()
                .read(logits, write("l4.csv", "id,y\n7,1\n8,0\n")).labels());
        assertArrayEquals(new int[] {1, 0}, DatasetReader.defaults()
                .read(logits, write("l7.csv", "id,Label\n7,1\n8,0\n")).labels());
        Path wide = write("l5.csv", "id,y\n7,1\n8,0\n");
        assertEquals(wide + ":1: a labels file with 2 columns: say which holds the labels (labelColumn), or name it"
                + " label in the header",
                assertThrows(DataException.class, () -> DatasetReader.defaults().read(logits, wide)).getMessage());
        Path far = write("l6.csv", "1\n3\n");
        assertEquals(far + ":2:1: label of row 1 is 3, outside [0, 3) (the logits have 3 columns)",
                assertThrows(DataException.class, () -> DatasetReader.defaults().read(logits, far)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "seal,panda,duck,label   | label",
        "seal,panda,duck,labels  | labels",
        "seal,panda,duck,LABEL   | LABEL",
        "seal,panda,duck,Labels  | Labels"})
    void takesAHeaderColumnNamedLabelOrLabelsAsTheLabels(String header, String taken) throws IOException {
        Path p = write("val.csv", header + "\n0.25,1.23,-0.8,1\n-1,2,3.5e2,0\n");
        Dataset d = DatasetReader.defaults().read(p);
        assertArrayEquals(new int[] {1, 0}, d.labels());
        assertEquals(List.of("seal", "panda", "duck"), d.classNames());
        assertArrayEquals(new double[] {-1, 2, 350}, d.logits().row(1));
        assertEquals("Dataset[val, 2 rows x 3 classes, labels from column '" + taken + "']", d.toString());
    }

    @Test
    void takesALabelColumnAnywhereAndReadsOtherNamesAsLogits() throws IOException {
        Dataset first = DatasetReader.defaults().read(write("f.tsv", "label\ta\tb\n1\t0.5\t2\n"));
        assertArrayEquals(new int[] {1}, first.labels());
        assertArrayEquals(new double[] {0.5, 2}, first.logits().row(0));
        Path target = write("t.csv", "a,b,target\n0.5,2,1\n");
        Dataset logits = DatasetReader.defaults().read(target);
        assertFalse(logits.hasLabels(), "only label and labels are taken; target is a common class name");
        assertEquals(3, logits.classes());
        assertArrayEquals(new int[] {1}, labelColumn("target").read(target).labels());
        assertFalse(DatasetReader.defaults().read(write("n.csv", "a,b,mislabel\n0.5,2,1\n")).hasLabels());
        Dataset spaced = DatasetReader.defaults().read(write("s.csv", "a,  Label\t,b\n0.5,1,2\n"));
        assertArrayEquals(new int[] {1}, spaced.labels());
        assertEquals("Dataset[s, 1 rows x 2 classes, labels from column 'Label']", spaced.toString());
        Dataset named = labelColumn("b").read(write("b.csv", "a,b,label\n0.5,1,2\n"));
        assertArrayEquals(new int[] {1}, named.labels());
        assertEquals(List.of("a", "label"), named.classNames(), "a named label column wins over one called label");
        assertEquals("Dataset[b, 1 rows x 2 classes, labels from column 'b']", named.toString());
        assertEquals("Dataset[b, 1 rows x 2 classes, labels from column 0]", DatasetReader.builder().labelColumn(0)
                .build().read(write("b.csv", "1,0.5,2\n")).toString());
    }

    @Test
    void noLabelColumnReadsAColumnNamedLabelAsLogits() throws IOException {
        Path p = write("val.csv", "seal,panda,label\n0.5,1.5,1\n");
        Dataset d = DatasetReader.builder().noLabelColumn().build().read(p);
        assertFalse(d.hasLabels());
        assertEquals(List.of("seal", "panda", "label"), d.classNames());
        assertArrayEquals(new double[] {0.5, 1.5, 1}, d.logits().row(0));
        assertEquals("Dataset[val, 1 rows x 3 classes]", d.toString());
        assertTrue(DatasetReader.builder().noLabelColumn().labelColumn("label").build().read(p).hasLabels(),
                "labelColumn after noLabelColumn names the column again");
        Dataset noHeader = DatasetReader.builder().header(false).build().read(write("h.csv", "0.5,1.5,1\n"));
        assertFalse(noHeader.hasLabels(), "without a header no column has a name");
    }

    @Test
    void rejectsTwoColumnsThatCouldHoldTheLabels() throws IOException {
        Path p = write("two.csv", "label,a,b,Labels\n1,0.5,2,0\n");
        assertEquals(p + ":1:4: two columns could hold the labels, 'label' (column 0) and 'Labels' (column 3): say"
                + " which with labelColumn", fails(DatasetReader.defaults(), p).getMessage());
        assertArrayEquals(new int[] {0}, labelColumn("Labels").read(p).labels());
        assertEquals(4, DatasetReader.builder().noLabelColumn().build().read(p).classes());
    }

    @Test
    void rejectsALabelColumnInALogitsFileWhenALabelsFileIsGiven() throws IOException {
        Path logits = write("z.csv", "seal,panda,label\n1,2,1\n4,5,0\n");
        Path labels = write("y.csv", "1\n0\n");
        DataException e = assertThrows(DataException.class, () -> DatasetReader.defaults().read(logits, labels));
        assertEquals(logits + ":1:3: holds labels too (column 'label'), and a separate labels file was given: give the"
                + " labels in one place, or labelColumn: null to read the column as logits", e.getMessage());
        Dataset d = DatasetReader.builder().noLabelColumn().build().read(logits, labels);
        assertEquals(3, d.classes());
        assertArrayEquals(new int[] {1, 0}, d.labels());
    }

    @Test
    void readsFromStandardInput() {
        byte[] csv = "# from a pipe\nx,y,label\n1,2,1\n3,4,0\n".getBytes(StandardCharsets.UTF_8);
        Dataset d = DatasetReader.builder().labelColumn("label").stdin(new ByteArrayInputStream(csv)).build()
                .read(Path.of("-"));
        assertArrayEquals(new int[] {1, 0}, d.labels());
        assertEquals(List.of("x", "y"), d.classNames());
        assertEquals("stdin", d.name());
    }

    @Test
    void countsLinesOfQuotedFieldsThatSpanLines() throws IOException {
        Path p = write("m.csv", "\"first\nclass\",second\n1,2\n3,x\n");
        DataException e = fails(DatasetReader.defaults(), p);
        assertEquals(p + ":4:2: 'x' is not a number (logit column 1)", e.getMessage());
        Dataset d = DatasetReader.defaults().read(write("ok.csv", "\"first\nclass\",second\n1,2\n3,4\n"));
        assertEquals(2, d.rows());
        assertEquals(List.of("first\nclass", "second"), d.classNames());
    }

    /**
     * Round trip: random doubles printed with {@link Double#toString} (shortest repr that reads
     * back exactly) come back bit for bit, including ±0, subnormals, ±MAX_VALUE and ±∞.
     */
    @Test
    void roundTripsRandomDoublesBitExactly() throws IOException {
        SplittableRandom random = new SplittableRandom(Long.getLong("activations.seed", 20261204L));
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int rows = 200;
        int columns = 7;
        double[] z = new double[rows * columns];
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double v = random.nextInt(8) == 0 ? special[random.nextInt(special.length)]
                        : random.nextGaussian() * Math.pow(10, random.nextInt(-300, 300));
                z[r * columns + c] = v;
                text.append(c == 0 ? "" : ",").append(Double.toString(v).toLowerCase(Locale.ROOT));
            }
            text.append('\n');
        }
        LogitMatrix m = DatasetReader.defaults().read(write("r.csv", text.toString())).logits();
        for (int i = 0; i < z.length; i++) {
            assertEquals(Double.doubleToRawLongBits(z[i]), Double.doubleToRawLongBits(m.get(i / columns, i % columns)));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a,b,c\\n1,2,3\\n4,5\\n6,7,8         | 3:3: row has 2 cells, expected 3 (as in the header on line 1)",
        "1,2,3\\n4,5,6,7\\n                  | 2:4: row has 4 cells, expected 3 (as in the first row on line 1)",
        "a,b\\n1,abc\\n                      | 2:2: 'abc' is not a number (logit column 1)",
        "a,b\\n1,\\n                         | 2:2: empty cell (logit column 1)",
        "a,b\\n1,0x1p3\\n                    | 2:2: '0x1p3' is not a number (logit column 1)",
        "a,b\\n1,2.5f\\n                     | 2:2: '2.5f' is not a number (logit column 1)",
        "a,b\\n# c\\n1,2\\n3,nan\\n          | 4:2: logits[row 1, column 1] is NaN",
        "a,b\\n1,\"2\\n                      | 2: malformed CSV: EOF reached before encapsulated token finished",
        "# only\\n\\n# comments\\n           | no rows: only blank lines or # comments",
        "a,b\\n# nothing else\\n             | 1: no data rows: only a header",
        ",a,b\\n0,1,2\\n1,3,4\\n             | 1:1: column 0 has no name in the header: a row index, as pandas' to_csv"
                + " writes unless index=False? Remove the column or name it",
        "a,,b\\n1,2,3\\n                     | 1:2: column 1 has no name in the header: a row index, as pandas' to_csv"
                + " writes unless index=False? Remove the column or name it"})
    void rejectsBadCsvNamingLineAndColumn(String text, String where) throws IOException {
        Path p = write("bad.csv", text.strip().replace("\\n", "\n"));
        DataException e = fails(DatasetReader.defaults(), p);
        assertEquals(p + (Character.isDigit(where.charAt(0)) ? ":" : ": ") + where, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "seal,panda,label\\n1,2,3\\n | label    | 2:3: label of row 0 is 3, outside [0, 2) (the logits have 2 columns)",
        "seal,panda,label\\n1,2,-1\\n | label   | 2:3: label of row 0 is -1, outside [0, 2) (the logits have 2 columns)",
        "seal,panda,label\\n1,2,0.5\\n | label  | 2:3: label of row 0 is 0.5, not a whole number (labels are class indices 0, 1, ...)",
        "seal,panda,label\\n1,2,sael\\n | label | 2:3: label of row 0 is 'sael', neither a class index nor a class name (classes: seal, panda); did you mean 'seal'?",
        "x,label\\n1,cat\\n | label              | 2:2: label of row 0 is 'cat', not a class index (and no class names are known)",
        "a,b,label\\n1,2,d\\n | label            | 2:3: label of row 0 is 'd', neither a class index nor a class name (classes: a, b)",
        "a,b,label\\n1,2,B\\n | label            | 2:3: label of row 0 is 'B', neither a class index nor a class name (classes: a, b); did you mean 'b'?",
        "seal,panda,label\\n1,2,\\n | label     | 2:3: label of row 0 is an empty cell",
        "seal,panda,label\\n1,2,0\\n | lable    | 1: no column 'lable' for the labels (columns: seal, panda, label); did you mean 'label'?",
        "seal,panda,label\\n1,2,0\\n | Label    | 1: no column 'Label' for the labels (columns: seal, panda, label); did you mean 'label'?",
        "1,2,0\\n | label                       | 1: labelColumn 'label' needs a header row, but the first row is all numbers",
        "label\\n1\\n | label                     | 1: no logit columns: the only column holds the labels"})
    void rejectsBadLabelsAndLabelColumns(String text, String column, String where) throws IOException {
        Path p = write("bad.csv", text.strip().replace("\\n", "\n"));
        assertEquals(p + ":" + where, fails(labelColumn(column), p).getMessage());
    }

    @Test
    void aLongHeaderIsShortenedInMessagesButKeepsItsLastColumn() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("c").append(i).append(',');
        }
        Path p = write("wide.csv", text + "label\n" + "0,".repeat(100) + "1\n");
        assertEquals(p + ":1: no column 'lable' for the labels (columns: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, … 90 more,"
                + " label); did you mean 'label'?", fails(labelColumn("lable"), p).getMessage());
    }

    @Test
    void rejectsALabelColumnIndexOutsideTheColumns() throws IOException {
        Path p = write("i.csv", "1,2,0\n");
        assertEquals(p + ":1: labelColumn 3 is outside the 3 columns (0 to 2, or -1 for the last)",
                fails(DatasetReader.builder().labelColumn(3).build(), p).getMessage());
        assertEquals(p + ":1: labelColumn -4 is outside the 3 columns (0 to 2, or -1 for the last)",
                fails(DatasetReader.builder().labelColumn(-4).build(), p).getMessage());
    }

    @Test
    void rejectsTextThatIsNotUtf8() throws IOException {
        Path p = dir.resolve("latin1.csv");
        Files.write(p, "caf\u00e9,b\n1,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(p + ":1: not UTF-8 text (byte 0xE9 at offset 3)", fails(DatasetReader.defaults(), p).getMessage());
        Path later = dir.resolve("later.csv");
        Files.write(later, "a,b\n1,2\n\u00ff".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(later + ":3: not UTF-8 text (byte 0xFF at offset 8)", fails(DatasetReader.defaults(), later)
                .getMessage());
        DataException stdin = fails(DatasetReader.builder().stdin(new ByteArrayInputStream(new byte[] {'1', ',',
            (byte) 0xff})).build(), Path.of("-"));
        assertEquals("-: not UTF-8 text", stdin.getMessage());
    }

    @Test
    void rejectsALabelColumnForBinaryFormats() throws IOException {
        Path p = dir.resolve("z.npy");
        Files.write(p, NpyWriter.npy(1, "<f4", false, new long[] {1, 2}, new double[] {1, 2}));
        assertEquals(p + ": labelColumn is for CSV and TSV files; this file is read as NPY",
                fails(labelColumn("label"), p).getMessage());
    }

    @Test
    void rejectsClassNamesOfAnotherCount() throws IOException {
        Path p = write("c.csv", "1,2,3\n");
        assertEquals(p + ": 2 class names given for 3 classes", fails(DatasetReader.builder()
                .classNames(List.of("a", "b")).build(), p).getMessage());
        Path s = write("s.csv", "1\n2\n");
        assertEquals(s + ": 3 class names given for 2 classes (one score per row: 2 classes)",
                fails(DatasetReader.builder().classNames(List.of("a", "b", "c")).build(), s).getMessage());
        assertEquals(p + ": holds 1 x 3 logits, not one score per row",
                fails(DatasetReader.builder().scores(true).build(), p).getMessage());
    }

    @Test
    void rejectsDelimitersThatCannotSeparate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetReader.builder().delimiter('"'));
        assertEquals("delimiter cannot be \"", e.getMessage());
        assertEquals("delimiter cannot be \\n", assertThrows(IllegalArgumentException.class,
                () -> DatasetReader.builder().delimiter('\n')).getMessage());
    }
}
