/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.data.DataFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The values of {@code dataset}'s options, as a script writes them. */
final class DslData {
    private DslData() {
    }

    static DataFormat format(String word) {
        for (DataFormat f : DataFormat.values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        List<String> names = new ArrayList<>();
        for (DataFormat f : DataFormat.values()) {
            names.add(f.name().toLowerCase(Locale.ROOT));
        }
        throw new DslException("format must be one of " + String.join(", ", names) + ", not '" + word + "'"
                + Words.didYouMean(word, names));
    }

    static List<String> classNames(Object value) {
        if (!(value instanceof List)) {
            throw new DslException("classes must be a list of names, e.g. classes: ['seal', 'panda', 'duck'], not "
                    + Values.describe(value));
        }
        List<String> names = new ArrayList<>();
        for (Object o : (List<?>) value) {
            if (o == null) {
                throw new DslException("classes[" + names.size() + "] is null");
            }
            names.add(o.toString());
        }
        return names;
    }
}
