package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A section heading whose numbering stands in a paragraph of its own, the title in the next
 * ({@code <p><b>一、</b></p><p><b>总体情况</b></p>}: Word's list numbering pasted apart, a converter's line
 * per box): the two are one heading. Joined only when the title is a section's of the form; a lone numbering
 * before anything else is left as printed. Not API.
 */
final class NumberApart {

    private NumberApart() {
    }

    /** A top numbering and nothing else ({@code 一、}, {@code 二．}). */
    private static final Pattern NUMBERING = Pattern.compile("[一二三四五六七八九十]{1,3}[、．.]");

    /** Joins, in place, each lone numbering with the section title printed after it. */
    static void join(List<Object> items, FormDefinition form) {
        for (int i = 0; i + 1 < items.size(); i++) {
            if (!(items.get(i) instanceof SourceDocument.Para number)
                    || !NUMBERING.matcher(Texts.squeeze(number.text())).matches()
                    || !(items.get(i + 1) instanceof SourceDocument.Para title)) {
                continue;
            }
            if (Recogniser.section(form, Texts.collapse(title.text())).isEmpty()) {
                continue;
            }
            items.set(i, new SourceDocument.Para(Texts.squeeze(number.text()) + Texts.collapse(title.text()),
                    number.location(), new int[0], Math.max(number.heading(), title.heading())));
            items.remove(i + 1);
        }
    }
}
