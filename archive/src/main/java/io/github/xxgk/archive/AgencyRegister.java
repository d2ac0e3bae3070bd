package io.github.xxgk.archive;

import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.validation.AgencyNames;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register of the agencies a supervising office expects reports from, read from CSV (UTF-8, a
 * byte-order mark allowed; RFC 4180 quoting with {@code "}; lines ending in LF or CRLF). The first line
 * is the header, {@code name,kind,parent_region}, optionally followed by {@code former_names}:
 *
 * <pre>
 * name,kind,parent_region,former_names
 * 淮安市洪泽区人民政府,COUNTY_OR_ABOVE_GOVERNMENT,淮安市,
 * 淮安市洪泽区数据局,县级以上人民政府部门,淮安市洪泽区,淮安市洪泽区大数据管理局|洪泽区信息中心
 * </pre>
 *
 * <p>{@code kind} is an {@link AgencyKind} constant or its Chinese name ({@code 国务院部门},
 * {@code 县级以上人民政府部门}, {@code 县级以上地方人民政府}, {@code 乡镇人民政府/街道办事处}, {@code 其他});
 * {@code parent_region} may be empty; {@code former_names} separates names with {@code |}. Blank lines
 * are skipped. A line with the wrong number of fields, an empty name, an unknown kind, an unclosed
 * quote or a name (or variant of a name, see {@link AgencyNames}) declared twice is refused with a
 * {@link RegisterException} naming the line.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyRegister {

    /** The header the register's first line must have, without the optional last column. */
    public static final List<String> HEADER = List.of("name", "kind", "parent_region");
    /** The optional fourth column. */
    public static final String FORMER_NAMES = "former_names";

    /** The largest register file read: 16 MiB (about 200,000 agencies). */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final AgencyRegister EMPTY = new AgencyRegister(List.of());

    private final List<RegisteredAgency> agencies;

    private AgencyRegister(List<RegisteredAgency> agencies) {
        this.agencies = List.copyOf(agencies);
    }

    /** A register that expects no agency. */
    public static AgencyRegister empty() {
        return EMPTY;
    }

    /**
     * A register of given agencies (checked as a file would be; the lines are their positions from 2).
     *
     * @param agencies the agencies
     * @return the register
     * @throws RegisterException when a name is declared twice
     */
    public static AgencyRegister of(List<RegisteredAgency> agencies) {
        check("register", agencies);
        return new AgencyRegister(agencies);
    }

    /**
     * Reads a register file.
     *
     * @param file the CSV file
     * @return the register
     * @throws IOException when the file cannot be read
     * @throws RegisterException when it is not a register
     */
    public static AgencyRegister read(Path file) throws IOException {
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new RegisterException(file.toString(), 0, "登记表超过 16 MiB。", "The register is larger than 16 MiB.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RegisterException(file.toString(), 0, "登记表不是 UTF-8 编码（请另存为 UTF-8 CSV）。",
                    "The register is not UTF-8 (save it as UTF-8 CSV).");
        }
        return parse(file.toString(), text);
    }

    /**
     * Reads a register from its text.
     *
     * @param source the name to report problems under (a file name)
     * @param text the CSV text
     * @return the register
     * @throws RegisterException when it is not a register
     */
    public static AgencyRegister parse(String source, String text) {
        Objects.requireNonNull(source, "source");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        csv(source, text, rows, lines);
        if (rows.isEmpty()) {
            throw new RegisterException(source, 0, "登记表为空，第一行应为表头 name,kind,parent_region。",
                    "The register is empty; its first line is the header name,kind,parent_region.");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        boolean former = header.size() == 4 && header.get(3).equals(FORMER_NAMES);
        if (!header.subList(0, Math.min(3, header.size())).equals(HEADER) || !(header.size() == 3 || former)) {
            throw new RegisterException(source, lines.get(0), "表头应为 name,kind,parent_region（可加 former_names），实为 "
                    + String.join(",", rows.get(0)) + "。", "The header must be name,kind,parent_region (optionally "
                    + "former_names), not " + String.join(",", rows.get(0)) + ".");
        }
        List<RegisteredAgency> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = lines.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new RegisterException(source, line, "应有 " + header.size() + " 栏，实有 " + row.size() + " 栏。",
                        "Expected " + header.size() + " fields, found " + row.size() + ".");
            }
            String name = row.get(0).strip();
            if (name.isEmpty()) {
                throw new RegisterException(source, line, "机构名称为空。", "The agency name is empty.");
            }
            AgencyKind kind = kind(row.get(1).strip()).orElseThrow(() -> new RegisterException(source, line,
                    "未知的机构类型“" + row.get(1).strip() + "”，应为 " + kinds() + " 之一。",
                    "Unknown agency kind \"" + row.get(1).strip() + "\"; expected one of " + kinds() + "."));
            List<String> formerNames = new ArrayList<>();
            if (former && !row.get(3).isBlank()) {
                for (String n : row.get(3).split("\\|", -1)) {
                    if (n.isBlank()) {
                        throw new RegisterException(source, line, "曾用名中有空名称。", "A former name is empty.");
                    }
                    formerNames.add(n.strip());
                }
            }
            out.add(new RegisteredAgency(name, kind, row.get(2).strip(), formerNames, line));
        }
        check(source, out);
        return new AgencyRegister(out);
    }

    private static String kinds() {
        StringBuilder sb = new StringBuilder();
        for (AgencyKind k : AgencyKind.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.name()).append('/').append(k.label().zh());
        }
        return sb.toString();
    }

    private static Optional<AgencyKind> kind(String text) {
        for (AgencyKind k : AgencyKind.values()) {
            if (k.name().equals(text) || k.label().zh().equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static void check(String source, List<RegisteredAgency> agencies) {
        Map<String, RegisteredAgency> seen = new HashMap<>();
        for (RegisteredAgency a : agencies) {
            List<String> names = new ArrayList<>();
            names.add(a.name());
            names.addAll(a.formerNames());
            for (String n : names) {
                RegisteredAgency before = seen.putIfAbsent(AgencyNames.normalised(n), a);
                if (before != null && before != a) {
                    throw new RegisterException(source, a.line(), "名称“" + n + "”已在第 " + before.line() + " 行登记。",
                            "The name \"" + n + "\" is registered already on line " + before.line() + ".");
                }
            }
        }
    }

    /** RFC 4180 fields, with the line each record starts on. */
    private static void csv(String source, String text, List<List<String>> rows, List<Integer> lines) {
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int start = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new RegisterException(source, line, "引号只能出现在一栏的开头。", "A quote may only open a field.");
                }
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                rows.add(row);
                lines.add(start);
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                start = line;
            } else {
                if (wasQuoted) {
                    throw new RegisterException(source, line, "右引号后只能是逗号或换行。", "A closing quote must end its field.");
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new RegisterException(source, quoteLine, "引号未闭合。", "A quote is not closed.");
        }
        if (field.length() > 0 || !row.isEmpty() || wasQuoted) {
            row.add(field.toString());
            rows.add(row);
            lines.add(start);
        }
    }

    /** The agencies, in the register's order. */
    public List<RegisteredAgency> agencies() {
        return agencies;
    }

    /** Whether the register expects no agency. */
    public boolean isEmpty() {
        return agencies.isEmpty();
    }
}
