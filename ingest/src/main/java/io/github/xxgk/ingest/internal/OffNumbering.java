package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.SectionDefinition;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section heading numbered in another style than the report's other sections ({@code （四）} or {@code 4.}
 * among headings numbered 一、, a slip of the editor's): the form's section when its title is that section's
 * title as the format prints it, its number is that section's, and the section has not been read yet and comes
 * after the ones read. It was a sub-heading of the section before, and its section reported missing. Not API.
 */
final class OffNumbering {

    private OffNumbering() {
    }

    /** A sub-heading's numbering and its title ({@code （四）…}, {@code (四)…}, {@code 4.…}, {@code 4、…}). */
    private static final Pattern NUMBERED = Pattern.compile(
            "^((?:[（(]([一二三四五六七八九十]{1,2})[）)])|(?:(\\d{1,2})[.、．](?!\\d)))\\s*(.+)$");
    private static final String NUMERALS = "一二三四五六七八九十";

    /**
     * The section a paragraph heads, printed in another style of numbering: {numbering, title, section id}; empty
     * when it is no such heading.
     *
     * @param form the report's form
     * @param text the paragraph, whitespace collapsed
     * @param read the ids of the sections read so far, in order
     */
    static Optional<String[]> heading(FormDefinition form, String text, List<String> read) {
        Matcher m = NUMBERED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(2) != null ? m.group(2) : numeral(Integer.parseInt(m.group(3)));
        String title = m.group(4).strip();
        Optional<String> id = Recogniser.section(form, title);
        if (id.isEmpty() || read.contains(id.get())) {
            return Optional.empty();
        }
        List<String> order = form.sections().stream().map(SectionDefinition::id).toList();
        SectionDefinition s = form.section(id.get()).orElseThrow();
        boolean after = read.stream().allMatch(r -> order.indexOf(r) < order.indexOf(id.get()));
        if (!after || !Keys.of(s.numbering()).equals(Keys.of(number + "、"))) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1), title, id.get()});
    }

    private static String numeral(int n) {
        return n >= 1 && n <= 10 ? String.valueOf(NUMERALS.charAt(n - 1)) : "";
    }
}
