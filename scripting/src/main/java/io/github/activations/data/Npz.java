/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import io.github.activations.scripting.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * NumPy's {@code .npz}: a zip archive (stored or deflated, zip64 as NumPy writes it) whose members
 * {@code NAME.npy} are arrays. A file is opened with {@link ZipFile}, standard input is read
 * member by member with {@link ZipInputStream}.
 */
final class Npz {
    private Npz() {
    }

    /**
     * Reads the logits member (unless {@code want} is LABELS) and the labels member (unless
     * LOGITS; required if {@code labelsRequired}).
     */
    static Parts read(Input in, Parts.Want want, String logitsMember, String labelsMember, boolean labelsRequired,
            Progress progress, LongSupplier memory) {
        String file = in.name;
        boolean wantLogits = want != Parts.Want.LABELS;
        boolean wantLabels = want != Parts.Want.LOGITS;
        Parts parts = new Parts();
        List<String> members = new ArrayList<>();
        boolean labelsPresent = false;
        Path path = in.path();
        try {
            if (path != null) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                        ZipEntry entry = e.nextElement();
                        String name = arrayName(entry);
                        members.add(name);
                        boolean logits = wantLogits && name.equals(logitsMember);
                        boolean labels = name.equals(labelsMember);
                        labelsPresent |= labels;
                        if (logits || labels && wantLabels) {
                            try (InputStream s = zip.getInputStream(entry)) {
                                member(s, entry, file, logits, parts, progress, memory);
                            }
                        }
                    }
                }
            } else {
                ZipInputStream zip = new ZipInputStream(in.stream());
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = arrayName(entry);
                    members.add(name);
                    boolean logits = wantLogits && name.equals(logitsMember);
                    boolean labels = name.equals(labelsMember);
                    labelsPresent |= labels;
                    if (logits || labels && wantLabels) {
                        member(zip, entry, file, logits, parts, progress, memory);
                    }
                }
            }
        } catch (ZipException e) {
            throw new DataException(file, "not a valid .npz file (zip archive): " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(file, "cannot read: " + e.getMessage(), e);
        }
        if (wantLogits && parts.logits == null) {
            throw missing(file, "logits", logitsMember, members, "logitsMember");
        }
        if (wantLabels && labelsRequired && parts.labels == null) {
            throw missing(file, "labels", labelsMember, members, "labelsMember");
        }
        if (want == Parts.Want.LOGITS && labelsPresent) {
            throw new DataException(file, "holds labels too (array '" + labelsMember + "'), and a separate labels"
                    + " file was given: give the labels in one place");
        }
        return parts;
    }

    private static void member(InputStream s, ZipEntry entry, String file, boolean logits, Parts parts,
            Progress progress, LongSupplier memory) throws IOException {
        String member = file + "[" + arrayName(entry) + "]";
        ReadableByteChannel ch = Channels.newChannel(s);
        Npy.Header h = Npy.header(ch, member);
        if (logits) {
            parts.logits = Npy.logits(ch, h, member, entry.getSize(), progress, memory);
        } else {
            parts.labels = Npy.labels(ch, h, member, entry.getSize(), progress, memory);
        }
    }

    private static String arrayName(ZipEntry entry) {
        String n = entry.getName();
        return n.endsWith(".npy") ? n.substring(0, n.length() - 4) : n;
    }

    private static DataException missing(String file, String what, String member, List<String> members,
            String option) {
        return new DataException(file, "has no array '" + member + "' for the " + what + " (arrays: "
                + (members.isEmpty() ? "none" : String.join(", ", members)) + ")" + Text.didYouMean(member, members)
                + "; save with numpy.savez(file, logits=..., labels=...) (from Java, DatasetReader.builder()." + option
                + "(name) reads another name)");
    }
}
