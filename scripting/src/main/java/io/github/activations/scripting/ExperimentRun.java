/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.plot.Chart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Runs one experiment's {@link ExperimentPlan}: applies the functions, runs the checks, computes
 * the summaries and writes the plots, and returns the {@link ExperimentResult}.
 */
final class ExperimentRun {
    private final ExperimentPlan plan;
    private final Path outDir;
    private final Progress progress;

    ExperimentRun(ExperimentPlan plan, Path outDir, Progress progress) {
        this.plan = plan;
        this.outDir = outDir;
        this.progress = progress;
    }

    ExperimentResult execute() {
        List<Cell> cells = computeCells();
        List<CheckResult> checkResults = new ArrayList<>();
        for (ExperimentPlan.CheckRequest c : plan.checks()) {
            checkResults.add(Checks.run(c.name(), c.tries(), c.seed(), c.types(), c.property(), progress));
        }
        List<Summary> summaries = summarize(cells);
        if (!plan.statistics().isEmpty() && summaries.isEmpty() && cells.stream().anyMatch(c -> c.error() == null)) {
            throw new DslException("summarize needs probabilities (softmax, softmin, logSoftmax, oneHot); "
                    + String.join(", ", appliedWords()) + " give none", plan.summarizeOrigin());
        }
        DataRun data = new DataRun(plan, progress);
        data.run();
        List<DataRun.PendingPlot> charts = new ArrayList<>();
        List<ExperimentPlan.PlotRequest> resultPlots = new ArrayList<>();
        for (ExperimentPlan.PlotRequest p : plan.plots()) {
            boolean fromData = p.kind() != null || !p.metrics().isEmpty()
                    || (p.functions().isEmpty() && plan.logits().isEmpty() && !plan.data().isEmpty());
            if (fromData) {
                if (plan.data().isEmpty()) {
                    throw new DslException("plot " + (p.kind() != null ? p.kind().word() : "of metrics")
                            + " needs data; add e.g. data dataset('val.npz')", p.origin());
                }
                charts.addAll(data.charts(p, outDir));
            } else {
                if (p.functions().isEmpty() && cells.stream().noneMatch(c -> c.error() == null)) {
                    throw new DslException("plot '" + p.file() + "': nothing to plot; add e.g. apply softmax, or plot "
                            + "a curve: plot sigmoid, file: '" + p.file() + "'", p.origin());
                }
                resultPlots.add(p);
            }
        }
        for (ExperimentPlan.PlotRequest p : resultPlots) {
            Chart chart = p.functions().isEmpty() ? Plots.results(p.title(), cells)
                    : Plots.curves(p.functions(), p.from(), p.to(), p.points(), p.title());
            charts.add(new DataRun.PendingPlot(chart, outDir.resolve(p.file()), p.width(), p.height(), p.origin()));
        }
        List<String> files = new ArrayList<>();
        List<PlotResult> plots = new ArrayList<>();
        for (DataRun.PendingPlot c : charts) {
            try {
                c.chart().write(c.file(), c.width(), c.height());
                plots.add(new PlotResult(c.file().toString(), c.chart(), c.width(), c.height()));
                Path csv = csvBeside(c.file());
                c.chart().writeCsv(csv);
                files.add(c.file().toString());
                if (!files.contains(csv.toString())) {
                    files.add(csv.toString());
                }
            } catch (java.io.IOException e) {
                throw new DslException("cannot write plot " + c.file() + ": " + e.getMessage(), c.origin());
            }
        }
        return new ExperimentResult(plan.name(), List.copyOf(cells), List.copyOf(checkResults),
                List.copyOf(summaries), List.copyOf(files), plan.digits(), plan.rows(), data.evaluations(),
                data.calibrations(), List.copyOf(plots));
    }

    /** The CSV of a plot's numbers, beside it: {@code reliability.png} gives {@code reliability.csv}. */
    static Path csvBeside(Path plot) {
        String name = plot.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return plot.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".csv");
    }

    private List<Cell> computeCells() {
        long total = 0;
        for (ExperimentPlan.Step s : plan.steps()) {
            total += (long) s.combos().size() * plan.logits().size();
        }
        List<Cell> cells = new ArrayList<>();
        if (total == 0) {
            return cells;
        }
        progress.start("experiment '" + plan.name() + "'", total);
        long done = 0;
        try {
            for (Map.Entry<String, double[]> z : plan.logits().entrySet()) {
                for (ExperimentPlan.Step s : plan.steps()) {
                    for (Map<String, Object> params : s.combos()) {
                        cells.add(cell(z.getKey(), z.getValue(), s.function(), params));
                        if (++done % 256 == 0) {
                            if (Thread.currentThread().isInterrupted()) {
                                throw new java.util.concurrent.CancellationException("interrupted");
                            }
                            progress.advance(done);
                        }
                    }
                }
            }
            progress.advance(done);
        } finally {
            progress.finish();
        }
        return cells;
    }

    private static Cell cell(String name, double[] z, ActivationFunction f, Map<String, Object> params) {
        try {
            return new Cell(name, z, f.word(), params, f.apply(z.clone(), params), null);
        } catch (DslException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new Cell(name, z, f.word(), params, null, message);
        }
    }

    private List<String> appliedWords() {
        List<String> words = new ArrayList<>();
        for (ExperimentPlan.Step s : plan.steps()) {
            if (!words.contains(s.function().word())) {
                words.add(s.function().word());
            }
        }
        return words;
    }

    /**
     * Statistics of the distributions the outputs stand for: softmax, softmin and oneHot outputs
     * as they are, logSoftmax outputs as exp(output); the other functions' outputs are not
     * distributions (sigmoid gives one probability per entry, divideBySum may be negative) and are
     * left out rather than summarized into meaningless figures.
     */
    private List<Summary> summarize(List<Cell> cells) {
        List<Summary> out = new ArrayList<>();
        if (plan.statistics().isEmpty()) {
            return out;
        }
        for (ExperimentPlan.Step s : plan.steps()) {
            for (Map<String, Object> params : s.combos()) {
                List<double[]> vectors = new ArrayList<>();
                for (Cell c : cells) {
                    Object output = c.output();
                    if (c.activation().equals(s.function().word()) && c.params().equals(params) && output != null) {
                        double[] p = s.function().distribution(output);
                        if (p != null) {
                            vectors.add(p);
                        }
                    }
                }
                if (vectors.isEmpty()) {
                    continue;
                }
                for (Statistic stat : plan.statistics()) {
                    DescriptiveStatistics d = new DescriptiveStatistics();
                    for (double[] v : vectors) {
                        d.addValue(stat.of(v));
                    }
                    out.add(new Summary(s.function().word(), params, stat.word(), d.getN(), d.getMean(),
                            d.getN() > 1 ? d.getStandardDeviation() : 0, d.getMin(), d.getPercentile(50),
                            d.getMax()));
                }
            }
        }
        return out;
    }
}
