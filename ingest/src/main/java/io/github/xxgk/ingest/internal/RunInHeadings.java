package io.github.xxgk.ingest.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What ends a numbered heading whose text runs on without a break in a crawler's dump
 * ({@code （一）组织机构方面我区成立了…}, {@code 一、 概述2016年，…}): the one place these marks are listed.
 * A numbered piece whose title ends at one of them before any full stop is a heading with text of
 * its own; a numbered piece that reaches a full stop first is a paragraph opening with a run-in lead
 * ({@code （一）继续强化信息公开责任。…}). Not API.
 */
final class RunInHeadings {

    private RunInHeadings() {
    }

    /** Words that end a heading's title when the text runs on after them (not followed by punctuation). */
    static final List<String> ENDINGS = List.of("方面", "情况", "机制", "范围", "做法");

    /** Where the text after a heading starts with a date or a year of its own ({@code 2016年}). */
    static final Pattern YEAR = Pattern.compile("\\d{4}年");

    /** A numbering one level down starting the text (the items under the heading). */
    static final Pattern ITEM = Pattern.compile("(?:\\d{1,2}[.、．](?=\\p{IsHan}))|(?:（\\d{1,2}）)|[①-⑳]");

    /** The longest title such a heading may have, in characters. */
    static final int MAX_TITLE = 30;

    /** Punctuation that ends a sentence: reached first, the numbered piece is a paragraph. */
    static final String STOPS = "。；！？";

    /** Punctuation that may not follow a heading's ending word. */
    static final String NOT_AFTER = "。；！？，、：）”";
}
