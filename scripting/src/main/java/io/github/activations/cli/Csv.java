/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import io.github.activations.scripting.Cell;
import io.github.activations.scripting.ExperimentResult;
import java.util.List;

/** RFC 4180 CSV of results: one row per result, vectors as {@code "[0.249, 0.664, 0.087]"}. */
final class Csv {
    static final String HEADER = "experiment,logits,input,activation,params,output,error";

    private Csv() {
    }

    /** The experiment's rows, without header, each ending in CRLF. */
    static String rows(ExperimentResult e) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : e.cells()) {
            List<String> fields = List.of(e.name(), c.logits(), Fmt.input(c.input()), c.activation(),
                    Fmt.params(c.params()), c.output() == null ? "" : Fmt.value(c.output(), e.digits()),
                    c.error() == null ? "" : c.error());
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(field(fields.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
