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

import groovy.json.JsonSlurper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON: both shapes, labels as indices and names, and every bad input with its line and column. */
class DatasetReaderJsonTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static DataException fails(Path file) {
        return assertThrows(DataException.class, () -> DatasetReader.defaults().read(file));
    }

    @Test
    void readsAnArrayOfRows() throws IOException {
        Dataset d = DatasetReader.defaults().read(write("z.json", "[[0.25, 1.23, -0.8],\n [1e2, -0.0, 3]]"));
        assertArrayEquals(new double[] {0.25, 1.23, -0.8}, d.logits().row(0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(d.logits().get(1, 1)));
        assertFalse(d.hasLabels());
        assertEquals("z", d.name());
    }

    @Test
    void readsAnObjectWithLabelsAndClassesInAnyOrder() throws IOException {
        String json = "{\"labels\": [\"duck\", 0, 1.0], \"classes\": [\"seal\", \"panda\", \"duck\"],\n"
                + " \"logits\": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}";
        Dataset d = DatasetReader.defaults().read(write("v.json", json));
        assertArrayEquals(new int[] {2, 0, 1}, d.labels());
        assertEquals(List.of("seal", "panda", "duck"), d.classNames());
        assertArrayEquals(new double[] {7, 8, 9}, d.logits().row(2));
    }

    @Test
    void readsScoresAndPythonsInfinities() throws IOException {
        Dataset d = DatasetReader.defaults().read(write("s.json", "{\"scores\": [Infinity, -Infinity, 0.5],"
                + " \"labels\": [1, 0, 1]}"));
        assertTrue(d.isBinary());
        assertEquals(Double.POSITIVE_INFINITY, d.logits().get(0, 0));
        assertEquals(Double.NEGATIVE_INFINITY, d.logits().get(1, 0));
        assertArrayEquals(new int[] {1, 0, 1}, d.labels());
        assertTrue(DatasetReader.defaults().read(write("t.json", "[1, 2]")).isBinary());
    }

    @Test
    void readsNumbersThatJsonSlurperGetsWrongExactly() throws IOException {
        // JsonSlurper (groovy-json 5.0.7) gives 0.0 and -6101065172474983726 for these
        Object slurped = new JsonSlurper().parseText("[-0.0, 12345678901234567890]");
        assertEquals(List.of(new BigDecimal("0.0"), -6101065172474983726L), slurped);
        LogitMatrix m = DatasetReader.defaults().read(write("x.json", "[[-0.0, 12345678901234567890, 1e400]]"))
                .logits();
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(m.get(0, 0)));
        assertEquals(12345678901234567890.0, m.get(0, 1));
        assertEquals(Double.POSITIVE_INFINITY, m.get(0, 2));
    }

    /**
     * Random doubles written with {@link Double#toString} read back bit for bit, and agree with
     * JsonSlurper's BigDecimal (rounded to double) wherever JsonSlurper is right (not -0.0).
     */
    @Test
    void roundTripsRandomDoublesAndAgreesWithJsonSlurper() throws IOException {
        SplittableRandom random = new SplittableRandom(Long.getLong("activations.seed", 20261204L));
        int rows = 50;
        int columns = 9;
        double[] z = new double[rows * columns];
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < rows; r++) {
            text.append(r == 0 ? "[" : ",\n[");
            for (int c = 0; c < columns; c++) {
                double v = random.nextGaussian() * Math.pow(10, random.nextInt(-300, 300));
                z[r * columns + c] = v;
                text.append(c == 0 ? "" : ", ").append(v);
            }
            text.append(']');
        }
        String json = text.append(']').toString();
        LogitMatrix m = DatasetReader.defaults().read(write("r.json", json)).logits();
        List<?> slurped = (List<?>) new JsonSlurper().parseText(json);
        for (int i = 0; i < z.length; i++) {
            assertEquals(Double.doubleToRawLongBits(z[i]), Double.doubleToRawLongBits(m.get(i / columns, i % columns)));
            Number n = (Number) ((List<?>) slurped.get(i / columns)).get(i % columns);
            assertEquals(n.doubleValue(), m.get(i / columns, i % columns));
        }
    }

    @Test
    void readsLabelsFilesAndNamesFromStandardInput() throws IOException {
        Path logits = write("z.json", "{\"logits\": [[1, 2], [3, 4]], \"classes\": [\"cat\", \"dog\"]}");
        assertArrayEquals(new int[] {1, 0}, DatasetReader.defaults().read(logits, write("l.json", "[\"dog\", 0]"))
                .labels());
        assertArrayEquals(new int[] {1, 1}, DatasetReader.defaults().read(logits, write("m.json",
                "{\"labels\": [1, 1]}")).labels());
        byte[] json = "[[1, 2], [3, 4]]".getBytes(StandardCharsets.UTF_8);
        Dataset d = DatasetReader.builder().stdin(new ByteArrayInputStream(json)).build()
                .read(Path.of("-"), write("n.json", "[1, 0]"));
        assertArrayEquals(new int[] {1, 0}, d.labels());
        assertEquals("stdin", d.name());
        Dataset named = DatasetReader.builder().logitsMember("z").labelsMember("y").build()
                .read(write("o.json", "{\"z\": [[1, 2]], \"y\": [1]}"));
        assertArrayEquals(new int[] {1}, named.labels());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[[1, 2], [3]]                    | 1:12: row 1 has 1 entries, row 0 has 2",
        "[[1, 2],\\n [3, NaN]]            | 2:6: logits[row 1, column 1] is NaN",
        "[[1, null]]                      | 1:6: expected a logit (a number), found null",
        "[[1, \"2\"]]                     | 1:6: expected a logit (a number), found a string",
        "[[1, true]]                      | 1:6: expected a logit (a number), found true",
        "[[1, nan]]                       | 1:6: 'nan' is not a JSON number (a logit)",
        "[[1, 2], 3]                      | 1:10: expected '[' to start row 1, found '3'",
        "[[1, 2,]]                        | 1:8: expected a logit (a number), found ']'",
        "[[1 2]]                          | 1:5: expected ',' or ']' in row 0, found '2'",
        "[[1, +2]]                        | 1:6: '+2' is not a JSON number (a logit)",
        "[[1, 01]]                        | 1:6: '01' is not a JSON number (a logit)",
        "[[1, 1.]]                        | 1:6: '1.' is not a JSON number (a logit)",
        "[[1, 2]] x                       | 1:10: unexpected a word after the JSON value",
        "[]                               | 1:2: no rows: the logits are empty",
        "[[]]                             | 1:3: row 0 is empty",
        "[[1, 2]                          | 1:8: expected ',' or ']' after row 0, found the end of the file",
        "7                                | 1:1: expected '[' or '{' to start the JSON, found '7'",
        "{\"logit\": [[1]]}               | 1:2: unknown key \"logit\" (keys: logits, labels, classes, scores); did you mean 'logits'?",
        "{\"logits\": [[1]], \"logits\": [[2]]} | 1:19: a second \"logits\"",
        "{\"labels\": [0]}                | 1:1: no \"logits\" in the object",
        "{\"logits\": [[1, 2]], \"labels\": [2]} | 1:33: label of row 0 is 2, outside [0, 2) (the logits have 2 columns)",
        "{\"logits\": [[1, 2]], \"labels\": [0.5]} | 1:33: label of row 0 is 0.5, not a whole number (labels are class indices 0, 1, ...)",
        "{\"logits\": [[1, 2], [3, 4]], \"labels\": [1, -1]} | 1:44: label of row 1 is -1, outside [0, 2) (the logits have 2 columns)",
        "{\"logits\": [[1, 2]], \"labels\": [\"cat\"]} | 1:33: label of row 0 is 'cat', not a class index (and no class names are known)",
        "{\"logits\": [[1, 2]], \"labels\": [\"cta\"], \"classes\": [\"cat\", \"dog\"]} | 1:33: label of row 0 is 'cta', neither a class index nor a class name (classes: cat, dog); did you mean 'cat'?",
        "{\"logits\": [[1, 2]], \"labels\": [0, 1]} | 2 labels for the 1 rows of logits",
        "{\"logits\": [[1, 2]], \"classes\": [\"a\"]} | 1 class names in FILE for 2 classes",
        "{\"logits\": [[1, 2]], \"classes\": [\"a\\q\"]} | 1:37: bad escape \\q"})
    void rejectsBadJsonNamingLineAndColumn(String text, String where) throws IOException {
        Path p = write("bad.json", text.strip().replace("\\n", "\n"));
        DataException e = fails(p);
        String expected = where.replace("FILE", p.toString());
        assertEquals(p + (expected.matches("\\d+:.*") ? ":" : ": ") + expected, e.getMessage());
    }

    @Test
    void rejectsLogitsOrLabelsGivenTwice() throws IOException {
        Path both = write("b.json", "{\"logits\": [[1, 2]], \"labels\": [0]}");
        Path labels = write("l.json", "[0]");
        assertEquals(both + ":1:22: holds labels too (\"labels\"), and a separate labels file was given: give the"
                + " labels in one place", assertThrows(DataException.class,
                () -> DatasetReader.defaults().read(both, labels)).getMessage());
        Path logits = write("z.json", "[[1, 2]]");
        assertEquals(both + ":1:2: holds logits too (\"logits\"), and is read for labels only",
                assertThrows(DataException.class, () -> DatasetReader.defaults().read(logits, both)).getMessage());
    }
}
