/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One file to read, or standard input: checked to exist, be a readable regular file and not be
 * empty, with its first bytes at hand for sniffing the format.
 */
final class Input {
    static final String STDIN = "-";
    private static final int PEEK = 4096;

    final String name;
    private final @Nullable Path path;
    private final @Nullable BufferedInputStream stdin;
    private final byte[] head;
    private boolean stdinTaken;

    private Input(String name, @Nullable Path path, @Nullable BufferedInputStream stdin, byte[] head) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
        this.head = head;
    }

    static boolean isStdin(Path p) {
        return p.getNameCount() == 1 && p.toString().equals(STDIN);
    }

    static Input open(Path p, InputStream standardInput) {
        if (isStdin(p)) {
            BufferedInputStream in = new BufferedInputStream(standardInput, 1 << 16);
            byte[] head;
            try {
                in.mark(PEEK);
                head = in.readNBytes(PEEK);
                in.reset();
            } catch (IOException e) {
                throw new DataException(STDIN, "cannot read standard input: " + e.getMessage(), e);
            }
            if (head.length == 0) {
                throw new DataException(STDIN, "standard input is empty: pipe the data in (activations run exp.groovy"
                        + " < val.csv); a script read with run - has used it up");
            }
            return new Input(STDIN, null, in, head);
        }
        String name = p.toString();
        if (Files.isDirectory(p)) {
            throw new DataException(name, "is a directory, not a file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(PEEK);
        } catch (NoSuchFileException e) {
            throw new DataException(name, "no such file" + (p.isAbsolute() ? "" : " (looked for "
                    + p.toAbsolutePath().normalize() + ")"), e);
        } catch (AccessDeniedException e) {
            throw new DataException(name, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new DataException(name, "cannot be read: " + e, e);
        }
        if (head.length == 0) {
            throw new DataException(name, "empty file");
        }
        return new Input(name, p, null, head);
    }

    /** Returns the size in bytes, or -1 for standard input. */
    long size() throws IOException {
        Path p = path;
        return p == null ? -1 : Files.size(p);
    }

    @Nullable Path path() {
        return path;
    }

    /** Returns up to the first 4096 bytes. */
    byte[] head() {
        return head;
    }

    /** Opens the bytes as a channel; closing it leaves standard input open. */
    ReadableByteChannel channel() throws IOException {
        Path p = path;
        return p != null ? FileChannel.open(p, StandardOpenOption.READ) : Channels.newChannel(stream());
    }

    /** Opens the bytes as a stream; closing it leaves standard input open. */
    InputStream stream() throws IOException {
        Path p = path;
        if (p != null) {
            return Files.newInputStream(p);
        }
        if (stdinTaken) {
            throw new IllegalStateException("standard input read twice");
        }
        stdinTaken = true;
        return new java.io.FilterInputStream(stdin) {
            @Override
            public void close() {
                // standard input belongs to the caller
            }
        };
    }

    /** Returns the format from the content: npy magic, zip magic, a JSON bracket, else CSV or TSV. */
    DataFormat sniff() {
        if (startsWith(Npy.MAGIC)) {
            return DataFormat.NPY;
        }
        if (startsWith(new byte[] {'P', 'K'})) {
            return DataFormat.NPZ;
        }
        int i = Text.bomLength(head);
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i < head.length && (head[i] == '[' || head[i] == '{')) {
            return DataFormat.JSON;
        }
        return Text.sniffTabs(head) ? DataFormat.TSV : DataFormat.CSV;
    }

    private boolean startsWith(byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
