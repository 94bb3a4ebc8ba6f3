/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import io.github.activations.scripting.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Dataset} (logits, labels, class names) from files a model's evaluation wrote:
 * NumPy {@code .npy} and {@code .npz}, CSV/TSV and JSON, or standard input. A reader is immutable
 * and made by a {@link Builder}; {@link #defaults()} has every option at its default.
 *
 * <pre>{@code
 * Dataset val = DatasetReader.builder().classNames(List.of("seal", "panda", "duck")).build()
 *         .read(Path.of("val_logits.npy"), Path.of("val_labels.npy"));
 * Dataset csv = DatasetReader.builder().labelColumn("label").build().read(Path.of("val.csv"));
 * }</pre>
 *
 * <h2>What each format holds</h2>
 * <table class="striped">
 *   <caption>Formats</caption>
 *   <thead><tr><th scope="col">format</th><th scope="col">logits</th><th scope="col">labels</th><th scope="col">class names</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code .npy}</td><td>shape {@code (rows, classes)}, or {@code (rows,)} for one score per row;
 *       float16/32/64, either byte order, C or Fortran order, format versions 1.0, 2.0, 3.0. float16
 *       and float32 are held as {@code float[]}, float64 as {@code double[]}</td>
 *       <td>a labels file: shape {@code (rows,)} or {@code (rows, 1)} of int8…int64, uint8…uint64, bool, or
 *       floats holding whole numbers</td><td>—</td></tr>
 *   <tr><td>{@code .npz}</td><td>the array {@link Builder#logitsMember(String) logitsMember} ({@code logits})</td>
 *       <td>the array {@link Builder#labelsMember(String) labelsMember} ({@code labels}), if present</td><td>—</td></tr>
 *   <tr><td>CSV, TSV</td><td>every column but the label column, as {@code double[]}; cells are decimal numbers,
 *       {@code inf}, {@code -inf}, {@code Infinity} (any case)</td>
 *       <td>the {@link Builder#labelColumn(String) labelColumn}, else the header column named {@code label} or
 *       {@code labels}: class indices ({@code 2}, {@code 2.0}) or class names</td>
 *       <td>the header's names of the logit columns (two or more)</td></tr>
 *   <tr><td>JSON</td><td>{@code [[..], ..]}, {@code [..]} (scores), or the key {@code "logits"} (or {@code "scores"})
 *       of an object, as {@code double[]}; also {@code Infinity}, {@code -Infinity} as Python writes them</td>
 *       <td>the key {@code "labels"}: class indices or class names in quotes</td><td>the key {@code "classes"}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>CSV and TSV files may have a header row: unless {@link Builder#header(boolean)} says, the first
 * row (after {@code #} comment lines and blank lines) is a header when one of its cells is not a number
 * (nor, in the label column, a known class name). Fields may be quoted; spaces around them are ignored.
 * With no {@link Builder#labelColumn(String) labelColumn}, a header column named {@code label} or
 * {@code labels} (any case) holds the labels, and {@link Dataset#toString()} says so
 * ({@code labels from column 'label'}); other names ({@code target}, {@code y}, {@code class}) are read as
 * logits unless named, and {@link Builder#noLabelColumn()} reads every column as logits.
 * Class names given to the builder win over those of a file. The pandas index column that
 * {@code DataFrame.to_csv} writes by default is not recognised: it would be read as logits.
 *
 * <h2>Memory</h2>
 * <p>The logits go straight into one row-major array: {@code .npy} and {@code .npz} data is read in
 * 1 MiB chunks into the final array (a 50,000 × 1,000 float32 file takes its 200 MB of heap and no
 * more), and a CSV file is scanned for its line count first so that its array is allocated once.
 * Before each large allocation the reader checks the bytes needed against what the JVM can still
 * allocate ({@code Runtime.maxMemory()} minus the heap in use, after one garbage collection) and
 * fails with both sizes in the message. Standard input and JSON, whose size is not known beforehand,
 * grow their array as they go, so they may need twice the final size at the end.
 *
 * <h2>Errors</h2>
 * <p>Every problem is a {@link DataException} whose one-line message starts with the file, and, for
 * text formats, the line and column ({@code val.csv:12:3: 'abc' is not a number (logit column 2)});
 * nothing half-read is returned.
 */
public final class DatasetReader {
    private final @Nullable DataFormat format;
    private final @Nullable Character delimiter;
    private final @Nullable Boolean header;
    private final @Nullable String labelColumnName;
    private final @Nullable Integer labelColumnIndex;
    private final boolean labelColumnByHeader;
    private final @Nullable List<String> classNames;
    private final String logitsMember;
    private final String labelsMember;
    private final boolean labelsMemberSet;
    private final boolean scores;
    private final @Nullable String name;
    private final Progress progress;
    private final InputStream stdin;
    private final LongSupplier memory;

    private DatasetReader(Builder b) {
        this.format = b.format;
        this.delimiter = b.delimiter;
        this.header = b.header;
        this.labelColumnName = b.labelColumnName;
        this.labelColumnIndex = b.labelColumnIndex;
        this.labelColumnByHeader = b.labelColumnByHeader;
        this.classNames = b.classNames;
        this.logitsMember = b.logitsMember;
        this.labelsMember = b.labelsMember;
        this.labelsMemberSet = b.labelsMemberSet;
        this.scores = b.scores;
        this.name = b.name;
        this.progress = b.progress;
        this.stdin = b.stdin;
        this.memory = b.memory;
    }

    /**
     * Returns a builder with every option at its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a reader with every option at its default: format by extension or content, header
     * detected, the label column named {@code label} or {@code labels} if the header has one, arrays
     * {@code logits} and {@code labels}, no progress, standard input from {@link System#in}.
     *
     * @return the reader
     */
    public static DatasetReader defaults() {
        return new Builder().build();
    }

    /**
     * Returns the data set one file holds: logits, and labels and class names where the format
     * holds them (see the class description). The path {@code -} (exactly: a relative path of one
     * element) reads the builder's standard input.
     *
     * <table class="striped">
     *   <caption>Special cases (each a {@link DataException} naming the file, and the line and column in text formats)</caption>
     *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
     *   <tbody>
     *   <tr><td>no such file; a directory; an unreadable file</td><td>{@code FILE: no such file (looked for /abs/FILE)},
     *       {@code FILE: is a directory, not a file}, {@code FILE: cannot be read: permission denied}</td></tr>
     *   <tr><td>an empty file or empty standard input</td><td>{@code FILE: empty file}</td></tr>
     *   <tr><td>unknown extension ({@code .txt}, none) or standard input, no {@link Builder#format format}</td>
     *       <td>the format is sniffed: {@code \x93NUMPY} npy, {@code PK} npz, {@code [} or <code>{</code> JSON, else CSV
     *       (TSV if the first line has a tab and no comma)</td></tr>
     *   <tr><td>{@code .npy} not starting with {@code \x93NUMPY}; a version other than 1.0, 2.0, 3.0; a header that is not a
     *       dict with {@code descr}, {@code fortran_order}, {@code shape}</td><td>{@code not a .npy file},
     *       {@code unsupported .npy format version}, {@code malformed .npy header: … at character N of {…}}</td></tr>
     *   <tr><td>a dtype other than float16/32/64 for logits (integers, complex, strings, structured)</td>
     *       <td>names the dtype and lists the supported ones</td></tr>
     *   <tr><td>shape {@code ()}, or three or more dimensions; a dimension 0</td><td>names the shape</td></tr>
     *   <tr><td>fewer data bytes than the shape needs</td><td>{@code FILE: truncated: shape (…) of float32 ('<f4') needs N data bytes …}</td></tr>
     *   <tr><td>more bytes than the shape needs</td><td>the rest is ignored, as {@code numpy.load} does</td></tr>
     *   <tr><td>an {@code .npz} without the logits array, or (when {@link Builder#labelsMember(String)} was set) the labels array</td>
     *       <td>lists the arrays it has</td></tr>
     *   <tr><td>more entries than a Java array holds; more bytes than the JVM can still allocate</td>
     *       <td>{@code FILE: 50000 x 1000 float64 ('<f8') needs 400 MB, more than the 250 MB this JVM can still allocate (maximum heap 268 MB, -Xmx256m)}</td></tr>
     *   <tr><td>a NaN logit</td><td>{@code FILE: logits[row R, column C] is NaN} (with {@code :LINE:COLUMN} in text formats)</td></tr>
     *   <tr><td>±∞ logits</td><td>kept: the core's rules apply</td></tr>
     *   <tr><td>a CSV row with another number of cells than the first</td><td>{@code FILE:LINE:COLUMN: row has 3 cells, expected 4 (…)}</td></tr>
     *   <tr><td>a CSV cell that is not a number; an empty cell</td><td>{@code FILE:LINE:COLUMN: 'abc' is not a number (logit column C)}</td></tr>
     *   <tr><td>a CSV {@link Builder#labelColumn(String) label column} name not in the header</td><td>lists the columns, with "did you mean"</td></tr>
     *   <tr><td>a label column index outside the columns</td><td>names the index and the column count</td></tr>
     *   <tr><td>no label column named, and two header columns named {@code label} or {@code labels}</td><td>names both</td></tr>
     *   <tr><td>only a header, only comments</td><td>{@code no data rows}, {@code no rows}</td></tr>
     *   <tr><td>a label that is not a whole number, or a name that is not a class name</td><td>{@code label of row R is 0.5, not a whole number (…)}
     *       (with the line and column in text formats)</td></tr>
     *   <tr><td>a label &lt; 0 or ≥ the number of classes (the columns; 2 for one score per row)</td><td>{@code label of row R is 3, outside [0, 3) (…)}</td></tr>
     *   <tr><td>JSON that is not JSON; a {@code null}, {@code true} or string where a logit belongs; ragged rows; an unknown key</td>
     *       <td>names the line and column and what was found</td></tr>
     *   <tr><td>class names (from the builder or the file) of another count than the classes</td><td>names both counts</td></tr>
     *   <tr><td>{@link Builder#scores(boolean) scores} set and more than one column</td><td>names the shape</td></tr>
     *   <tr><td>{@link Builder#labelColumn(String) labelColumn} set for a file that is not CSV or TSV</td><td>says so</td></tr>
     *   </tbody>
     * </table>
     *
     * @param file the file, or {@code -} for standard input
     * @return the data set, named by {@link Builder#name(String)} or the file name without its extension
     * @throws DataException if the file cannot be read as a data set
     */
    public Dataset read(Path file) {
        Objects.requireNonNull(file, "file");
        Input in = Input.open(file, stdin);
        DataFormat f = formatOf(in);
        labelColumnOnlyForCsv(in, f);
        Parts parts = parts(in, f, Parts.Want.BOTH, -1, classNames);
        return assemble(in, parts, in, parts);
    }

    /**
     * Returns the data set of logits in one file and labels in another (of any two formats). A
     * {@link Builder#labelColumn(String) label column} names the column of a CSV labels file (the
     * logits file is then all logits); a labels CSV of one column needs none.
     *
     * <table class="striped">
     *   <caption>Special cases (besides those of {@link #read(Path)}, each a {@link DataException})</caption>
     *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
     *   <tbody>
     *   <tr><td>another number of labels than logit rows</td><td>{@code LABELS: 999 labels for the 1000 rows of LOGITS}</td></tr>
     *   <tr><td>a label &lt; 0 or ≥ the classes of the logits</td><td>{@code LABELS: label of row R is 3, outside [0, 3) (the logits have 3 columns)}</td></tr>
     *   <tr><td>a logits file that holds labels too (an {@code .npz} labels array, a JSON {@code "labels"}, a CSV
     *       column named {@code label} or {@code labels}, unless {@link Builder#noLabelColumn()})</td><td>{@code LOGITS: holds labels too …}</td></tr>
     *   <tr><td>a labels CSV of several columns, no label column and none named {@code label}</td><td>asks for {@code labelColumn}</td></tr>
     *   <tr><td>labels of shape {@code (rows, classes)} (one-hot)</td><td>names the shape and suggests {@code argmax}</td></tr>
     *   <tr><td>both paths {@code -}</td><td>{@code DataException}: standard input can be read once</td></tr>
     *   </tbody>
     * </table>
     *
     * @param logits the logits file, or {@code -} for standard input
     * @param labels the labels file, or {@code -} for standard input
     * @return the data set, named by {@link Builder#name(String)} or the logits file name without its extension
     * @throws DataException if a file cannot be read, or the two do not fit together
     */
    public Dataset read(Path logits, Path labels) {
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(labels, "labels");
        if (Input.isStdin(logits) && Input.isStdin(labels)) {
            throw new DataException(Input.STDIN, "logits and labels cannot both come from standard input");
        }
        Input logitsIn = Input.open(logits, stdin);
        DataFormat lf = formatOf(logitsIn);
        Parts logitParts = parts(logitsIn, lf, Parts.Want.LOGITS, -1, classNames);
        LogitMatrix m = Objects.requireNonNull(logitParts.logits);
        Input labelsIn = Input.open(labels, stdin);
        DataFormat bf = formatOf(labelsIn);
        labelColumnOnlyForCsv(labelsIn, bf);
        List<String> known = classNames != null ? classNames : logitParts.classNames;
        Parts labelParts = parts(labelsIn, bf, Parts.Want.LABELS, m.columns(), known);
        return assemble(logitsIn, logitParts, labelsIn, labelParts);
    }

    private DataFormat formatOf(Input in) {
        DataFormat f = format;
        if (f != null) {
            return f;
        }
        f = DataFormat.ofFileName(in.name);
        return f != null && in.path() != null ? f : in.sniff();
    }

    private void labelColumnOnlyForCsv(Input in, DataFormat f) {
        if ((labelColumnName != null || labelColumnIndex != null) && f != DataFormat.CSV && f != DataFormat.TSV) {
            throw new DataException(in.name, "labelColumn is for CSV and TSV files; this file is read as " + f);
        }
    }

    private Parts parts(Input in, DataFormat f, Parts.Want want, int logitColumns, @Nullable List<String> names) {
        switch (f) {
            case NPY:
                try (ReadableByteChannel ch = in.channel()) {
                    Npy.Header h = Npy.header(ch, in.name);
                    Parts p = new Parts();
                    if (want == Parts.Want.LABELS) {
                        p.labels = Npy.labels(ch, h, in.name, in.size(), progress, memory);
                    } else {
                        p.logits = Npy.logits(ch, h, in.name, in.size(), progress, memory);
                    }
                    return p;
                } catch (IOException e) {
                    throw new DataException(in.name, "cannot read: " + e.getMessage(), e);
                }
            case NPZ:
                return Npz.read(in, want, logitsMember, labelsMember, labelsMemberSet || want == Parts.Want.LABELS,
                        progress, memory);
            case JSON:
                return JsonData.read(in, want, logitsMember, labelsMember, progress, memory);
            default:
                CsvData.Options o = new CsvData.Options();
                Character d = delimiter;
                o.delimiter = d != null ? d : f == DataFormat.TSV ? '\t' : ',';
                o.header = header;
                o.labelColumnName = labelColumnName;
                o.labelColumnIndex = labelColumnIndex;
                o.labelColumnByHeader = labelColumnByHeader;
                o.classNames = names;
                o.logitColumns = logitColumns;
                o.progress = progress;
                o.memory = memory;
                return CsvData.read(in, want, o);
        }
    }

    private Dataset assemble(Input logitsIn, Parts logitParts, Input labelsIn, Parts labelParts) {
        LogitMatrix logits = Objects.requireNonNull(logitParts.logits);
        String logitsFile = logitsIn.name;
        String labelsFile = labelsIn.name;
        if (scores && logits.columns() != 1) {
            throw new DataException(logitsFile, "holds " + logits.rows() + " x " + logits.columns()
                    + " logits, not one score per row");
        }
        int classes = Labels.classes(logits.columns());
        List<String> names = classNames;
        String namesFrom = "class names given";
        if (names == null) {
            names = logitParts.classNames != null ? logitParts.classNames : labelParts.classNames;
            namesFrom = "class names in " + (logitParts.classNames != null ? logitsFile : labelsFile);
        }
        if (names != null && names.size() != classes) {
            throw new DataException(logitsFile, names.size() + " " + namesFrom + " for " + classes + " classes"
                    + (logits.columns() == 1 ? " (one score per row: 2 classes)" : ""));
        }
        int[] labels = labelParts.labels;
        if (labels != null) {
            resolveNames(labelParts, labels, names, labelsFile);
            if (labels.length != logits.rows()) {
                throw new DataException(labelsFile, labels.length + " labels for the " + logits.rows() + " rows of "
                        + (labelsIn == logitsIn ? "logits" : logitsFile));
            }
            if (!labelParts.labelsChecked) {
                Labels.check(labels, logits.columns(), labelsFile, labelParts.labelLines, labelParts.labelPlaces);
            }
        }
        String n = name;
        return Dataset.of(n != null ? n : baseName(logitsIn.name), logits, labels, names)
                .withLabelsFrom(labelParts.labelsFrom);
    }

    /** Replaces the class names of JSON labels by their indices. */
    private static void resolveNames(Parts parts, int[] labels, @Nullable List<String> names, String file) {
        List<@Nullable String> text = parts.labelNames;
        if (text == null) {
            return;
        }
        int[] lines = Objects.requireNonNull(parts.labelLines);
        int[] places = Objects.requireNonNull(parts.labelPlaces);
        for (int r = 0; r < labels.length; r++) {
            String s = text.get(r);
            if (s != null) {
                try {
                    labels[r] = Labels.parse(s, names);
                } catch (Labels.BadLabel e) {
                    throw new DataException(file, lines[r], places[r], e.at(r));
                }
            }
        }
    }

    private static String baseName(String file) {
        if (file.equals(Input.STDIN)) {
            return "stdin";
        }
        Path p = Path.of(file).getFileName();
        String s = p == null ? file : p.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    /**
     * Options of a {@link DatasetReader}; each setter returns this builder. Unset options take the
     * defaults named on each setter.
     */
    public static final class Builder {
        private @Nullable DataFormat format;
        private @Nullable Character delimiter;
        private @Nullable Boolean header;
        private @Nullable String labelColumnName;
        private @Nullable Integer labelColumnIndex;
        private boolean labelColumnByHeader = true;
        private @Nullable List<String> classNames;
        private String logitsMember = "logits";
        private String labelsMember = "labels";
        private boolean labelsMemberSet;
        private boolean scores;
        private @Nullable String name;
        private Progress progress = Progress.NONE;
        private InputStream stdin = System.in;
        private LongSupplier memory = Memory.HEAP;

        private Builder() {
        }

        /**
         * Reads every file as {@code format}; by default the extension decides, and the content for
         * standard input and unknown extensions (see {@link DataFormat}).
         *
         * @param format the format of every file read
         * @return this builder
         */
        public Builder format(DataFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Sets the CSV delimiter; by default a comma, a tab for {@link DataFormat#TSV}.
         *
         * @param delimiter the delimiter, e.g. {@code ';'}
         * @return this builder
         * @throws IllegalArgumentException for a line break, {@code "} or {@code #}
         */
        public Builder delimiter(char delimiter) {
            if (delimiter == '\n' || delimiter == '\r' || delimiter == '"' || delimiter == '#') {
                throw new IllegalArgumentException("delimiter cannot be " + (delimiter == '\n' ? "\\n"
                        : delimiter == '\r' ? "\\r" : String.valueOf(delimiter)));
            }
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Says whether CSV files start with a header row; by default the first row is a header if
         * one of its cells is not a number (so a header of numbers, {@code 0,1,2}, needs
         * {@code header(true)}).
         *
         * @param header true if the first row is a header
         * @return this builder
         */
        public Builder header(boolean header) {
            this.header = header;
            return this;
        }

        /**
         * Names the CSV column that holds the labels (the header must have it). By default the header
         * column named {@code label} or {@code labels} holds them (any case; two such columns are an
         * error), and a file without one holds logits only.
         *
         * @param name the header name of the label column
         * @return this builder
         */
        public Builder labelColumn(String name) {
            this.labelColumnName = Objects.requireNonNull(name, "name");
            this.labelColumnIndex = null;
            this.labelColumnByHeader = true;
            return this;
        }

        /**
         * Sets the CSV column that holds the labels by position: 0 for the first, −1 for the last
         * (as in Groovy lists).
         *
         * @param index the column, from 0; negative counts from the end
         * @return this builder
         */
        public Builder labelColumn(int index) {
            this.labelColumnIndex = index;
            this.labelColumnName = null;
            this.labelColumnByHeader = true;
            return this;
        }

        /**
         * Reads every CSV column as logits, a column named {@code label} or {@code labels} too
         * (undoes {@link #labelColumn(String)}); the labels may then come from a second file.
         *
         * @return this builder
         */
        public Builder noLabelColumn() {
            this.labelColumnName = null;
            this.labelColumnIndex = null;
            this.labelColumnByHeader = false;
            return this;
        }

        /**
         * Sets the class names (one per column; two for one score per row), which also let text
         * labels name classes; by default those of the file, if any.
         *
         * @param names the class names
         * @return this builder
         */
        public Builder classNames(List<String> names) {
            this.classNames = List.copyOf(names);
            return this;
        }

        /**
         * Names the {@code .npz} array (without {@code .npy}) and JSON key of the logits; default
         * {@code logits} (JSON also accepts {@code scores}).
         *
         * @param name the array name
         * @return this builder
         */
        public Builder logitsMember(String name) {
            this.logitsMember = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Names the {@code .npz} array and JSON key of the labels; default {@code labels}, which may
         * be absent. A name set here must be present.
         *
         * @param name the array name
         * @return this builder
         */
        public Builder labelsMember(String name) {
            this.labelsMember = Objects.requireNonNull(name, "name");
            this.labelsMemberSet = true;
            return this;
        }

        /**
         * Requires one score per row (a binary classifier's logits): a file with more columns is an
         * error. By default any number of columns is read.
         *
         * @param scores true to require one column
         * @return this builder
         */
        public Builder scores(boolean scores) {
            this.scores = scores;
            return this;
        }

        /**
         * Names the data set; by default the (logits) file name without its extension, or
         * {@code stdin}.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Reports the bytes read: one task per file (per array of an {@code .npz}), its total the
         * bytes to read, or 0 when not known (standard input in CSV and JSON). Default: none.
         *
         * @param progress where to report
         * @return this builder
         */
        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Sets the stream the path {@code -} reads (not closed by the reader); default
         * {@link System#in}.
         *
         * @param in the stream
         * @return this builder
         */
        public Builder stdin(InputStream in) {
            this.stdin = Objects.requireNonNull(in, "in");
            return this;
        }

        /** Sets what "bytes this JVM can still allocate" means; for tests of the heap check. */
        Builder memory(LongSupplier available) {
            this.memory = available;
            return this;
        }

        /**
         * Returns a reader with these options.
         *
         * @return the reader
         */
        public DatasetReader build() {
            return new DatasetReader(this);
        }
    }
}
