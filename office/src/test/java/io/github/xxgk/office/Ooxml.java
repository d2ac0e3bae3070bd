package io.github.xxgk.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The parts of an Office file, parsed as XML (namespace aware, no DTDs), for the tests to look into. */
final class Ooxml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Ooxml() {
    }

    /** Every part of the archive by name, as bytes. */
    static Map<String, byte[]> parts(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Parses a part; throws when it is not well-formed. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The element children of an element with a WordprocessingML name. */
    static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && W.equals(c.getNamespaceURI()) && c.getLocalName().equals(local)) {
                out.add(c);
            }
        }
        return out;
    }

    static Element child(Element e, String local) {
        List<Element> c = children(e, local);
        return c.isEmpty() ? null : c.get(0);
    }

    static String attr(Element e, String local) {
        return e == null ? null : e.hasAttributeNS(W, local) ? e.getAttributeNS(W, local) : null;
    }

    /** A cell's text as printed: its paragraphs on lines of their own, a line break as a new line. */
    static String text(Element tc) {
        StringBuilder out = new StringBuilder();
        for (Element p : children(tc, "p")) {
            if (out.length() > 0) {
                out.append('\n');
            }
            walk(p, out);
        }
        return out.toString();
    }

    private static void walk(Node n, StringBuilder out) {
        for (Node k = n.getFirstChild(); k != null; k = k.getNextSibling()) {
            if (k instanceof Element e && W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "t" -> out.append(e.getTextContent());
                    case "br" -> out.append('\n');
                    default -> walk(e, out);
                }
            }
        }
    }

    /** The tables of a document part. */
    static List<Element> tables(Document doc) {
        Element body = child(doc.getDocumentElement(), "body");
        return children(body, "tbl");
    }
}
