package io.github.xxgk.ingest.internal;

import io.github.xxgk.ingest.spi.SourceDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A report's tables published as an attachment (附件：…统计表.xls, a linked PDF): the words and file endings by
 * which a page names one, the one place they are listed. A table missing from a page that names an attachment
 * is reported with that line and where it stands, so that the reader can open it. Not API.
 */
final class Attachments {

    private Attachments() {
    }

    /** Words that open a line naming an attachment. */
    static final List<String> LEADS = List.of("附件", "附表", "相关附件", "附件下载");

    /** File endings of the documents a table may be published in. */
    static final List<String> ENDINGS = List.of(".xls", ".xlsx", ".et", ".csv", ".doc", ".docx", ".wps", ".pdf",
            ".ofd", ".zip", ".rar");

    /** The longest line that names an attachment and nothing else. */
    static final int LINE = 100;

    /** The first paragraph of the items that names an attachment, with where it stands. */
    static Optional<SourceDocument.Located> mention(List<Object> items) {
        for (Object item : items) {
            if (item instanceof SourceDocument.Para p) {
                String t = Texts.collapse(p.text());
                if (isMention(t)) {
                    return Optional.of(new SourceDocument.Located(t, p.location()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a line names an attachment: opens with 附件 (its colon or a number after it) or names a document file. */
    static boolean isMention(String line) {
        if (line.isEmpty() || line.length() > LINE || line.contains("。")) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (ENDINGS.stream().anyMatch(e -> lower.endsWith(e) || lower.contains(e + " ") || lower.contains(e + "）")
                || lower.contains(e + ")"))) {
            return true;
        }
        for (String lead : LEADS) {
            if (line.startsWith(lead) && line.length() > lead.length()) {
                char next = line.charAt(lead.length());
                if (next == '：' || next == ':' || Character.isDigit(next)) {
                    return true;
                }
            }
        }
        return false;
    }
}
