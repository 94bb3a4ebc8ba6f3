package io.github.activations.scripting;

import java.util.List;

/**
 * Everything one experiment produced.
 *
 * @param name the experiment's name
 * @param cells the results of {@code apply}, logits by logits, in script order
 * @param checks the results of {@code check}
 * @param summaries the results of {@code summarize}
 * @param files the plot files written, as paths
 * @param digits decimals for printed numbers ({@code show digits: 3}); -1 for the default
 * @param rows how many result rows a table prints before eliding the rest
 */
public record ExperimentResult(String name, List<Cell> cells, List<CheckResult> checks, List<Summary> summaries,
        List<String> files, int digits, int rows) {
}
