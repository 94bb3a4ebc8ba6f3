/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import java.io.Serializable;

/**
 * One input row as {@link LogitScorer} hands it to the scoring tasks: a JavaBean, because
 * {@code Encoders.bean} reads only getter/setter pairs (a Java record gives an empty schema),
 * and it moves {@code double[]} without boxing. {@code error} is set by the SQL step before the
 * tasks see the row (a null array, a null element, a label that is not an int); such a row is
 * passed through unscored.
 */
public class LogitRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String id;
    private Integer label;
    private double[] logits;
    private String error;

    /** Creates an empty row (for the encoder). */
    public LogitRow() {
    }

    /**
     * Creates a row.
     *
     * @param id the row's id, or {@code null}
     * @param label the true class, or {@code null}
     * @param logits the logits, or {@code null} when {@code error} says why
     * @param error why the row cannot be scored, or {@code null}
     */
    public LogitRow(String id, Integer label, double[] logits, String error) {
        this.id = id;
        this.label = label;
        this.logits = logits;
        this.error = error;
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

    /** @return the logits (not copied) */
    public double[] getLogits() {
        return logits;
    }

    /** @param logits the logits (not copied) */
    public void setLogits(double[] logits) {
        this.logits = logits;
    }

    /** @return why the row cannot be scored, or {@code null} */
    public String getError() {
        return error;
    }

    /** @param error why the row cannot be scored */
    public void setError(String error) {
        this.error = error;
    }
}
