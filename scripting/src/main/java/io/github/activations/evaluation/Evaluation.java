/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.LogSigmoid;
import io.github.activations.Sigmoid;
import io.github.activations.Softmax;
import io.github.activations.data.Dataset;
import io.github.activations.data.LogitMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of a model's outputs on a data set, computed in one pass over the rows: each row
 * is read once, its softmax computed once and shared by every metric that needs it.
 *
 * <pre>{@code
 * Evaluation e = Evaluation.of(test, Evaluation.Spec.all().topK(5).bins(15));
 * e.accuracy(); e.topKAccuracy(5); e.nll(); e.brier(); e.ece(); e.mce(); e.reliability().bins();
 * TemperatureScaling fit = TemperatureScaling.fit(validation);
 * Evaluation after = Evaluation.of(test, Evaluation.Spec.all().calibrator(fit.calibrator()));
 * }</pre>
 *
 * <p><b>Definitions</b>, for N rows with labels yᵣ and predicted distributions pᵣ:
 * <ul>
 *   <li>multi-class rows (two columns or more): p = softmax(z / T) ({@link Softmax#into(double[], double, double[])});
 *       one score per row (a one-column matrix): the logit of class 1 is t = s / T, or a·s + b for a Platt
 *       calibrator, p₁ = σ(t) and p₀ = σ(−t), each computed directly (never 1 − p₁);</li>
 *   <li>the predicted class is the first largest logit, as {@link io.github.activations.Argmax}
 *       picks it (for one score: 1 if t &gt; 0, else 0); a temperature does not change it;</li>
 *   <li>accuracy = #{r : predictedᵣ = yᵣ} / N;</li>
 *   <li>top-k accuracy = #{r : rankᵣ &lt; k} / N, where rank = #{j : zⱼ &gt; z_y} + #{j &lt; y : zⱼ = z_y}
 *       (ties rank the lower index first, as {@link io.github.activations.TopK} does), so top-1 = accuracy;</li>
 *   <li>NLL = mean of −ln pᵣ[yᵣ], computed through log-softmax
 *       ({@link io.github.activations.CrossEntropy}) or, for one score, −ln σ(±t) by {@link LogSigmoid},
 *       never as the log of a rounded probability;</li>
 *   <li>Brier score: multi-class rows use Brier's (1950) definition, mean of Σⱼ (pⱼ − [j = y])²,
 *       in [0, 2], as computed as Σ_{j≠y} pⱼ² + (Σ_{j≠y} pⱼ)² (no cancellation when p_y ≈ 1); one score per
 *       row uses the binary form (p₁ − y)², in [0, 1], which is scikit-learn's {@code brier_score_loss} and half
 *       the two-class sum. A two-column matrix is multi-class, so the same model scored as one column and as
 *       two columns [0, s] gives a Brier score half as large in the first case. (torchmetrics' classification metrics have no
 *       Brier score; netcal neither.)</li>
 *   <li>ECE, MCE and the reliability bins: top-label confidence c = max pⱼ, binned as
 *       {@link Reliability} defines, for each requested bin count; for one score per row also top-label,
 *       c = max(p₀, p₁) ≥ 1/2 (torchmetrics' {@code BinaryCalibrationError} bins p₁ against the label instead);</li>
 *   <li>mean entropy = mean of −Σⱼ pⱼ ln pⱼ in nats, with 0 · ln 0 = 0 (no labels needed);</li>
 *   <li>the confusion matrix and per-class support, precision, recall and F1: {@link ConfusionMatrix}.</li>
 * </ul>
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>a metric other than entropy on a data set without labels</td><td>{@code IllegalArgumentException} naming the metrics</td></tr>
 *   <tr><td>k &lt; 1 or k &gt; classes</td><td>{@code IllegalArgumentException} with k and the class count</td></tr>
 *   <tr><td>{@link Metric#TOP_K} without any k</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>bins &lt; 1</td><td>{@code IllegalArgumentException} (from {@link Spec#bins(int...)})</td></tr>
 *   <tr><td>a calibrator fitted on another class count; Platt on several columns</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>a row whose logits are all −∞, when a metric needs probabilities</td><td>{@code IllegalArgumentException} naming the row</td></tr>
 *   <tr><td>the label's logit −∞ (another finite)</td><td>that row's NLL is +∞, so the mean NLL is +∞; the other metrics are finite</td></tr>
 *   <tr><td>+∞ logits</td><td>they share the mass equally (the core's softmax rule); a label among them has NLL ln k</td></tr>
 *   <tr><td>temperature 0 / +∞</td><td>the limits (one-hot on the maxima / uniform over the finite logits); predictions unchanged</td></tr>
 *   <tr><td>a metric that was not requested, or ECE for a bin count not requested</td><td>{@code IllegalStateException} from its getter</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Speed and determinism.</b> Rows are split into fixed chunks of about 32,768 logits and
 * run on the common {@link java.util.concurrent.ForkJoinPool} (the calling thread works too)
 * when the data set holds at least {@value io.github.activations.VectorPath#PARALLEL_THRESHOLD}
 * logits; each task reuses three row buffers, nothing is allocated per row. Sums are
 * compensated per chunk and the chunks are added in order, so every result is the same bit for
 * bit whatever the number of threads ({@code -Dactivations.parallel=false} runs on the calling
 * thread alone).
 */
public final class Evaluation {
    /**
     * Which metrics to compute, for which k and bin counts, and with which calibrator. Immutable:
     * every method returns a new spec.
     */
    public static final class Spec {
        /** The default number of confidence bins, Guo et al.'s and torchmetrics' 15. */
        public static final int DEFAULT_BINS = 15;

        private final EnumSet<Metric> metrics;
        private final int[] topK;
        private final int[] bins;
        private final Calibrator calibrator;

        private Spec(EnumSet<Metric> metrics, int[] topK, int[] bins, Calibrator calibrator) {
            this.metrics = metrics;
            this.topK = topK;
            this.bins = bins;
            this.calibrator = calibrator;
        }

        /**
         * Returns a spec of every metric but top-k (add it with {@link #topK(int...)}), 15 bins and
         * no calibration.
         *
         * @return the spec
         */
        public static Spec all() {
            return of(Metric.ACCURACY, Metric.NLL, Metric.BRIER, Metric.ECE, Metric.MCE, Metric.ENTROPY,
                    Metric.CONFUSION);
        }

        /**
         * Returns a spec of the given metrics, 15 bins and no calibration. {@link Metric#TOP_K}
         * also needs {@link #topK(int...)}.
         *
         * @param metrics the metrics
         * @return the spec
         */
        public static Spec of(Metric... metrics) {
            EnumSet<Metric> set = EnumSet.noneOf(Metric.class);
            for (Metric m : Objects.requireNonNull(metrics, "metrics")) {
                set.add(Objects.requireNonNull(m, "metric"));
            }
            return new Spec(set, new int[0], new int[] {DEFAULT_BINS}, Calibrator.identity());
        }

        /**
         * Returns this spec with top-k accuracy for each given k (each checked against the class
         * count when evaluated), replacing earlier k values.
         *
         * @param ks one or more k &gt;= 1
         * @return the new spec
         */
        public Spec topK(int... ks) {
            int[] k = distinct(ks, "k");
            EnumSet<Metric> set = EnumSet.copyOf(metrics);
            set.add(Metric.TOP_K);
            return new Spec(set, k, bins, calibrator);
        }

        /**
         * Returns this spec with the given numbers of confidence bins for ECE, MCE and the
         * reliability diagrams, replacing the earlier ones; the first is the default of
         * {@link Evaluation#ece()}.
         *
         * @param counts one or more bin counts &gt;= 1
         * @return the new spec
         */
        public Spec bins(int... counts) {
            return new Spec(metrics, topK, distinct(counts, "bins"), calibrator);
        }

        /**
         * Returns this spec with more metrics.
         *
         * @param more the metrics to add
         * @return the new spec
         */
        public Spec with(Metric... more) {
            EnumSet<Metric> set = EnumSet.copyOf(metrics);
            for (Metric m : Objects.requireNonNull(more, "more")) {
                set.add(Objects.requireNonNull(m, "metric"));
            }
            return new Spec(set, topK, bins, calibrator);
        }

        /**
         * Returns this spec with probabilities softmax(z / T) (σ(s / T) for one score per row).
         *
         * @param temperature T &gt;= 0; 0 and +∞ are the limits
         * @return the new spec
         */
        public Spec temperature(double temperature) {
            return calibrator(Calibrator.temperature(temperature));
        }

        /**
         * Returns this spec with the given calibrator.
         *
         * @param c the calibrator, e.g. a fitted one
         * @return the new spec
         */
        public Spec calibrator(Calibrator c) {
            return new Spec(metrics, topK, bins, Objects.requireNonNull(c, "calibrator"));
        }

        /**
         * Returns the metrics.
         *
         * @return an unmodifiable set
         */
        public Set<Metric> metrics() {
            return Collections.unmodifiableSet(EnumSet.copyOf(metrics));
        }

        /**
         * Returns the k values of top-k accuracy.
         *
         * @return a new array, possibly empty
         */
        public int[] topKs() {
            return topK.clone();
        }

        /**
         * Returns the bin counts.
         *
         * @return a new array of at least one count
         */
        public int[] binCounts() {
            return bins.clone();
        }

        /**
         * Returns the calibrator.
         *
         * @return the calibrator, {@link Calibrator#identity()} unless set
         */
        public Calibrator calibrator() {
            return calibrator;
        }

        private static int[] distinct(int[] values, String what) {
            Objects.requireNonNull(values, what);
            if (values.length == 0) {
                throw new IllegalArgumentException("at least one " + what + " is needed");
            }
            int[] out = new int[values.length];
            int n = 0;
            for (int v : values) {
                if (v < 1) {
                    throw new IllegalArgumentException(what + " must be at least 1, got " + v);
                }
                boolean seen = false;
                for (int i = 0; i < n; i++) {
                    seen |= out[i] == v;
                }
                if (!seen) {
                    out[n++] = v;
                }
            }
            return Arrays.copyOf(out, n);
        }

        @Override
        public String toString() {
            return "Spec[" + metrics + (topK.length > 0 ? ", top-k " + Arrays.toString(topK) : "") + ", bins "
                    + Arrays.toString(bins) + ", " + calibrator + "]";
        }
    }

    private final String dataset;
    private final int rows;
    private final int classes;
    private final EnumSet<Metric> metrics;
    private final Calibrator calibrator;
    private final long correct;
    private final int[] ks;
    private final long[] hits;
    private final double nll;
    private final double brier;
    private final double entropy;
    private final int[] binCounts;
    private final Reliability @Nullable [] reliability;
    private final @Nullable ConfusionMatrix confusion;

    private Evaluation(Dataset data, EnumSet<Metric> metrics, Calibrator calibrator, long correct, int[] ks,
            long[] hits, double nll, double brier, double entropy, int[] binCounts,
            Reliability @Nullable [] reliability, @Nullable ConfusionMatrix confusion) {
        this.dataset = data.name();
        this.rows = data.rows();
        this.classes = data.classes();
        this.metrics = metrics;
        this.calibrator = calibrator;
        this.correct = correct;
        this.ks = ks;
        this.hits = hits;
        this.nll = nll;
        this.brier = brier;
        this.entropy = entropy;
        this.binCounts = binCounts;
        this.reliability = reliability;
        this.confusion = confusion;
    }

    /**
     * Returns every metric the data set allows, with 15 bins and no calibration: all but top-k
     * for a labelled data set, only the mean entropy for an unlabelled one.
     *
     * @param data the data set
     * @return the evaluation
     */
    public static Evaluation of(Dataset data) {
        return of(data, Calibrator.identity());
    }

    /**
     * Returns every metric the data set allows (as {@link #of(Dataset)}), the probabilities
     * mapped by {@code calibrator}.
     *
     * @param data the data set
     * @param calibrator e.g. {@code TemperatureScaling.fit(validation).calibrator()}
     * @return the evaluation
     */
    public static Evaluation of(Dataset data, Calibrator calibrator) {
        Spec spec = Objects.requireNonNull(data, "data").hasLabels() ? Spec.all() : Spec.of(Metric.ENTROPY);
        return of(data, spec.calibrator(calibrator));
    }

    /**
     * Returns the metrics of {@code spec}, computed in one pass.
     *
     * @param data the data set
     * @param spec which metrics, k values, bin counts and calibrator
     * @return the evaluation
     */
    public static Evaluation of(Dataset data, Spec spec) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(spec, "spec");
        return new Pass(data, spec).run();
    }

    /** The one pass: per-chunk partial results, combined in chunk order. */
    private static final class Pass {
        private final Dataset data;
        private final LogitMatrix logits;
        private final EnumSet<Metric> metrics;
        private final Calibrator calibrator;
        private final double temperature;
        private final int classes;
        private final int[] ks;
        private final int[] bins;
        private final boolean labelled;
        private final boolean probabilities;
        private final boolean binned;
        private final boolean nll;
        private final boolean brier;
        private final boolean entropy;
        private final long @Nullable [] confusion;

        Pass(Dataset data, Spec spec) {
            this.data = data;
            this.logits = data.logits();
            this.metrics = EnumSet.copyOf(spec.metrics);
            this.calibrator = spec.calibrator;
            calibrator.requireCompatible(data);
            this.classes = data.classes();
            this.labelled = data.hasLabels();
            if (!labelled) {
                StringJoiner needing = new StringJoiner(", ");
                for (Metric m : metrics) {
                    if (m.needsLabels()) {
                        needing.add(m.name());
                    }
                }
                if (needing.length() > 0) {
                    throw new IllegalArgumentException("data set '" + data.name() + "' has no labels: " + needing
                            + " compare predictions with labels (only ENTROPY needs none)");
                }
            }
            if (metrics.contains(Metric.TOP_K)) {
                if (spec.topK.length == 0) {
                    throw new IllegalArgumentException("TOP_K needs at least one k: use Spec.topK(k...)");
                }
                for (int k : spec.topK) {
                    if (k > classes) {
                        throw new IllegalArgumentException("top-k accuracy: k = " + k + " is outside [1, " + classes
                                + "], the classes of data set '" + data.name() + "'");
                    }
                }
                this.ks = spec.topK.clone();
            } else {
                this.ks = new int[0];
            }
            this.binned = metrics.contains(Metric.ECE) || metrics.contains(Metric.MCE);
            this.bins = binned ? spec.bins.clone() : new int[0];
            this.nll = metrics.contains(Metric.NLL);
            this.brier = metrics.contains(Metric.BRIER);
            this.entropy = metrics.contains(Metric.ENTROPY);
            this.probabilities = binned || brier || entropy;
            this.temperature = calibrator.kind() == Calibrator.Kind.PLATT ? 1.0 : calibrator.rowTemperature();
            this.confusion = metrics.contains(Metric.CONFUSION) ? new long[Math.multiplyExact(classes, classes)] : null;
        }

        /** Per-chunk sums and counts. */
        private final class Part {
            long correct;
            final long[] hits = new long[ks.length];
            final Sum nll = new Sum();
            final Sum brier = new Sum();
            final Sum entropy = new Sum();
            final long[][] count = new long[bins.length][];
            final long[][] right = new long[bins.length][];
            final Sum[][] confidence = new Sum[bins.length][];

            Part() {
                for (int b = 0; b < bins.length; b++) {
                    count[b] = new long[bins[b]];
                    right[b] = new long[bins[b]];
                    confidence[b] = new Sum[bins[b]];
                    for (int i = 0; i < bins[b]; i++) {
                        confidence[b][i] = new Sum();
                    }
                }
            }

            /** Adds another part: counts exactly, sums in the order the parts are added. */
            void add(Part other) {
                correct += other.correct;
                for (int i = 0; i < ks.length; i++) {
                    hits[i] += other.hits[i];
                }
                nll.add(other.nll);
                brier.add(other.brier);
                entropy.add(other.entropy);
                for (int b = 0; b < bins.length; b++) {
                    for (int i = 0; i < bins[b]; i++) {
                        count[b][i] += other.count[b][i];
                        right[b][i] += other.right[b][i];
                        confidence[b][i].add(other.confidence[b][i]);
                    }
                }
            }

            void bin(double c, boolean isRight) {
                for (int b = 0; b < bins.length; b++) {
                    int i = Reliability.bin(c, bins[b]);
                    count[b][i]++;
                    if (isRight) {
                        right[b][i]++;
                    }
                    confidence[b][i].add(c);
                }
            }
        }

        /** One task's row buffers. */
        private static final class Scratch {
            final double[] z;
            final double[] p;
            final double[] t;
            final int[] predicted;

            Scratch(int columns, int rowsPerChunk) {
                z = new double[columns];
                p = new double[columns];
                t = new double[columns];
                predicted = new int[rowsPerChunk];
            }
        }

        Evaluation run() {
            int rows = logits.rows();
            int columns = logits.columns();
            Chunks chunks = new Chunks(rows, columns);
            Part[] parts = new Part[chunks.count()];
            int perChunk = chunks.rowsPerChunk();
            boolean binary = data.isBinary();
            chunks.run(() -> new Scratch(columns, perChunk), (s, c, from, to) -> {
                Part part = new Part();
                if (binary) {
                    binaryRows(s, part, from, to);
                } else {
                    rows(s, part, from, to);
                }
                long[] cm = confusion;
                if (cm != null) {
                    synchronized (cm) {
                        for (int r = from; r < to; r++) {
                            cm[data.label(r) * classes + s.predicted[r - from]]++;
                        }
                    }
                }
                parts[c] = part;
            });
            return combine(parts, rows);
        }

        private void rows(Scratch s, Part part, int from, int to) {
            int columns = logits.columns();
            for (int r = from; r < to; r++) {
                double[] z = logits.rowInto(r, s.z);
                int y = labelled ? data.label(r) : 0;
                int arg = 0;
                double max = z[0];
                for (int j = 1; j < columns; j++) {
                    if (z[j] > max) {
                        max = z[j];
                        arg = j;
                    }
                }
                if (max == Double.NEGATIVE_INFINITY && (probabilities || nll)) {
                    throw new IllegalArgumentException("data set '" + data.name() + "', row " + r
                            + ": every logit is -Infinity, so softmax is undefined");
                }
                boolean right = arg == y;
                s.predicted[r - from] = arg;
                if (labelled && right) {
                    part.correct++;
                }
                if (ks.length > 0) {
                    int rank = rank(z, y);
                    for (int i = 0; i < ks.length; i++) {
                        if (rank < ks[i]) {
                            part.hits[i]++;
                        }
                    }
                }
                if (probabilities) {
                    double[] p = temperature == 1.0 ? Softmax.into(z, s.p) : Softmax.into(z, temperature, s.p);
                    if (brier) {
                        double q = 0;
                        double sq = 0;
                        for (int j = 0; j < columns; j++) {
                            if (j != y) {
                                q += p[j];
                                sq += p[j] * p[j];
                            }
                        }
                        part.brier.add(sq + q * q);
                    }
                    if (binned) {
                        part.bin(p[arg], right);
                    }
                    if (entropy) {
                        part.entropy.add(Losses.entropy(z, temperature));
                    }
                }
                if (nll) {
                    part.nll.add(Losses.crossEntropy(z, y, temperature));
                }
            }
        }

        /** Returns #{j : zⱼ &gt; z_y} + #{j &lt; y : zⱼ = z_y}, the label's place in TopK's order. */
        private static int rank(double[] z, int y) {
            double zy = z[y];
            int rank = 0;
            for (int j = 0; j < y; j++) {
                if (z[j] >= zy) {
                    rank++;
                }
            }
            for (int j = y + 1; j < z.length; j++) {
                if (z[j] > zy) {
                    rank++;
                }
            }
            return rank;
        }

        private void binaryRows(Scratch s, Part part, int from, int to) {
            for (int r = from; r < to; r++) {
                double t = calibrator.mapScore(logits.get(r, 0));
                int y = labelled ? data.label(r) : 0;
                int predicted = t > 0 ? 1 : 0;
                boolean right = predicted == y;
                s.predicted[r - from] = predicted;
                if (labelled && right) {
                    part.correct++;
                }
                for (int i = 0; i < ks.length; i++) {
                    if (right || ks[i] >= 2) {
                        part.hits[i]++;
                    }
                }
                if (probabilities) {
                    double p1 = Sigmoid.of(t);
                    double p0 = Sigmoid.of(-t);
                    if (brier) {
                        double miss = y == 1 ? p0 : p1;
                        part.brier.add(miss * miss);
                    }
                    if (binned) {
                        part.bin(predicted == 1 ? p1 : p0, right);
                    }
                    if (entropy) {
                        double h = 0;
                        if (p1 > 0) {
                            h -= p1 * LogSigmoid.of(t);
                        }
                        if (p0 > 0) {
                            h -= p0 * LogSigmoid.of(-t);
                        }
                        part.entropy.add(h);
                    }
                }
                if (nll) {
                    part.nll.add(-LogSigmoid.of(y == 1 ? t : -t));
                }
            }
        }

        private Evaluation combine(Part[] parts, int rows) {
            Part total = new Part();
            for (Part part : parts) {
                total.add(part);
            }
            Reliability[] diagrams = null;
            if (binned) {
                diagrams = new Reliability[bins.length];
                for (int b = 0; b < bins.length; b++) {
                    double[] conf = new double[bins[b]];
                    for (int i = 0; i < bins[b]; i++) {
                        conf[i] = total.confidence[b][i].value();
                    }
                    diagrams[b] = new Reliability(rows, total.count[b], total.right[b], conf);
                }
            }
            long[] cm = confusion;
            ConfusionMatrix matrix = cm == null ? null : new ConfusionMatrix(classes, cm, data.classNames());
            return new Evaluation(data, metrics, calibrator, total.correct, ks, total.hits, total.nll.value() / rows,
                    total.brier.value() / rows, total.entropy.value() / rows, bins, diagrams, matrix);
        }
    }

    private void require(Metric m) {
        if (!metrics.contains(m)) {
            throw new IllegalStateException(m.name() + " was not computed for data set '" + dataset
                    + "': add it to the Spec (computed: " + metrics + ")");
        }
    }

    /**
     * Returns the name of the data set evaluated.
     *
     * @return the name
     */
    public String dataset() {
        return dataset;
    }

    /**
     * Returns the number of rows.
     *
     * @return N
     */
    public int rows() {
        return rows;
    }

    /**
     * Returns the number of classes (2 for one score per row).
     *
     * @return the class count
     */
    public int classes() {
        return classes;
    }

    /**
     * Returns the calibrator the probabilities were mapped with.
     *
     * @return the calibrator
     */
    public Calibrator calibrator() {
        return calibrator;
    }

    /**
     * Returns the metrics computed.
     *
     * @return an unmodifiable set
     */
    public Set<Metric> metrics() {
        return Collections.unmodifiableSet(EnumSet.copyOf(metrics));
    }

    /**
     * Returns the number of rows predicted right.
     *
     * @return #{r : predictedᵣ = yᵣ}
     */
    public long correct() {
        require(Metric.ACCURACY);
        return correct;
    }

    /**
     * Returns the accuracy.
     *
     * @return {@link #correct()} / N
     */
    public double accuracy() {
        require(Metric.ACCURACY);
        return (double) correct / rows;
    }

    /**
     * Returns the number of rows whose label is among the k best, for a requested k.
     *
     * @param k one of the spec's k values
     * @return the count
     */
    public long topKHits(int k) {
        require(Metric.TOP_K);
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] == k) {
                return hits[i];
            }
        }
        throw new IllegalStateException("top-" + k + " accuracy was not computed (k values: " + Arrays.toString(ks)
                + ")");
    }

    /**
     * Returns the top-k accuracy for a requested k.
     *
     * @param k one of the spec's k values
     * @return {@link #topKHits(int)} / N
     */
    public double topKAccuracy(int k) {
        return (double) topKHits(k) / rows;
    }

    /**
     * Returns the negative log-likelihood, the mean cross-entropy in nats.
     *
     * @return NLL &gt;= 0, +∞ if some label has probability 0
     */
    public double nll() {
        require(Metric.NLL);
        return nll;
    }

    /**
     * Returns the Brier score (multi-class: in [0, 2]; one score per row: in [0, 1]; see the
     * class comment).
     *
     * @return the mean squared error of the probabilities
     */
    public double brier() {
        require(Metric.BRIER);
        return brier;
    }

    /**
     * Returns the mean entropy of the predicted distributions, in nats.
     *
     * @return in [0, ln classes]
     */
    public double meanEntropy() {
        require(Metric.ENTROPY);
        return entropy;
    }

    /**
     * Returns the reliability diagram for the first requested bin count.
     *
     * @return the diagram
     */
    public Reliability reliability() {
        return reliability(binsOrThrow()[0]);
    }

    /**
     * Returns the reliability diagram for a requested bin count.
     *
     * @param bins one of the spec's bin counts
     * @return the diagram
     */
    public Reliability reliability(int bins) {
        Reliability[] diagrams = reliability;
        int[] counts = binsOrThrow();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == bins && diagrams != null) {
                return diagrams[i];
            }
        }
        throw new IllegalStateException("calibration errors were computed for bins " + Arrays.toString(counts)
                + ", not " + bins);
    }

    private int[] binsOrThrow() {
        if (reliability == null) {
            throw new IllegalStateException("ECE and MCE were not computed for data set '" + dataset
                    + "': add Metric.ECE or Metric.MCE to the Spec");
        }
        return binCounts;
    }

    /**
     * Returns the expected calibration error for the first requested bin count.
     *
     * @return ECE in [0, 1]
     */
    public double ece() {
        return reliability().ece();
    }

    /**
     * Returns the expected calibration error for a requested bin count.
     *
     * @param bins one of the spec's bin counts
     * @return ECE in [0, 1]
     */
    public double ece(int bins) {
        return reliability(bins).ece();
    }

    /**
     * Returns the maximum calibration error for the first requested bin count.
     *
     * @return MCE in [0, 1]
     */
    public double mce() {
        return reliability().mce();
    }

    /**
     * Returns the maximum calibration error for a requested bin count.
     *
     * @param bins one of the spec's bin counts
     * @return MCE in [0, 1]
     */
    public double mce(int bins) {
        return reliability(bins).mce();
    }

    /**
     * Returns the confusion matrix (rows: true class, columns: predicted).
     *
     * @return the matrix
     */
    public ConfusionMatrix confusion() {
        require(Metric.CONFUSION);
        return Objects.requireNonNull(confusion);
    }

    /**
     * Returns support, precision, recall and F1 of every class.
     *
     * @return one entry per class
     */
    public List<ClassMetrics> perClass() {
        return confusion().perClass();
    }

    /**
     * Returns the scalar metrics computed, by name, in a fixed order: {@code accuracy},
     * {@code top<k>} for each k, {@code nll}, {@code brier}, {@code ece(<bins>)} and
     * {@code mce(<bins>)} for each bin count, {@code entropy}. For tables and JSON.
     *
     * @return an ordered map
     */
    public Map<String, Double> values() {
        Map<String, Double> v = new LinkedHashMap<>();
        if (metrics.contains(Metric.ACCURACY)) {
            v.put("accuracy", accuracy());
        }
        for (int k : ks) {
            v.put("top" + k, topKAccuracy(k));
        }
        if (metrics.contains(Metric.NLL)) {
            v.put("nll", nll);
        }
        if (metrics.contains(Metric.BRIER)) {
            v.put("brier", brier);
        }
        if (reliability != null) {
            for (int b : binCounts) {
                if (metrics.contains(Metric.ECE)) {
                    v.put("ece(" + b + ")", ece(b));
                }
                if (metrics.contains(Metric.MCE)) {
                    v.put("mce(" + b + ")", mce(b));
                }
            }
        }
        if (metrics.contains(Metric.ENTROPY)) {
            v.put("entropy", entropy);
        }
        return Collections.unmodifiableMap(v);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : values().entrySet()) {
            parts.add(String.format(Locale.ROOT, "%s %.6g", e.getKey(), e.getValue()));
        }
        return "Evaluation['" + dataset + "', " + rows + " rows, " + classes + " classes, " + calibrator + ": "
                + String.join(", ", parts) + "]";
    }
}
