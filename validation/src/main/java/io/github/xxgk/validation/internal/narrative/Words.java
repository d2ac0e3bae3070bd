package io.github.xxgk.validation.internal.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of grammar words, looked up at a position of a text: a bit set of their first chars decides for most
 * chars with one load, then only the words of that first char are compared (政府信息公开 holds 公 and 信, which
 * start 公报 and 信函, and no other word of the set). Immutable and thread-safe. Not API.
 */
final class Words {

    private final long[] firsts = new long[1024];
    /** The distinct first chars, sorted, and the words of each. */
    private final char[] keys;
    private final String[][] byKey;

    Words(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(null);
        List<Character> ks = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        for (String w : sorted) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty grammar word");
            }
            char c = w.charAt(0);
            firsts[c >>> 6] |= 1L << c;
            if (ks.isEmpty() || ks.get(ks.size() - 1) != c) {
                ks.add(c);
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(w);
        }
        keys = new char[ks.size()];
        byKey = new String[ks.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ks.get(i);
            byKey[i] = groups.get(i).toArray(String[]::new);
        }
    }

    /** Whether a word of the set may start with a char (one load). */
    boolean mayStart(char c) {
        return (firsts[c >>> 6] & (1L << c)) != 0;
    }

    /** The word of the set that starts at {@code at}, or null. */
    String at(String t, int at) {
        if (at >= t.length()) {
            return null;
        }
        char c = t.charAt(at);
        if (!mayStart(c)) {
            return null;
        }
        int i = Arrays.binarySearch(keys, c);
        if (i < 0) {
            return null;
        }
        for (String w : byKey[i]) {
            if (t.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word of the set that starts at {@code at}, or null (本年度, not 本年). */
    String longestAt(String t, int at) {
        String first = at(t, at);
        if (first == null) {
            return null;
        }
        String longest = first;
        for (String w : byKey[Arrays.binarySearch(keys, t.charAt(at))]) {
            if (w.length() > longest.length() && t.startsWith(w, at)) {
                longest = w;
            }
        }
        return longest;
    }

    /** Whether a word of the set starts at {@code at} and ends by {@code to}. */
    boolean startsWithin(String t, int at, int to) {
        int i = Arrays.binarySearch(keys, t.charAt(at));
        if (i < 0) {
            return false;
        }
        for (String w : byKey[i]) {
            if (at + w.length() <= to && t.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the set starts at {@code at} and ends after {@code after}. */
    boolean startsAtEndingAfter(String t, int at, int after) {
        int i = Arrays.binarySearch(keys, t.charAt(at));
        if (i < 0) {
            return false;
        }
        for (String w : byKey[i]) {
            if (at + w.length() > after && t.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the set starts at {@code at}. */
    boolean startsAt(String t, int at) {
        return at(t, at) != null;
    }
}
