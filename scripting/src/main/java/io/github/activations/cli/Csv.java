package io.github.activations.cli;

import io.github.activations.scripting.Cell;
import io.github.activations.scripting.ExperimentResult;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;

/**
 * RFC 4180 CSV of results (Commons CSV): one row per result, CRLF line ends, vectors as
 * {@code "[0.249, 0.664, 0.087]"}, fields quoted where the format needs it.
 */
final class Csv {
    /*
     * CSVFormat.printRecord rather than a CSVPrinter: CSVPrinter's constructor carries SpotBugs
     * annotations whose (LGPL) class javac cannot find, and that warning fails our -Werror build.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private Csv() {
    }

    /** Appends the experiment's rows to {@code out}, after the header line if {@code header}. */
    static void print(ExperimentResult e, boolean header, Appendable out) throws IOException {
        if (header) {
            FORMAT.printRecord(out, "experiment", "logits", "input", "activation", "params", "output", "error");
        }
        for (Cell c : e.cells()) {
            FORMAT.printRecord(out, e.name(), c.logits(), Fmt.input(c.input()), c.activation(), Fmt.params(c.params()),
                    c.output() == null ? "" : Fmt.value(c.output(), e.digits()), c.error() == null ? "" : c.error());
        }
    }
}
