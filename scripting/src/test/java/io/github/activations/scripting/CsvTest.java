/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void headerThenOneCrlfRowPerOutputElementAtFullPrecision() throws IOException {
        ExperimentResult e = experiment("plain", new Cell("z", new double[] {1, 2}, "softmax",
                Map.of("temperature", 2.0), new double[] {0.26894142136999505, 0.7310585786300049}, null),
                new Cell("z", new double[] {1, 2}, "logSumExp", Map.of(), 2.3132616875182226, null),
                new Cell("z", new double[] {1, 2}, "topK", Map.of("k", 1), new int[] {1}, null),
                new Cell("z", new double[] {1, 2}, "divideBySum", Map.of(), null, "no, not this"));
        String rows = "plain,z,softmax,temperature=2,0,1,0.26894142136999505,\r\n"
                + "plain,z,softmax,temperature=2,1,2,0.7310585786300049,\r\n"
                + "plain,z,logSumExp,,,,2.3132616875182226,\r\n"
                + "plain,z,topK,k=1,0,,1,\r\n"
                + "plain,z,divideBySum,,,,,\"no, not this\"\r\n";
        assertEquals("experiment,logits,activation,params,index,input,output,error\r\n" + rows, csv(e, true));
        assertEquals(rows, csv(e, false));
    }

    @Test
    void everyDoubleReadsBackAsTheSameBits() throws IOException {
        double[] z = {0.1, -0.0, 1e-310, Double.MAX_VALUE, Double.MIN_VALUE, Double.NEGATIVE_INFINITY, 1 / 3.0};
        double[] p = {Math.nextUp(1 / 3.0), 4.9e-324, -0.0, Double.POSITIVE_INFINITY, 0.30000000000000004, 1e22,
                123456.789e-200};
        ExperimentResult e = experiment("bits", new Cell("z", z, "sigmoid", Map.of("target", List.of(0.1, 1 / 3.0)),
                p, null));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv(e, true))).getRecords();
        assertEquals(z.length, records.size());
        for (int i = 0; i < z.length; i++) {
            CSVRecord r = records.get(i);
            assertEquals(Integer.toString(i), r.get("index"));
            assertEquals(Double.doubleToRawLongBits(z[i]), Double.doubleToRawLongBits(Double.parseDouble(r.get("input"))),
                    r.get("input"));
            assertEquals(Double.doubleToRawLongBits(p[i]), Double.doubleToRawLongBits(Double.parseDouble(r.get("output"))),
                    r.get("output"));
            assertEquals("target=[0.1, 0.3333333333333333]", r.get("params"));
        }
    }

    @Test
    void checksAndSummariesHaveFilesOfTheirOwn() throws IOException {
        ExperimentResult e = new ExperimentResult("props", List.of(),
                List.of(new CheckResult("sigmoid < 1", 17, false, 42, List.of(36.7368005696771, 2), "assert false"),
                        new CheckResult("sums to 1", 1000, true, 7, null, null)),
                List.of(new Summary("softmax", Map.of("temperature", 0.5), "entropy", 3, 0.1 + 0.2, 1e-17, 0, 0.5,
                        2 / 3.0)),
                List.of(), -1, 20);
        StringBuilder checks = new StringBuilder();
        Results.checksCsv(e, checks);
        assertEquals("experiment,check,tries,seed,passed,counterexample,error\r\n"
                + "props,sigmoid < 1,17,42,false,\"[36.7368005696771, 2]\",assert false\r\n"
                + "props,sums to 1,1000,7,true,,\r\n", checks.toString());
        StringBuilder summaries = new StringBuilder();
        Results.summariesCsv(e, summaries);
        assertEquals("experiment,activation,params,statistic,count,mean,sd,min,median,max\r\n"
                + "props,softmax,temperature=0.5,entropy,3,0.30000000000000004,1e-17,0,0.5,0.6666666666666666\r\n",
                summaries.toString());
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
            assertEquals("", r.get("input"));
            assertEquals("sigmoid", r.get("activation"));
            assertEquals("", r.get("params"));
            assertEquals("", r.get("output"));
            assertEquals(names.get(i) + "!", r.get("error"));
        }
    }
}
