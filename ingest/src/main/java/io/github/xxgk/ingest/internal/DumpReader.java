package io.github.xxgk.ingest.internal;

/**
 * Text whose paragraphs, headings and table cells run together (a crawler's dump). Not API.
 */
public final class DumpReader {

    private DumpReader() {
    }

    /** The document with its run-together text separated. */
    public static Doc separate(Doc doc) {
        return doc;
    }
}
