package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.ingest.SourceLocation;
import java.util.Optional;

/**
 * A reading note before it becomes a finding: the rule, where in the report (a cell, a table, or a
 * report property), what was printed and what was made of it, and where in the source. Not API.
 *
 * @param ruleId the READ-* id (or ACCESS-MACHINE-READABLE)
 * @param severity its severity
 * @param messageKey the message key
 * @param cell the cell, when the note is about one
 * @param table the table id, when the note is about a table
 * @param property the report property ({@code agency}, {@code year}, …), when about one
 * @param actual what was printed
 * @param expected what was made of it (or the alternatives, or what it was inferred from)
 * @param source where in the source, when known
 * @param actualZh {@code actual} for a Chinese message, when it differs (a label in both languages)
 * @param expectedZh {@code expected} for a Chinese message, when it differs (an inference's ground said in words)
 */
public record Note(String ruleId, Severity severity, String messageKey, Optional<CellId> cell,
        Optional<String> table, Optional<String> property, String actual, String expected,
        Optional<SourceLocation> source, String actualZh, String expectedZh) {

    /** A note whose printed text and explanation read the same in both languages. */
    public Note(String ruleId, Severity severity, String messageKey, Optional<CellId> cell, Optional<String> table,
            Optional<String> property, String actual, String expected, Optional<SourceLocation> source) {
        this(ruleId, severity, messageKey, cell, table, property, actual, expected, source, actual, expected);
    }

    /** The same note, said in Chinese with these words. */
    Note inChinese(String actualInChinese, String expectedInChinese) {
        return new Note(ruleId, severity, messageKey, cell, table, property, actual, expected, source, actualInChinese,
                expectedInChinese);
    }

    static Note cell(String rule, Severity s, String key, CellId cell, String actual, String expected,
            SourceLocation at) {
        return new Note(rule, s, key, Optional.of(cell), Optional.of(cell.table()), Optional.empty(), actual,
                expected, Optional.ofNullable(at));
    }

    static Note table(String rule, Severity s, String key, String table, String actual, String expected,
            SourceLocation at) {
        return new Note(rule, s, key, Optional.empty(), Optional.of(table), Optional.empty(), actual, expected,
                Optional.ofNullable(at));
    }

    static Note report(String rule, Severity s, String key, String property, String actual, String expected,
            SourceLocation at) {
        return new Note(rule, s, key, Optional.empty(), Optional.empty(), Optional.of(property), actual, expected,
                Optional.ofNullable(at));
    }
}
