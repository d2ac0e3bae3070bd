package io.github.xxgk.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of a line-based source (our own Markdown and plain-text output) with the offset of its first
 * character; a line ending {@code \r\n} loses its {@code \r}. Not API.
 *
 * @param text the line, without its line break
 * @param start the offset of its first character in the source
 */
record SourceLine(String text, int start) {

    /** The lines of a text, in order, the last one included even when empty. */
    static List<SourceLine> of(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lines.add(new SourceLine(line, pos));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }
}
