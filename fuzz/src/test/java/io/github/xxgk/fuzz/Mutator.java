package io.github.xxgk.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates JSON documents: byte flips, insertions and deletions, bad UTF-8, splices from other documents,
 * and token-aware changes (numbers at the edges of {@code long}, strings replaced by hostile text, keys
 * and brackets duplicated or dropped, deep nesting, truncation). Deterministic for a seed.
 */
final class Mutator {

    private static final String[] NUMBERS = {"0", "-0", "-1", "1", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "1e3", "1.5", "1E400", "00", "0.000", "18446744073709551616",
        "99999999999999999999999999999999999999999999999999", "2147483648", "NaN", "Infinity", "1_000", "0x10"};
    private static final String[] TOKENS = {"\"/\"", "null", "true", "false", "{}", "[]", "\"\"", "{\"amount\": \"1.00\", \"unit\": \"万元\"}",
        "{\"amount\": \"-1\", \"unit\": \"元\"}", "{\"amount\": \"1\", \"unit\": \"美元\"}", "\"subsections\"", "\"extraRows\"",
        "[{\"label\": \"x\", \"values\": {\"total\": 1}}]", "\"format\"", "\"xxgk.report/2\"", "\"LEGACY_2008\"",
        "\"TRIAL_2019\"", "\"STANDARD_2021\"", "\"2024-02-30\"", "\"0000-01-01\""};
    private static final int[][] BAD_UTF8 = {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF},
        {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0xFE, 0xFF}, {0x80}, {0xE4, 0xB8}, {0x00},
        {0xEF, 0xBB, 0xBF}, {0xC2, 0x9B}, {0xE2, 0x80, 0xAE}, {0xF0, 0x9F, 0x98, 0x80}};

    private static final String[] ESCAPES = {"\\u0000", "\\ud800", "\\udfff", "\\udbff\\udfff", "\\u202e", "\\\"", "\\/",
        "\\u001b[2J", "\\n", "\\x41", "\\", "\\u00"};

    private final List<byte[]> corpus;

    Mutator(List<byte[]> corpus) {
        this.corpus = corpus;
    }

    /** One to four mutations of a document of the corpus. */
    byte[] mutate(SplittableRandom random) {
        byte[] doc = corpus.get(random.nextInt(corpus.size()));
        int rounds = 1 + random.nextInt(4);
        boolean gentle = random.nextInt(3) > 0; // two in three keep the syntax: strings and numbers replaced, so more get read
        for (int k = 0; k < rounds; k++) {
            doc = gentle ? replaceToken(doc, random, random.nextInt(4) == 0) : once(doc, random);
        }
        return doc;
    }

    private byte[] once(byte[] doc, SplittableRandom random) {
        if (doc.length == 0) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(doc.length);
        return switch (random.nextInt(16)) {
            case 0 -> { // flip a bit
                byte[] out = doc.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                yield out;
            }
            case 1 -> { // a random byte
                byte[] out = doc.clone();
                out[at] = (byte) random.nextInt(256);
                yield out;
            }
            case 2 -> splice(doc, at, at + Math.min(doc.length - at, 1 + random.nextInt(64)), new byte[0]); // delete
            case 3 -> splice(doc, at, at, bytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]));
            case 4 -> { // duplicate a range
                int to = Math.min(doc.length, at + 1 + random.nextInt(256));
                yield splice(doc, to, to, java.util.Arrays.copyOfRange(doc, at, to));
            }
            case 5 -> { // splice from another document
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int from = random.nextInt(other.length);
                int to = Math.min(other.length, from + 1 + random.nextInt(512));
                yield splice(doc, at, Math.min(doc.length, at + random.nextInt(512)), java.util.Arrays.copyOfRange(other, from, to));
            }
            case 6 -> java.util.Arrays.copyOf(doc, at); // truncate
            case 7, 8 -> replaceToken(doc, random, true);
            case 9, 10 -> replaceToken(doc, random, false);
            case 11 -> splice(doc, at, at, ("[".repeat(1 + random.nextInt(100))).getBytes(StandardCharsets.UTF_8));
            case 12 -> splice(doc, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            case 13 -> splice(doc, at, at, ",".getBytes(StandardCharsets.UTF_8));
            case 14 -> splice(doc, at, at, ESCAPES[random.nextInt(ESCAPES.length)].getBytes(StandardCharsets.UTF_8));
            default -> { // a long string or many paragraphs
                String s = "\"" + "长".repeat(1 + random.nextInt(20_000)) + "\",";
                yield splice(doc, at, at, s.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** Replaces a number (or a string) token, chosen at random, with an edge case (or hostile text). */
    private byte[] replaceToken(byte[] doc, SplittableRandom random, boolean number) {
        List<int[]> tokens = new java.util.ArrayList<>();
        boolean inString = false;
        int start = -1;
        for (int i = 0; i < doc.length; i++) {
            byte b = doc[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                    int next = i + 1;
                    while (next < doc.length && (doc[next] == ' ' || doc[next] == '\n')) {
                        next++;
                    }
                    if (!number && (next >= doc.length || doc[next] != ':' || random.nextInt(20) == 0)) {
                        tokens.add(new int[] {start + 1, i}); // values; a key now and then
                    }
                }
            } else if (b == '"') {
                inString = true;
                start = i;
            } else if (number && (b == '-' || (b >= '0' && b <= '9'))) {
                int end = i + 1;
                while (end < doc.length && doc[end] >= '0' && doc[end] <= '9') {
                    end++;
                }
                tokens.add(new int[] {i, end});
                i = end - 1;
            }
        }
        if (tokens.isEmpty()) {
            return doc;
        }
        int[] t = tokens.get(random.nextInt(tokens.size()));
        String with = number ? NUMBERS[random.nextInt(NUMBERS.length)]
                : Payloads.jsonEscaped(Payloads.ALL.get(random.nextInt(Payloads.ALL.size())));
        return splice(doc, t[0], t[1], with.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] splice(byte[] doc, int from, int to, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + with.length);
        out.write(doc, 0, from);
        out.write(with, 0, with.length);
        out.write(doc, to, doc.length - to);
        return out.toByteArray();
    }

    private static byte[] bytes(int[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
