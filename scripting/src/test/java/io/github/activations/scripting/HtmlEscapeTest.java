/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The report's text escaping (the report itself is tested through the command line, in HtmlReportTest). */
class HtmlEscapeTest {
    @Test
    void escapesMarkupAndWhatXmlCannotHold() {
        assertEquals("&lt;b&gt;&amp;&quot;&#39;", HtmlReport.esc("<b>&\"'"));
        assertEquals("\ufffda\ufffdb\tc\nd\re", HtmlReport.esc("\u0000a\u001fb\tc\nd\re"));
        assertEquals("\ufffdx\ufffd\ufffd\ufffd", HtmlReport.esc("\ud800x\udc00\ufffe\uffff"));
        assertEquals("\ud83d\ude00 \u00e9", HtmlReport.esc("\ud83d\ude00 \u00e9"));
    }
}
