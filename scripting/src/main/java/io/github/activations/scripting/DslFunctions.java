/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;
import java.util.Map;

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
