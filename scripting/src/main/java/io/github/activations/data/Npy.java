/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import io.github.activations.scripting.Progress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * NumPy's {@code .npy} format, versions 1.0, 2.0 and 3.0 (numpy/lib/format.py): the magic
 * {@code \x93NUMPY}, two version bytes, a little-endian header length (2 bytes in 1.0, 4 after),
 * then a Python dict literal {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }}
 * padded with spaces, then the raw data. The data is read in 1 MiB chunks straight into the final
 * array, in the file's byte order.
 */
final class Npy {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    static final String LOGIT_DTYPES = "float16, float32 or float64 ('<f2', '<f4', '<f8'; '>' for big-endian)";
    static final String LABEL_DTYPES = "int8 to int64, uint8 to uint64, bool, or float16/32/64 holding whole numbers;"
            + " either byte order";
    private static final int CHUNK = 1 << 20;
    private static final int MAX_HEADER = 1 << 20;

    private Npy() {
    }

    /** A parsed header. */
    static final class Header {
        final String descr;
        final char kind;
        final int itemSize;
        final ByteOrder order;
        final boolean fortran;
        final long[] shape;
        /** Bytes before the data: magic, version, length and dict. */
        final long headerBytes;

        Header(String descr, char kind, int itemSize, ByteOrder order, boolean fortran, long[] shape, long headerBytes) {
            this.descr = descr;
            this.kind = kind;
            this.itemSize = itemSize;
            this.order = order;
            this.fortran = fortran;
            this.shape = shape;
            this.headerBytes = headerBytes;
        }

        long count() {
            long c = 1;
            for (long d : shape) {
                c *= d;
            }
            return c;
        }

        long dataBytes() {
            return count() * itemSize;
        }

        String dtype() {
            String base = kind == 'b' ? "bool" : (kind == 'f' ? "float" : kind == 'i' ? "int" : "uint") + 8 * itemSize;
            return base + " ('" + descr + "')";
        }

        String shapeText() {
            return Npy.shapeText(shape);
        }
    }

    static String shapeText(long[] shape) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** Reads and parses the header, leaving {@code ch} at the first data byte. */
    static Header header(ReadableByteChannel ch, String file) throws IOException {
        ByteBuffer start = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        int n = readFully(ch, start);
        boolean magic = n >= MAGIC.length;
        for (int i = 0; magic && i < MAGIC.length; i++) {
            magic = start.get(i) == MAGIC[i];
        }
        if (!magic) {
            boolean zip = n >= 2 && start.get(0) == 'P' && start.get(1) == 'K';
            throw new DataException(file, "not a .npy file: it does not start with \\x93NUMPY"
                    + (zip ? " (it is a zip archive: an .npz?)" : ""));
        }
        if (n < 10) {
            throw new DataException(file, "truncated .npy header: the file ends after " + n + " bytes");
        }
        int major = start.get(6) & 0xff;
        int minor = start.get(7) & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            throw new DataException(file, "unsupported .npy format version " + major + "." + minor
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        long length;
        int prefix;
        if (major == 1) {
            length = start.getShort(8) & 0xffff;
            prefix = 10;
        } else {
            ByteBuffer rest = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN);
            if (readFully(ch, rest) < 2) {
                throw new DataException(file, "truncated .npy header: the file ends after 11 bytes");
            }
            length = (start.getShort(8) & 0xffffL) | (rest.getShort(0) & 0xffffL) << 16;
            prefix = 12;
        }
        if (length > MAX_HEADER) {
            throw new DataException(file, "malformed .npy header: it claims " + length + " bytes (at most "
                    + MAX_HEADER + " are accepted)");
        }
        ByteBuffer text = ByteBuffer.allocate((int) length);
        int got = readFully(ch, text);
        if (got < length) {
            throw new DataException(file, "truncated .npy header: it claims " + length + " bytes, the file ends after "
                    + got);
        }
        String dict = new String(text.array(), 0, got,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return parse(dict, file, prefix + length);
    }

    static int readFully(ReadableByteChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining() && ch.read(b) >= 0) {
            // until full or end of input
        }
        return b.position();
    }

    static Header parse(String dict, String file, long headerBytes) {
        Literal p = new Literal(dict, file);
        Object value = p.value();
        p.end();
        if (!(value instanceof Map)) {
            throw p.fail("the header is not a dict", 0);
        }
        Map<?, ?> map = (Map<?, ?>) value;
        for (String key : List.of("descr", "fortran_order", "shape")) {
            if (!map.containsKey(key)) {
                throw new DataException(file, "malformed .npy header: no '" + key + "' in " + p.shown());
            }
        }
        Object descr = map.get("descr");
        if (!(descr instanceof String)) {
            throw new DataException(file, "unsupported dtype " + p.shown(descr) + ": structured arrays are not"
                    + " supported (supported: " + LOGIT_DTYPES + " for logits; " + LABEL_DTYPES + " for labels)");
        }
        Object fortran = map.get("fortran_order");
        if (!(fortran instanceof Boolean)) {
            throw new DataException(file, "malformed .npy header: 'fortran_order' is " + p.shown(fortran)
                    + ", not True or False");
        }
        Object shape = map.get("shape");
        if (!(shape instanceof List)) {
            throw new DataException(file, "malformed .npy header: 'shape' is " + p.shown(shape) + ", not a tuple");
        }
        List<?> dims = (List<?>) shape;
        long[] s = new long[dims.size()];
        long count = 1;
        for (int i = 0; i < s.length; i++) {
            Object d = dims.get(i);
            if (!(d instanceof Long) || (Long) d < 0) {
                throw new DataException(file, "malformed .npy header: 'shape' " + p.shown(shape)
                        + " holds " + p.shown(d) + ", not a size");
            }
            s[i] = (Long) d;
            try {
                count = Math.multiplyExact(count, s[i]);
            } catch (ArithmeticException e) {
                throw new DataException(file, "malformed .npy header: 'shape' " + p.shown(shape) + " is too large", e);
            }
        }
        return dtype((String) descr, file, (Boolean) fortran, s, headerBytes);
    }

    private static Header dtype(String descr, String file, boolean fortran, long[] shape, long headerBytes) {
        int i = 0;
        ByteOrder order = ByteOrder.nativeOrder();
        boolean noOrder = false;
        if (!descr.isEmpty() && "<>|=".indexOf(descr.charAt(0)) >= 0) {
            char o = descr.charAt(0);
            order = o == '<' ? ByteOrder.LITTLE_ENDIAN : o == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.nativeOrder();
            noOrder = o == '|';
            i = 1;
        }
        char kind = i < descr.length() ? descr.charAt(i) : '?';
        int size = -1;
        try {
            size = Integer.parseInt(descr.substring(Math.min(i + 1, descr.length())));
        } catch (NumberFormatException e) {
            // stays -1: unsupported below
        }
        boolean ok = switch (kind) {
            case 'f' -> size == 2 || size == 4 || size == 8;
            case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
            case 'b' -> size == 1;
            default -> false;
        };
        if (!ok || noOrder && size != 1) {
            throw new DataException(file, "unsupported dtype '" + descr + "' (supported: " + LOGIT_DTYPES
                    + " for logits; " + LABEL_DTYPES + " for labels)");
        }
        return new Header(descr, kind, size, order, fortran, shape, headerBytes);
    }

    /** Receives {@code n} whole items from the buffer, starting with item number {@code first}. */
    private interface Take {
        void take(ByteBuffer b, long first, int n);
    }

    private static void data(ReadableByteChannel ch, Header h, String file, long available, Progress progress,
            Take take) throws IOException {
        long count = h.count();
        int size = h.itemSize;
        ByteBuffer b = ByteBuffer.allocateDirect(CHUNK).order(h.order);
        long done = 0;
        progress.start("read " + file, h.headerBytes + h.dataBytes());
        try {
            while (done < count) {
                if (ch.read(b) < 0) {
                    throw truncated(h, file, done * size + b.position(), available);
                }
                if (b.position() < size) {
                    continue;
                }
                b.flip();
                int n = (int) Math.min(b.remaining() / size, count - done);
                take.take(b, done, n);
                done += n;
                b.compact();
                progress.advance(h.headerBytes + done * size);
            }
        } finally {
            progress.finish();
        }
    }

    private static DataException truncated(Header h, String file, long dataBytes, long available) {
        return new DataException(file, "truncated: shape " + h.shapeText() + " of " + h.dtype() + " needs "
                + h.dataBytes() + " data bytes after the " + h.headerBytes + "-byte header, the "
                + (available >= 0 ? "file has " : "input ends after ") + Math.max(0, dataBytes));
    }

    private static void checkSize(Header h, String file, long available) {
        if (available >= 0 && available - h.headerBytes < h.dataBytes()) {
            throw truncated(h, file, available - h.headerBytes, available);
        }
    }

    /**
     * Reads logits: shape (rows,) is one score per row, (rows, classes) a matrix; float32 and
     * float16 into a float[], float64 into a double[].
     *
     * @param available the bytes of the whole array file (header included), or -1 if not known
     */
    static LogitMatrix logits(ReadableByteChannel ch, Header h, String file, long available, Progress progress,
            LongSupplier memory) throws IOException {
        if (h.kind != 'f') {
            throw new DataException(file, "dtype " + h.dtype() + " is not supported for logits (supported: "
                    + LOGIT_DTYPES + ")");
        }
        long[] s = h.shape;
        if (s.length == 0 || s.length > 2) {
            throw new DataException(file, "shape " + h.shapeText() + (s.length == 0 ? " is a single number" : " has "
                    + s.length + " dimensions") + "; logits need shape (rows,) for one score per row or (rows, classes)");
        }
        long rows = s[0];
        long columns = s.length == 2 ? s[1] : 1;
        if (rows == 0 || columns == 0) {
            throw new DataException(file, "shape " + h.shapeText() + " holds no " + (rows == 0 ? "rows" : "columns"));
        }
        checkSize(h, file, available);
        String what = rows + " x " + columns + " " + h.dtype() + (h.itemSize == 2 ? " read as float32" : "");
        int r = (int) Math.min(rows, Integer.MAX_VALUE);
        int c = (int) Math.min(columns, Integer.MAX_VALUE);
        boolean fortran = h.fortran && c > 1;
        LogitMatrix m;
        if (h.itemSize == 8) {
            double[] d = Memory.doubles(memory, file, what, h.count());
            data(ch, h, file, available, progress, (b, first, n) -> {
                if (!fortran) {
                    b.asDoubleBuffer().get(d, (int) first, n);
                    b.position(b.position() + n * 8);
                } else {
                    for (int i = 0; i < n; i++) {
                        long k = first + i;
                        d[(int) (k % r) * c + (int) (k / r)] = b.getDouble();
                    }
                }
            });
            m = wrap(file, () -> LogitMatrix.wrap(d, r, c));
        } else {
            float[] f = Memory.floats(memory, file, what, h.count());
            boolean half = h.itemSize == 2;
            data(ch, h, file, available, progress, (b, first, n) -> {
                if (!fortran && !half) {
                    b.asFloatBuffer().get(f, (int) first, n);
                    b.position(b.position() + n * 4);
                } else {
                    for (int i = 0; i < n; i++) {
                        long k = first + i;
                        float v = half ? halfToFloat(b.getShort()) : b.getFloat();
                        f[fortran ? (int) (k % r) * c + (int) (k / r) : (int) k] = v;
                    }
                }
            });
            m = wrap(file, () -> LogitMatrix.wrap(f, r, c));
        }
        return m;
    }

    /** Runs {@code wrap}, naming the file in its error (a NaN logit). */
    static LogitMatrix wrap(String file, java.util.function.Supplier<LogitMatrix> wrap) {
        try {
            return wrap.get();
        } catch (IllegalArgumentException e) {
            throw new DataException(file, e.getMessage(), e);
        }
    }

    /** Reads labels: shape (rows,) or (rows, 1) of integers, booleans or whole-number floats. */
    static int[] labels(ReadableByteChannel ch, Header h, String file, long available, Progress progress,
            LongSupplier memory) throws IOException {
        long[] s = h.shape;
        if (s.length != 1 && !(s.length == 2 && s[1] == 1)) {
            throw new DataException(file, "shape " + h.shapeText() + ": labels need shape (rows,), one class index"
                    + " per row" + (s.length == 2 ? " (one-hot labels? save labels.argmax(axis=1))" : ""));
        }
        if (s[0] == 0) {
            throw new DataException(file, "shape " + h.shapeText() + " holds no labels");
        }
        checkSize(h, file, available);
        int[] labels = Memory.ints(memory, file, s[0] + " labels", s[0]);
        data(ch, h, file, available, progress, (b, first, n) -> {
            for (int i = 0; i < n; i++) {
                int row = (int) (first + i);
                try {
                    labels[row] = label(b, h);
                } catch (Labels.BadLabel e) {
                    throw new DataException(file, e.at(row));
                }
            }
        });
        return labels;
    }

    private static int label(ByteBuffer b, Header h) throws Labels.BadLabel {
        int size = h.itemSize;
        switch (h.kind) {
            case 'b':
                return b.get() != 0 ? 1 : 0;
            case 'i': {
                long v = size == 1 ? b.get() : size == 2 ? b.getShort() : size == 4 ? b.getInt() : b.getLong();
                return Labels.ofLong(v, v);
            }
            case 'u': {
                long v = size == 1 ? b.get() & 0xffL : size == 2 ? b.getShort() & 0xffffL
                        : size == 4 ? b.getInt() & 0xffffffffL : b.getLong();
                return Labels.ofLong(v < 0 ? Long.MAX_VALUE : v, Long.toUnsignedString(v));
            }
            default: {
                double v = size == 2 ? halfToFloat(b.getShort()) : size == 4 ? b.getFloat() : b.getDouble();
                return Labels.ofDouble(v, v);
            }
        }
    }

    /** Converts IEEE 754 binary16 bits to the float of the same value (exact). */
    static float halfToFloat(short bits) {
        int h = bits & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | mantissa << 13);
        }
        if (exponent == 0) {
            float v = mantissa * 0x1p-24f;
            return sign != 0 ? -v : v;
        }
        return Float.intBitsToFloat(sign | (exponent - 15 + 127) << 23 | mantissa << 13);
    }

    /** A Python tuple, told from a list only in messages. */
    private static final class Tuple extends ArrayList<@org.jspecify.annotations.Nullable Object> {
        private static final long serialVersionUID = 1L;
    }

    /** The subset of Python literals a header holds: dict, tuple, list, str, int, True, False, None. */
    private static final class Literal {
        private final String s;
        private final String file;
        private int i;

        Literal(String s, String file) {
            this.s = s;
            this.file = file;
        }

        DataException fail(String what, int at) {
            if (at >= s.length()) {
                return new DataException(file, "malformed .npy header: it ends early (" + what + ") in " + shown());
            }
            return new DataException(file, "malformed .npy header: " + what + " at character " + (at + 1) + " of "
                    + shown());
        }

        String shown() {
            String t = s.strip();
            return t.length() > 120 ? t.substring(0, 117) + "..." : t;
        }

        String shown(@org.jspecify.annotations.Nullable Object v) {
            if (v instanceof String) {
                return "'" + v + "'";
            }
            if (v instanceof List) {
                boolean tuple = v instanceof Tuple;
                StringBuilder b = new StringBuilder(tuple ? "(" : "[");
                List<?> l = (List<?>) v;
                for (int k = 0; k < l.size(); k++) {
                    b.append(k == 0 ? "" : ", ").append(shown(l.get(k)));
                }
                return b.append(!tuple ? "]" : l.size() == 1 ? ",)" : ")").toString();
            }
            return v == null ? "None" : v instanceof Boolean ? ((Boolean) v ? "True" : "False") : v.toString();
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        void end() {
            space();
            if (i < s.length()) {
                throw fail("unexpected " + Text.quote(s.substring(i, i + 1)) + " after the dict", i);
            }
        }

        @org.jspecify.annotations.Nullable Object value() {
            space();
            if (i >= s.length()) {
                throw fail("unexpected end", i);
            }
            char c = s.charAt(i);
            if (c == '{') {
                return dict();
            }
            if (c == '(' || c == '[') {
                return sequence(c == '(' ? ')' : ']');
            }
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (c == '-' || c == '+' || c >= '0' && c <= '9') {
                return integer();
            }
            if (Character.isLetter(c)) {
                int start = i;
                while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                switch (s.substring(start, i)) {
                    case "True":
                        return Boolean.TRUE;
                    case "False":
                        return Boolean.FALSE;
                    case "None":
                        return null;
                    default:
                        throw fail("unknown name " + Text.quote(s.substring(start, i)), start);
                }
            }
            throw fail("unexpected " + Text.quote(String.valueOf(c)), i);
        }

        private Map<String, @org.jspecify.annotations.Nullable Object> dict() {
            Map<String, @org.jspecify.annotations.Nullable Object> map = new LinkedHashMap<>();
            i++;
            while (true) {
                space();
                if (i < s.length() && s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                int at = i;
                Object key = value();
                if (!(key instanceof String)) {
                    throw fail("a key that is not a string", at);
                }
                expect(':');
                if (map.containsKey(key)) {
                    throw fail("key '" + key + "' twice", at);
                }
                map.put((String) key, value());
                if (!separator('}')) {
                    throw fail("expected ',' or '}'", i);
                }
            }
        }

        private List<@org.jspecify.annotations.Nullable Object> sequence(char close) {
            List<@org.jspecify.annotations.Nullable Object> list = close == ')' ? new Tuple() : new ArrayList<>();
            i++;
            while (true) {
                space();
                if (i < s.length() && s.charAt(i) == close) {
                    i++;
                    return list;
                }
                list.add(value());
                if (!separator(close)) {
                    throw fail("expected ',' or '" + close + "'", i);
                }
            }
        }

        /** Consumes a comma (true), or sees {@code close} without consuming it (true), else false. */
        private boolean separator(char close) {
            space();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                return true;
            }
            return i < s.length() && s.charAt(i) == close;
        }

        private void expect(char c) {
            space();
            if (i >= s.length() || s.charAt(i) != c) {
                throw fail("expected '" + c + "'", i);
            }
            i++;
        }

        private String string(char quote) {
            int start = i++;
            StringBuilder b = new StringBuilder();
            while (i < s.length() && s.charAt(i) != quote) {
                char c = s.charAt(i++);
                if (c == '\\' && i < s.length()) {
                    c = s.charAt(i++);
                }
                b.append(c);
            }
            if (i >= s.length()) {
                throw fail("unterminated string", start);
            }
            i++;
            return b.toString();
        }

        private Long integer() {
            int start = i;
            if (s.charAt(i) == '-' || s.charAt(i) == '+') {
                i++;
            }
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            String digits = s.substring(start, i);
            if (i < s.length() && (s.charAt(i) == 'L' || s.charAt(i) == 'l')) {
                i++;
            }
            try {
                return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
            } catch (NumberFormatException e) {
                throw fail("bad integer " + Text.quote(digits), start);
            }
        }
    }
}
