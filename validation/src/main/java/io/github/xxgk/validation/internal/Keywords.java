package io.github.xxgk.validation.internal;

import io.github.xxgk.core.Section;
import java.util.List;

/**
 * A small set of keywords (at most 31) looked up in a text, the result a bit mask: bit {@code i} for
 * keyword {@code i}. The search is {@link String#contains}, which the JVM vectorises (faster here than a
 * hand-written one-pass scanner, measured). Immutable and thread-safe. Not API.
 */
final class Keywords {

    private final String[] words;

    Keywords(String... words) {
        if (words.length > 31) {
            throw new IllegalArgumentException("too many keywords");
        }
        this.words = words.clone();
    }

    /** The keyword of a bit. */
    String word(int bit) {
        return words[bit];
    }

    /** The number of keywords. */
    int size() {
        return words.length;
    }

    /** The mask with every keyword's bit. */
    int all() {
        return (1 << words.length) - 1;
    }

    /** The keywords found in a text, added to a mask. */
    int scan(String text, int found) {
        for (int w = 0; w < words.length; w++) {
            if ((found & (1 << w)) == 0 && text.contains(words[w])) {
                found |= 1 << w;
            }
        }
        return found;
    }

    /** Whether any keyword of a mask appears in a section's text (stops at the first). */
    boolean any(Section s, int mask) {
        for (String p : s.paragraphs()) {
            if (any(p, mask)) {
                return true;
            }
        }
        for (Section k : s.subsections()) {
            if (any(k.title(), mask) || any(k, mask)) {
                return true;
            }
        }
        return false;
    }

    private boolean any(String text, int mask) {
        for (int w = 0; w < words.length; w++) {
            if ((mask & (1 << w)) != 0 && text.contains(words[w])) {
                return true;
            }
        }
        return false;
    }

    /** The keywords found in a section's text: its paragraphs, and its subsections with their headings. */
    int scan(Section s, int found) {
        for (String p : s.paragraphs()) {
            found = scan(p, found);
        }
        for (Section k : s.subsections()) {
            found = scan(k, scan(k.title(), found));
        }
        return found;
    }

    /** The keywords found anywhere in a list of sections, headings included. */
    int scan(List<Section> sections, int found) {
        for (Section s : sections) {
            found = scan(s, scan(s.title(), found));
        }
        return found;
    }
}
