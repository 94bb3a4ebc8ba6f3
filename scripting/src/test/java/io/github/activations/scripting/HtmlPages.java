/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Reads an {@link HtmlReport} page back with the JDK's XML parser.
 *
 * <p>Why an XML parser for HTML: the page is written as XHTML-compatible markup (every element
 * closed, only the five XML entities, no raw {@code <} or {@code &} in text), so a strict XML parser
 * must accept it; that is a stricter test of well-formedness than an HTML5 parser, which recovers
 * silently from any error (and the JDK has none). What XML allows but HTML reads differently, a
 * self-closed {@code <div/>}, is checked separately ({@link #assertSelfContained}); the Chromium test
 * has a browser read the page as HTML.
 */
public final class HtmlPages {
    /** The namespace of the page's HTML elements. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The namespace of the plots' elements. */
    public static final String SVG = "http://www.w3.org/2000/svg";

    private HtmlPages() {
    }

    /** Parses the page's bytes as XML, which reads them as UTF-8; no DTD or anything else is fetched. */
    public static Document parse(byte[] html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
        assertEquals(XHTML, doc.getDocumentElement().getNamespaceURI());
        assertEquals("utf-8", ((Element) doc.getElementsByTagNameNS(XHTML, "meta").item(0)).getAttribute("charset"));
        return doc;
    }

    /** No script, no stylesheet, font or image to fetch, no link out of the page; HTML reads it as XML does. */
    public static void assertSelfContained(Document doc, String html) {
        for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "base", "image", "use")) {
            assertEquals(0, doc.getElementsByTagNameNS("*", tag).getLength(), "a <" + tag + "> in the page");
        }
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            NamedNodeMap attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attr = (Attr) attributes.item(a);
                String name = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
                String value = attr.getValue();
                if (List.of("src", "href", "srcset", "action", "data", "poster", "background").contains(name)) {
                    assertTrue(value.startsWith("#"), () -> "<" + e.getTagName() + " " + attr.getName() + "=\"" + value
                            + "\"> leaves the page");
                    links.add(value.substring(1));
                }
                if (name.equals("id")) {
                    assertTrue(ids.add(value), "id '" + value + "' twice: one chart's clip path would clip another");
                }
            }
        }
        assertTrue(ids.containsAll(links), () -> "a link to nowhere in " + links);
        // each plot refers only to its own ids
        NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            String svg = outerXml((Element) svgs.item(i));
            Matcher ref = Pattern.compile("url\\(#([^)]*)\\)").matcher(svg);
            while (ref.find()) {
                assertTrue(svg.contains("id=\"" + ref.group(1) + "\""), ref.group() + " outside its own plot");
            }
        }
        assertFalse(Pattern.compile("url\\((?!#)|@import|@font-face|javascript:", Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), "the style loads something");
        Matcher url = Pattern.compile("[a-z]+://[^\"'\\s<>)]*").matcher(html);
        while (url.find()) {
            assertTrue(Set.of("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg",
                    "http://www.w3.org/1999/xlink").contains(url.group()), "a URL in the page: " + url.group());
            assertTrue(html.startsWith("xmlns=\"", url.start() - 7) || html.startsWith("xmlns:xlink=\"",
                    url.start() - 13), "not a namespace: " + url.group());
        }
        // a self-closed element other than HTML's void ones would be an open tag to a browser
        String outsideSvg = html.replaceAll("(?s)<svg\\b.*?</svg\\s*>", "");
        Matcher selfClosed = Pattern.compile("<([a-z0-9]+)[^>]*/>").matcher(outsideSvg);
        while (selfClosed.find()) {
            assertTrue(Set.of("meta", "br", "hr", "img", "input", "link").contains(selfClosed.group(1)),
                    selfClosed.group());
        }
    }

    private static String outerXml(Element e) {
        try {
            javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            java.io.StringWriter w = new java.io.StringWriter();
            t.transform(new javax.xml.transform.dom.DOMSource(e), new javax.xml.transform.stream.StreamResult(w));
            return w.toString();
        } catch (javax.xml.transform.TransformerException x) {
            throw new AssertionError(x);
        }
    }

    /** One figure per plot, each with one inline {@code <svg>} the size of the file its caption names. */
    public static void assertPlots(Element section, Map<String, String> viewBoxes) {
        List<Element> figures = elements(section, "figure");
        assertEquals(viewBoxes.size(), figures.size());
        for (Element figure : figures) {
            NodeList svg = figure.getElementsByTagNameNS(SVG, "svg");
            assertEquals(1, svg.getLength(), "one inline <svg> per figure");
            Element root = (Element) svg.item(0);
            String caption = text(elements(figure, "figcaption").get(0));
            String file = viewBoxes.keySet().stream().filter(caption::endsWith).findFirst()
                    .orElseThrow(() -> new AssertionError("no plot file in the caption: " + caption));
            assertEquals(viewBoxes.get(file), root.getAttribute("viewBox"), file);
            assertTrue(root.getElementsByTagNameNS(SVG, "path").getLength() >= 10, file + ": hardly anything drawn");
        }
    }

    /** The XHTML elements of a tag below {@code parent}, in document order. */
    public static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS(XHTML, tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The elements of a tag with a CSS class, in document order. */
    public static List<Element> byClass(Document doc, String tag, String css) {
        return byClass(doc.getDocumentElement(), tag, css);
    }

    public static List<Element> byClass(Element parent, String tag, String css) {
        return elements(parent, tag).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(css)).toList();
    }

    /** The one element of a tag; fails if there are none or several. */
    public static Element only(Document doc, String tag) {
        List<Element> e = elements(doc.getDocumentElement(), tag);
        assertEquals(1, e.size(), tag);
        return e.get(0);
    }

    /** The one element of a tag and CSS class; fails if there are none or several. */
    public static Element only(Document doc, String tag, String css) {
        List<Element> e = byClass(doc, tag, css);
        assertEquals(1, e.size(), tag + "." + css);
        return e.get(0);
    }

    /** The one table of a CSS class in a section. */
    public static Element table(Element section, String css) {
        List<Element> t = byClass(section, "table", css);
        assertEquals(1, t.size(), "table." + css);
        return t.get(0);
    }

    /** A table's column headings. */
    public static List<String> headers(Element table) {
        return elements(table, "th").stream().map(HtmlPages::text).toList();
    }

    /** A table's body rows, each cell as its text. */
    public static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element body : elements(table, "tbody")) {
            for (Element tr : elements(body, "tr")) {
                rows.add(elements(tr, "td").stream().map(HtmlPages::text).toList());
            }
        }
        return rows;
    }

    /** An element's text, stripped. */
    public static String text(Element e) {
        return e.getTextContent().strip();
    }
}
