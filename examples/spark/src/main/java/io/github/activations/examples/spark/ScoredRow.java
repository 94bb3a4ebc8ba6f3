/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import java.io.Serializable;

/**
 * One output row of {@link LogitScorer#score}: a JavaBean for {@code Encoders.bean}. A scored
 * row has {@code error == null} and every value filled ({@code crossEntropy} and
 * {@code correct} only when the row has a label); a bad row has only {@code id},
 * {@code label} and {@code error}. The encoder orders the columns by name;
 * {@link LogitScorer#columns()} is the order the job writes.
 */
public class ScoredRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String id;
    private Integer label;
    private double[] probabilities;
    private double[] logProbabilities;
    private int[] topLabels;
    private double[] topProbabilities;
    private Integer prediction;
    private Double maxProbability;
    private Double entropy;
    private Double crossEntropy;
    private Boolean correct;
    private String error;

    /** Creates an empty row (for the encoder). */
    public ScoredRow() {
    }

    /** @return the row's id, or {@code null} */
    public String getId() {
        return id;
    }

    /** @param id the row's id */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the true class, or {@code null} */
    public Integer getLabel() {
        return label;
    }

    /** @param label the true class */
    public void setLabel(Integer label) {
        this.label = label;
    }

    /** @return softmax(z / T) */
    public double[] getProbabilities() {
        return probabilities;
    }

    /** @param probabilities softmax(z / T) */
    public void setProbabilities(double[] probabilities) {
        this.probabilities = probabilities;
    }

    /** @return log-softmax(z / T) */
    public double[] getLogProbabilities() {
        return logProbabilities;
    }

    /** @param logProbabilities log-softmax(z / T) */
    public void setLogProbabilities(double[] logProbabilities) {
        this.logProbabilities = logProbabilities;
    }

    /** @return the k most likely classes, most likely first, ties by lower index */
    public int[] getTopLabels() {
        return topLabels;
    }

    /** @param topLabels the k most likely classes */
    public void setTopLabels(int[] topLabels) {
        this.topLabels = topLabels;
    }

    /** @return the probabilities of {@link #getTopLabels()} */
    public double[] getTopProbabilities() {
        return topProbabilities;
    }

    /** @param topProbabilities the probabilities of the top labels */
    public void setTopProbabilities(double[] topProbabilities) {
        this.topProbabilities = topProbabilities;
    }

    /** @return the argmax of the logits (ties: the first), or {@code null} for a bad row */
    public Integer getPrediction() {
        return prediction;
    }

    /** @param prediction the argmax of the logits */
    public void setPrediction(Integer prediction) {
        this.prediction = prediction;
    }

    /** @return the top-label confidence, the probability of {@link #getPrediction()} */
    public Double getMaxProbability() {
        return maxProbability;
    }

    /** @param maxProbability the top-label confidence */
    public void setMaxProbability(Double maxProbability) {
        this.maxProbability = maxProbability;
    }

    /** @return the entropy of softmax(z / T) in nats */
    public Double getEntropy() {
        return entropy;
    }

    /** @param entropy the entropy in nats */
    public void setEntropy(Double entropy) {
        this.entropy = entropy;
    }

    /** @return −log softmax(z / T)[label], or {@code null} without a label */
    public Double getCrossEntropy() {
        return crossEntropy;
    }

    /** @param crossEntropy the per-row log-loss */
    public void setCrossEntropy(Double crossEntropy) {
        this.crossEntropy = crossEntropy;
    }

    /** @return whether the prediction is the label, or {@code null} without a label */
    public Boolean getCorrect() {
        return correct;
    }

    /** @param correct whether the prediction is the label */
    public void setCorrect(Boolean correct) {
        this.correct = correct;
    }

    /** @return why the row was not scored, or {@code null} for a scored row */
    public String getError() {
        return error;
    }

    /** @param error why the row was not scored */
    public void setError(String error) {
        this.error = error;
    }
}
