/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.activations.scripting.Cell;
import io.github.activations.scripting.ExperimentResult;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV of results: the shape, and quoting that survives a round trip through Commons CSV's parser. */
class CsvTest {
    private static ExperimentResult experiment(String name, Cell... cells) {
        return new ExperimentResult(name, List.of(cells), List.of(), List.of(), List.of(), 3, 20);
    }

    private static String csv(ExperimentResult e, boolean header) throws IOException {
        StringBuilder sb = new StringBuilder();
        Csv.print(e, header, sb);
        return sb.toString();
    }

    @Test
    void headerThenOneCrlfRowPerResultQuotedOnlyWhereNeeded() throws IOException {
        ExperimentResult e = experiment("plain", new Cell("z", new double[] {1, 2}, "softmax",
                Map.of("temperature", 2.0), new double[] {0.26894142136999505, 0.7310585786300049}, null),
                new Cell("z", new double[] {1, 2}, "divideBySum", Map.of(), null, "no, not this"));
        assertEquals("experiment,logits,input,activation,params,output,error\r\n"
                + "plain,z,\"[1, 2]\",softmax,temperature=2,\"[0.269, 0.731]\",\r\n"
                + "plain,z,\"[1, 2]\",divideBySum,,,\"no, not this\"\r\n", csv(e, true));
        assertEquals("plain,z,\"[1, 2]\",softmax,temperature=2,\"[0.269, 0.731]\",\r\n"
                + "plain,z,\"[1, 2]\",divideBySum,,,\"no, not this\"\r\n", csv(e, false));
    }

    @Test
    void awkwardTextSurvivesARoundTripThroughCsvParser() throws IOException {
        List<String> names = List.of("say \"hi\", then go", "a,b", "\"", "two\nlines", "cr\rlf\r\n", " padded ",
                "#not a comment", "", "é ∑", "tab\there");
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.add(csv(experiment(name, new Cell(name, new double[] {0.5}, "sigmoid", Map.of(), null, name + "!")),
                    out.isEmpty()));
        }
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(String.join("", out))).getRecords();
        assertEquals(names.size(), records.size());
        for (int i = 0; i < names.size(); i++) {
            CSVRecord r = records.get(i);
            assertEquals(names.get(i), r.get("experiment"));
            assertEquals(names.get(i), r.get("logits"));
            assertEquals("[0.5]", r.get("input"));
            assertEquals("sigmoid", r.get("activation"));
            assertEquals("", r.get("params"));
            assertEquals("", r.get("output"));
            assertEquals(names.get(i) + "!", r.get("error"));
        }
    }
}
