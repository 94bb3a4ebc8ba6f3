/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** This module's README.md and the tagged source regions it must show verbatim. */
final class Readme {
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));

    private Readme() {
    }

    static String text() throws IOException {
        return Files.readString(BASEDIR.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /**
     * Returns the lines between {@code // tag::name[]} and {@code // end::name[]} of a source
     * file, without their common indentation, each ending in a newline.
     */
    static String region(Path source, String name) throws IOException {
        List<String> lines = Files.readAllLines(BASEDIR.resolve(source), StandardCharsets.UTF_8);
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.equals("// tag::" + name + "[]")) {
                from = i + 1;
            } else if (t.equals("// end::" + name + "[]")) {
                to = i;
            }
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no region " + name + " in " + source);
        }
        List<String> region = lines.subList(from, to);
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder b = new StringBuilder();
        for (String l : region) {
            b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return b.toString();
    }
}
