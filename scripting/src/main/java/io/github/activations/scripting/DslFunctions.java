/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words a script can use anywhere: the core functions by name (for {@code apply} and {@code plot}),
 * the same functions called on Groovy lists ({@code softmax([0.25, 1.23, -0.8])}), the
 * statistics of {@code summarize}, and the random-logits words {@code random}, {@code normal},
 * {@code uniform}.
 *
 * <p>A list of lists is treated row by row. The functions throw the core's
 * {@code IllegalArgumentException} on bad input (NaN, empty, a zero sum for divideBySum).
 */
public abstract class DslFunctions {
    /** For subclasses. */
    protected DslFunctions() {
    }

    /**
     * The word {@code softmax} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#SOFTMAX}
     */
    public final ActivationFunction getSoftmax() {
        return ActivationFunction.SOFTMAX;
    }

    /**
     * The word {@code logSoftmax} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#LOG_SOFTMAX}
     */
    public final ActivationFunction getLogSoftmax() {
        return ActivationFunction.LOG_SOFTMAX;
    }

    /**
     * The word {@code logSumExp} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#LOG_SUM_EXP}
     */
    public final ActivationFunction getLogSumExp() {
        return ActivationFunction.LOG_SUM_EXP;
    }

    /**
     * The word {@code softmin} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#SOFTMIN}
     */
    public final ActivationFunction getSoftmin() {
        return ActivationFunction.SOFTMIN;
    }

    /**
     * The word {@code sigmoid} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#SIGMOID}
     */
    public final ActivationFunction getSigmoid() {
        return ActivationFunction.SIGMOID;
    }

    /**
     * The word {@code logSigmoid} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#LOG_SIGMOID}
     */
    public final ActivationFunction getLogSigmoid() {
        return ActivationFunction.LOG_SIGMOID;
    }

    /**
     * The word {@code logit} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#LOGIT}
     */
    public final ActivationFunction getLogit() {
        return ActivationFunction.LOGIT;
    }

    /**
     * The word {@code argmax} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#ARGMAX}
     */
    public final ActivationFunction getArgmax() {
        return ActivationFunction.ARGMAX;
    }

    /**
     * The word {@code topK} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#TOP_K}
     */
    public final ActivationFunction getTopK() {
        return ActivationFunction.TOP_K;
    }

    /**
     * The word {@code oneHot} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#ONE_HOT}
     */
    public final ActivationFunction getOneHot() {
        return ActivationFunction.ONE_HOT;
    }

    /**
     * The word {@code divideBySum} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#DIVIDE_BY_SUM}
     */
    public final ActivationFunction getDivideBySum() {
        return ActivationFunction.DIVIDE_BY_SUM;
    }

    /**
     * The word {@code crossEntropy} in {@code apply} and {@code plot}.
     *
     * @return {@link ActivationFunction#CROSS_ENTROPY}
     */
    public final ActivationFunction getCrossEntropy() {
        return ActivationFunction.CROSS_ENTROPY;
    }

    /**
     * The word {@code entropy} in {@code summarize}.
     *
     * @return {@link Statistic#ENTROPY}
     */
    public final Statistic getEntropy() {
        return Statistic.ENTROPY;
    }

    /**
     * The word {@code maxProbability} in {@code summarize}.
     *
     * @return {@link Statistic#MAX_PROBABILITY}
     */
    public final Statistic getMaxProbability() {
        return Statistic.MAX_PROBABILITY;
    }

    /**
     * The word {@code margin} in {@code summarize}.
     *
     * @return {@link Statistic#MARGIN}
     */
    public final Statistic getMargin() {
        return Statistic.MARGIN;
    }

    /**
     * Where {@code dataset} reports the progress of a long load; the lab's progress in a script.
     *
     * @return the progress receiver
     */
    protected Progress progress() {
        return Progress.NONE;
    }

    /**
     * Reads a data set from one file: {@code dataset('val.npz')}, {@code dataset('val.csv')},
     * {@code dataset('-')} (standard input). The format follows the extension (or the content).
     *
     * @param file the file, relative to the current directory, or {@code -}
     * @return the data set
     */
    public final io.github.activations.data.Dataset dataset(String file) {
        return dataset(Map.of(), file);
    }

    /**
     * Reads a data set from one file with options: {@code dataset('val.csv', labelColumn: 'label')}.
     *
     * @param options {@code labels} (a second file of labels), {@code labelColumn} (default the CSV column
     *     named {@code label} or {@code labels}; {@code null}: every column holds logits), {@code classes},
     *     {@code format}, {@code name}
     * @param file the file, or {@code -}
     * @return the data set
     */
    public final io.github.activations.data.Dataset dataset(Map<String, ?> options, String file) {
        if (options.containsKey("logits") || options.containsKey("scores")) {
            throw new DslException("dataset got the logits twice: give the file either first, dataset('val.npy', ...), "
                    + "or as logits: (or scores:)");
        }
        java.util.Map<String, Object> all = new java.util.LinkedHashMap<>(options);
        all.put("logits", file);
        return dataset(all);
    }

    /**
     * Reads a data set from files named by options:
     * {@code dataset(logits: 'val_logits.npy', labels: 'val_labels.npy', classes: ['seal', 'panda', 'duck'])},
     * or {@code dataset(scores: 'scores.npy', labels: 'labels.npy')} for one score per row.
     *
     * @param options {@code logits} or {@code scores} (required), {@code labels}, {@code labelColumn},
     *     {@code classes}, {@code format}, {@code name}
     * @return the data set
     */
    public final io.github.activations.data.Dataset dataset(Map<String, ?> options) {
        Set<String> allowed = Words.options("dataset");
        for (Object key : options.keySet()) {
            String k = String.valueOf(key);
            if (!allowed.contains(k)) {
                throw new DslException("unknown parameter '" + k + "' for dataset" + Words.didYouMean(k, allowed)
                        + " (dataset takes " + String.join(", ", allowed) + ")");
            }
        }
        Object logits = options.get("logits");
        Object scores = options.get("scores");
        if ((logits == null) == (scores == null)) {
            throw new DslException("dataset needs exactly one of logits: (a file of rows of logits) or scores: "
                    + "(one score per row), e.g. dataset(logits: 'val.npy', labels: 'val_labels.npy')");
        }
        io.github.activations.data.DatasetReader.Builder b = io.github.activations.data.DatasetReader.builder()
                .progress(progress()).scores(scores != null);
        Object format = options.get("format");
        if (format != null) {
            b.format(DslData.format(format.toString()));
        }
        Object column = options.get("labelColumn");
        if (column == null && options.containsKey("labelColumn")) {
            b.noLabelColumn();
        } else if (column instanceof Number) {
            b.labelColumn(Values.toInt(column, "labelColumn"));
        } else if (column != null) {
            b.labelColumn(column.toString());
        }
        Object classes = options.get("classes");
        if (classes != null) {
            b.classNames(DslData.classNames(classes));
        }
        Object name = options.get("name");
        if (name != null) {
            b.name(name.toString());
        }
        Object labels = options.get("labels");
        java.nio.file.Path file = java.nio.file.Path.of(String.valueOf(logits != null ? logits : scores));
        try {
            io.github.activations.data.DatasetReader reader = b.build();
            return labels == null ? reader.read(file) : reader.read(file, java.nio.file.Path.of(labels.toString()));
        } catch (io.github.activations.data.DataException e) {
            throw new DslException(String.valueOf(e.getMessage()));
        }
    }

    /**
     * Returns the outputs of a simulated classifier whose calibration is known exactly (see
     * {@link io.github.activations.data.SimulatedClassifier}):
     * {@code simulated(classes: 10, count: 5000, separation: 2, overconfidence: 2.5, seed: 1)}.
     * Temperature scaling should find T ≈ overconfidence.
     *
     * @param options {@code classes} (default 10), {@code count} (1000), {@code separation} (2),
     *     {@code overconfidence} (1), {@code binary} (false: one score per row), {@code seed} (1),
     *     {@code name} ({@code simulated})
     * @return the data set
     */
    public final io.github.activations.data.Dataset simulated(Map<String, ?> options) {
        Set<String> allowed = Words.options("simulated");
        for (Object key : options.keySet()) {
            String k = String.valueOf(key);
            if (!allowed.contains(k)) {
                throw new DslException("unknown parameter '" + k + "' for simulated" + Words.didYouMean(k, allowed)
                        + " (simulated takes " + String.join(", ", allowed) + ")");
            }
        }
        boolean binary = options.containsKey("binary") && Values.toBoolean(options.get("binary"), "binary");
        int classes = options.containsKey("classes") ? Values.toInt(options.get("classes"), "classes")
                : binary ? 2 : 10;
        int count = options.containsKey("count") ? Values.toInt(options.get("count"), "count") : 1000;
        double separation = options.containsKey("separation")
                ? Values.toDouble(options.get("separation"), "separation") : 2;
        double overconfidence = options.containsKey("overconfidence")
                ? Values.toDouble(options.get("overconfidence"), "overconfidence") : 1;
        long seed = options.containsKey("seed") ? Values.toLong(options.get("seed"), "seed") : 1;
        Object name = options.get("name");
        try {
            return io.github.activations.data.SimulatedClassifier.generate(classes, count, separation, overconfidence,
                    binary, seed, name == null ? "simulated" : name.toString());
        } catch (IllegalArgumentException e) {
            throw new DslException(String.valueOf(e.getMessage()));
        }
    }

    // ----- evaluate, calibrate, plot kinds ------------------------------------------------------

    /**
     * The metric {@code accuracy} of {@code evaluate}: the fraction of rows whose argmax is the label.
     *
     * @return the metric
     */
    public final MetricWord getAccuracy() {
        return MetricWord.of(MetricWord.Kind.ACCURACY);
    }

    /**
     * The metric {@code topK(k)} of {@code evaluate}: the fraction of rows whose label is among the
     * k most probable classes ({@code topK} alone, in {@code apply}, is the function).
     *
     * @param k at least 1
     * @return the metric
     */
    public final MetricWord topK(int k) {
        return MetricWord.topK(k);
    }

    /**
     * The metric {@code nll} of {@code evaluate}: the mean cross-entropy, through log-softmax.
     *
     * @return the metric
     */
    public final MetricWord getNll() {
        return MetricWord.of(MetricWord.Kind.NLL);
    }

    /**
     * The metric {@code brier} of {@code evaluate}: the mean over rows of Σⱼ (pⱼ − yⱼ)².
     *
     * @return the metric
     */
    public final MetricWord getBrier() {
        return MetricWord.of(MetricWord.Kind.BRIER);
    }

    /**
     * The metric {@code ece} of {@code evaluate}: expected calibration error over 15 equal-width bins.
     *
     * @return the metric
     */
    public final MetricWord getEce() {
        return MetricWord.of(MetricWord.Kind.ECE);
    }

    /**
     * The metric {@code ece(bins: n)} of {@code evaluate}.
     *
     * @param options {@code bins}
     * @return the metric
     */
    public final MetricWord ece(Map<String, ?> options) {
        return binned(MetricWord.Kind.ECE, options);
    }

    /**
     * The metric {@code mce} of {@code evaluate}: maximum calibration error over 15 equal-width bins.
     *
     * @return the metric
     */
    public final MetricWord getMce() {
        return MetricWord.of(MetricWord.Kind.MCE);
    }

    /**
     * The metric {@code mce(bins: n)} of {@code evaluate}.
     *
     * @param options {@code bins}
     * @return the metric
     */
    public final MetricWord mce(Map<String, ?> options) {
        return binned(MetricWord.Kind.MCE, options);
    }

    private static MetricWord binned(MetricWord.Kind kind, Map<String, ?> options) {
        for (Object key : options.keySet()) {
            if (!"bins".equals(String.valueOf(key))) {
                throw new DslException("unknown parameter '" + key + "' for " + kind.word()
                        + Words.didYouMean(String.valueOf(key), Set.of("bins")) + " (" + kind.word() + " takes bins)");
            }
        }
        Object bins = options.get("bins");
        return bins == null ? MetricWord.of(kind) : MetricWord.binned(kind, Values.toInt(bins, "bins"));
    }

    /**
     * The metric {@code confusion} of {@code evaluate}: the confusion matrix.
     *
     * @return the metric
     */
    public final MetricWord getConfusion() {
        return MetricWord.of(MetricWord.Kind.CONFUSION);
    }

    /**
     * The metric {@code perClass} of {@code evaluate}: support, precision, recall and F1 of each class.
     *
     * @return the metric
     */
    public final MetricWord getPerClass() {
        return MetricWord.of(MetricWord.Kind.PER_CLASS);
    }

    /**
     * The word {@code temperature} of {@code calibrate}: temperature scaling.
     *
     * @return {@link CalibrationWord#TEMPERATURE}
     */
    public final CalibrationWord getTemperature() {
        return CalibrationWord.TEMPERATURE;
    }

    /**
     * The word {@code platt} of {@code calibrate}: Platt scaling of one score per row.
     *
     * @return {@link CalibrationWord#PLATT}
     */
    public final CalibrationWord getPlatt() {
        return CalibrationWord.PLATT;
    }

    /**
     * The word {@code reliability} of {@code plot}: the reliability diagram.
     *
     * @return {@link PlotKind#RELIABILITY}
     */
    public final PlotKind getReliability() {
        return PlotKind.RELIABILITY;
    }

    /**
     * The word {@code confidence} of {@code plot}: the confidence histogram.
     *
     * @return {@link PlotKind#CONFIDENCE}
     */
    public final PlotKind getConfidence() {
        return PlotKind.CONFIDENCE;
    }

    /**
     * Returns a seeded batch of random logits, for {@code logits random(classes: 10, count: 1000,
     * distribution: normal(0, 3), seed: 7)}.
     *
     * @param args {@code classes} (required), {@code count}, {@code distribution}, {@code seed}
     * @return the batch description
     */
    public final RandomLogits random(Map<String, ?> args) {
        return RandomLogits.of(args);
    }

    /**
     * Returns the normal distribution, for {@code random(distribution: normal(0, 3))}.
     *
     * @param mean the mean
     * @param sd the standard deviation
     * @return the distribution
     */
    public final LogitDistribution normal(Number mean, Number sd) {
        return LogitDistribution.normal(mean.doubleValue(), sd.doubleValue());
    }

    /**
     * Returns the uniform distribution on [lower, upper).
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @return the distribution
     */
    public final LogitDistribution uniform(Number lower, Number upper) {
        return LogitDistribution.uniform(lower.doubleValue(), upper.doubleValue());
    }

    /**
     * Returns softmax(z).
     *
     * @param z logits, or rows of logits
     * @return probabilities (rows for rows)
     */
    public final List<?> softmax(List<?> z) {
        return Lists.softmax(z);
    }

    /**
     * Returns softmax(z / temperature).
     *
     * @param z logits, or rows of logits
     * @param temperature greater than 0
     * @return probabilities
     */
    public final List<?> softmax(List<?> z, Number temperature) {
        return Lists.softmax(z, temperature.doubleValue());
    }

    /**
     * Returns the softmax over the entries whose mask is true; the others get 0.
     *
     * @param z logits, or rows of logits
     * @param mask true for each entry that takes part
     * @return probabilities
     */
    public final List<?> softmax(List<?> z, List<?> mask) {
        return Lists.softmax(z, mask);
    }

    /**
     * Returns log(softmax(z)), computed without overflow.
     *
     * @param z logits, or rows of logits
     * @return log-probabilities
     */
    public final List<?> logSoftmax(List<?> z) {
        return Lists.logSoftmax(z);
    }

    /**
     * Returns log Σ exp(zᵢ).
     *
     * @param z logits, or rows of logits
     * @return a number (a list for rows)
     */
    public final Object logSumExp(List<?> z) {
        return Lists.logSumExp(z);
    }

    /**
     * Returns softmax(−z).
     *
     * @param z logits, or rows of logits
     * @return probabilities, largest for the smallest logit
     */
    public final List<?> softmin(List<?> z) {
        return Lists.softmin(z);
    }

    /**
     * Returns σ(x) = 1 / (1 + e^−x).
     *
     * @param x a number
     * @return a value in [0, 1]
     */
    public final double sigmoid(Number x) {
        return ActivationFunction.SIGMOID.applyScalar(x.doubleValue());
    }

    /**
     * Returns σ of each element.
     *
     * @param z numbers, or rows
     * @return values in [0, 1]
     */
    public final List<?> sigmoid(List<?> z) {
        return Lists.sigmoid(z);
    }

    /**
     * Returns log σ(x).
     *
     * @param x a number
     * @return a value ≤ 0
     */
    public final double logSigmoid(Number x) {
        return ActivationFunction.LOG_SIGMOID.applyScalar(x.doubleValue());
    }

    /**
     * Returns log σ of each element.
     *
     * @param z numbers, or rows
     * @return values ≤ 0
     */
    public final List<?> logSigmoid(List<?> z) {
        return Lists.logSigmoid(z);
    }

    /**
     * Returns logit(p) = ln(p / (1 − p)), the inverse of sigmoid.
     *
     * @param p a probability
     * @return the log-odds
     */
    public final double logit(Number p) {
        return ActivationFunction.LOGIT.applyScalar(p.doubleValue());
    }

    /**
     * Returns the logit of each element.
     *
     * @param p probabilities, or rows
     * @return log-odds
     */
    public final List<?> logit(List<?> p) {
        return Lists.logit(p);
    }

    /**
     * Returns the index of the largest logit (ties: the first).
     *
     * @param z logits, or rows of logits
     * @return an index (a list for rows)
     */
    public final Object argmax(List<?> z) {
        return Lists.argmax(z);
    }

    /**
     * Returns the indices of the k largest logits, largest first (ties by index).
     *
     * @param z logits, or rows of logits
     * @param k how many
     * @return indices
     */
    public final Object topK(List<?> z, int k) {
        return Lists.topK(z, k);
    }

    /**
     * Returns the one-hot vector of length n with 1 at index.
     *
     * @param index the hot index
     * @param n the length
     * @return the vector
     */
    public final List<Double> oneHot(int index, int n) {
        return Lists.oneHot(index, n);
    }

    /**
     * Returns z divided by its sum: the tutorial's naive normalisation.
     *
     * @param z logits, or rows
     * @return the normalised list
     * @throws IllegalArgumentException when the sum is 0
     */
    public final List<?> divideBySum(List<?> z) {
        return Lists.divideBySum(z);
    }

    /**
     * Returns the cross-entropy −log softmax(z)[label].
     *
     * @param z logits, or rows
     * @param label the true class
     * @return the loss in nats
     */
    public final Object crossEntropy(List<?> z, int label) {
        return Lists.crossEntropy(z, label);
    }

    /**
     * Returns the cross-entropy −Σ targetᵢ log softmax(z)ᵢ.
     *
     * @param z logits, or rows
     * @param target a probability distribution
     * @return the loss in nats
     */
    public final Object crossEntropy(List<?> z, List<?> target) {
        return Lists.crossEntropy(z, target);
    }
}
