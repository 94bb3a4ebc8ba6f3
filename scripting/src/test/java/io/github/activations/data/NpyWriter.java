/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code .npy} and {@code .npz} bytes the way NumPy 2.4 does (numpy/lib/format.py: the dict
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}, padded with spaces and a
 * newline so the data starts at a multiple of 64). {@link DatasetReaderNumpyTest} checks the output
 * byte for byte against files NumPy wrote.
 */
final class NpyWriter {
    private NpyWriter() {
    }

    /** Returns the header dict NumPy writes for these fields. */
    static String dict(String descr, boolean fortran, long... shape) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        s.append(shape.length == 1 ? ",)" : ")");
        return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + s
                + ", }";
    }

    /** Returns magic, version, length and {@code dict} padded as NumPy pads it. */
    static byte[] header(int major, String dict) {
        byte[] text = dict.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int prefix = major == 1 ? 10 : 12;
        int pad = 64 - (prefix + text.length + 1) % 64;
        if (pad == 64) {
            pad = 0;
        }
        int length = text.length + pad + 1;
        ByteBuffer b = ByteBuffer.allocate(prefix + length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) major).put((byte) 0);
        if (major == 1) {
            b.putShort((short) length);
        } else {
            b.putInt(length);
        }
        b.put(text);
        for (int i = 0; i < pad; i++) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        return b.array();
    }

    /**
     * Returns a whole {@code .npy}: {@code values} in row-major (C) order, written in the dtype
     * {@code descr} and in Fortran order if asked.
     */
    static byte[] npy(int major, String descr, boolean fortran, long[] shape, double[] values) {
        byte[] head = header(major, dict(descr, fortran, shape));
        char kind = descr.charAt(1);
        int size = Integer.parseInt(descr.substring(2));
        ByteBuffer b = ByteBuffer.allocate(head.length + values.length * size)
                .order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.put(head);
        int rows = shape.length == 0 ? 1 : (int) shape[0];
        int columns = values.length / Math.max(rows, 1);
        for (int k = 0; k < values.length; k++) {
            int index = fortran && shape.length == 2 ? (k % rows) * columns + k / rows : k;
            put(b, kind, size, values[index]);
        }
        return b.array();
    }

    private static void put(ByteBuffer b, char kind, int size, double v) {
        switch (kind) {
            case 'f':
                if (size == 2) {
                    b.putShort(toHalf((float) v));
                } else if (size == 4) {
                    b.putFloat((float) v);
                } else {
                    b.putDouble(v);
                }
                break;
            case 'b':
                b.put((byte) (v != 0 ? 1 : 0));
                break;
            default:
                long l = (long) v;
                if (size == 1) {
                    b.put((byte) l);
                } else if (size == 2) {
                    b.putShort((short) l);
                } else if (size == 4) {
                    b.putInt((int) l);
                } else {
                    b.putLong(l);
                }
        }
    }

    /** Returns the binary16 bits of {@code v}, which must be a float16 value (checked). */
    static short toHalf(float v) {
        for (int bits = 0; bits < 0x10000; bits++) {
            float f = Npy.halfToFloat((short) bits);
            if (Float.floatToRawIntBits(f) == Float.floatToRawIntBits(v)) {
                return (short) bits;
            }
        }
        throw new IllegalArgumentException(v + " is not a float16 value");
    }

    /** Returns a zip of the members ({@code name} gets {@code .npy}), stored or deflated. */
    static byte[] npz(boolean deflate, Map<String, byte[]> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                ZipEntry e = new ZipEntry(m.getKey() + ".npy");
                byte[] data = m.getValue();
                if (!deflate) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCompressedSize(data.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
