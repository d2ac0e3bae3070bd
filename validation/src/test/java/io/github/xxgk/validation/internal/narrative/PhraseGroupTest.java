package io.github.xxgk.validation.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.internal.forms.Forms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The phrases of one last char matched together ({@link PhraseGroup}) match what each phrase matches alone, as
 * the vocabulary words it: the last part ends at the place; each part before ends at its nearest place in the gap
 * before the next (at most {@link Phrase#MAX_GAP} ideographs); an excluded word wholly in a gap, or a blocker
 * overlapping the match, fails it. The oracle below is that wording, written out plainly over substrings.
 */
class PhraseGroupTest {

    @Test
    void theGroupMatchesWhatEachPhraseMatchesAlone() {
        for (Edition edition : Edition.values()) {
            Lexicon x = new Lexicon(Forms.of(edition));
            List<String> pieces = pieces(x);
            qt().withExamples(400).forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(1, 14))
                    .checkAssert(picks -> {
                        StringBuilder b = new StringBuilder();
                        picks.forEach(k -> b.append(pieces.get(k)));
                        String t = b.toString();
                        char[] chars = t.toCharArray();
                        for (int end = 0; end <= t.length(); end++) {
                            for (PhraseGroup g : x.byLast) {
                                int[] starts = new int[PhraseGroup.MAX_PHRASES];
                                int all = -1 >>> (Integer.SIZE - g.phrases.length);
                                int matched = g.startsEndingAt(t, chars, end, all, starts);
                                for (int k = 0; k < g.phrases.length; k++) {
                                    int expected = oracle(g.phrases[k], t, end);
                                    assertThat((matched >>> k & 1) == 1).as("%s at %d in %s", g.phrases[k].text, end, t)
                                            .isEqualTo(expected >= 0);
                                    if (expected >= 0) {
                                        assertThat(starts[k]).as("%s at %d in %s", g.phrases[k].text, end, t).isEqualTo(expected);
                                    }
                                }
                            }
                        }
                    });
        }
    }

    @Test
    void theWantedPhrasesAloneAreMatched() {
        Lexicon x = new Lexicon(Forms.of(Edition.STANDARD_2021));
        String t = "全年共收到政府信息公开申请";
        for (PhraseGroup g : x.byLast) {
            int[] starts = new int[PhraseGroup.MAX_PHRASES];
            if (g.phrases[0].last != '请') {
                continue;
            }
            int all = -1 >>> (Integer.SIZE - g.phrases.length);
            int received = g.startsEndingAt(t, t.toCharArray(), t.length(), all, starts);
            assertThat(Integer.bitCount(received)).isEqualTo(1);
            int k = Integer.numberOfTrailingZeros(received);
            assertThat(g.phrases[k].text).isEqualTo("收到…申请");
            assertThat(starts[k]).isEqualTo(3);
            assertThat(g.startsEndingAt(t, t.toCharArray(), t.length(), all & ~received, starts)).isZero();
        }
    }

    /** The start of the phrase's match ending at {@code end}, as the vocabulary words it, or -1. */
    private static int oracle(Phrase p, String t, int end) {
        String[] parts = p.parts;
        int s = end - parts[parts.length - 1].length();
        if (s < 0 || !t.startsWith(parts[parts.length - 1], s)) {
            return -1;
        }
        for (int k = parts.length - 2; k >= 0; k--) {
            int found = -1;
            for (int gap = 0; gap <= Phrase.MAX_GAP; gap++) {
                int partEnd = s - gap;
                if (partEnd < 0 || !ideographs(t.substring(partEnd, s))) {
                    break;
                }
                if (t.substring(0, partEnd).endsWith(parts[k])) {
                    String between = t.substring(partEnd, s);
                    boolean excluded = false;
                    for (String w : p.excluded) {
                        excluded |= between.contains(w);
                    }
                    found = excluded ? -1 : partEnd - parts[k].length();
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            s = found;
        }
        for (String b : p.blockers) {
            for (int at = t.indexOf(b); at >= 0; at = t.indexOf(b, at + 1)) {
                if (at < end && at + b.length() > s) {
                    return -1;
                }
            }
        }
        return s;
    }

    private static boolean ideographs(String s) {
        return s.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff);
    }

    /** The words of the vocabulary's phrases, their excluded words and blockers, and text between. */
    private static List<String> pieces(Lexicon x) {
        Set<String> pieces = new LinkedHashSet<>(List.of("政府信息公开", "的", "人", "，", "。", "12", " ", "、", "申", "议"));
        for (PhraseGroup g : x.byLast) {
            for (Phrase p : g.phrases) {
                pieces.addAll(List.of(p.parts));
                pieces.addAll(List.of(p.excluded));
                pieces.addAll(List.of(p.blockers));
            }
        }
        return new ArrayList<>(pieces);
    }
}
