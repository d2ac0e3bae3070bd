package io.github.xxgk.core.internal.json;

import io.github.xxgk.core.Agency;
import io.github.xxgk.core.AgencyKind;
import io.github.xxgk.core.Amount;
import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.ExtraColumn;
import io.github.xxgk.core.ExtraRow;
import io.github.xxgk.core.MoneyUnit;
import io.github.xxgk.core.PrintedShape;
import io.github.xxgk.core.ReportModelException;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.StatisticsTable;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.ValueKind;
import io.github.xxgk.core.internal.json.JsonTree.Arr;
import io.github.xxgk.core.internal.json.JsonTree.Node;
import io.github.xxgk.core.internal.json.JsonTree.Null;
import io.github.xxgk.core.internal.json.JsonTree.Num;
import io.github.xxgk.core.internal.json.JsonTree.Obj;
import io.github.xxgk.core.internal.json.JsonTree.Str;
import io.github.xxgk.core.json.ReportJsonException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps a located JSON tree onto an {@link AnnualReport}, refusing anything it does not understand. Not API. */
public final class ReportReader {

    /** The value of the {@code format} field of the first version of the format, still read. */
    public static final String FORMAT_1 = "xxgk.report/1";

    /** The value of the {@code format} field of the current version: /1 plus the printed shape. */
    public static final String FORMAT = "xxgk.report/2";

    /** The fields each version allows, by object. */
    private record Keys(Set<String> report, Set<String> section, Set<String> table, Set<String> extraRow) {
    }

    private static final Keys KEYS_1 = new Keys(
            Set.of("format", "edition", "agency", "year", "publicationDate", "title", "preamble", "sections", "tables"),
            Set.of("form", "numbering", "title", "paragraphs", "subsections"),
            Set.of("cells", "extraRows"),
            Set.of("label", "unit", "values"));
    private static final Keys KEYS_2 = new Keys(
            Set.of("format", "edition", "agency", "year", "publicationDate", "title", "preamble", "sections", "tables",
                    "closing"),
            Set.of("form", "numbering", "title", "paragraphs", "subsections", "tables"),
            Set.of("cells", "extraRows", "extraColumns", "texts", "printed"),
            Set.of("label", "unit", "values", "partOf"));
    private static final Set<String> AGENCY_KEYS = Set.of("name", "kind");
    private static final Set<String> AMOUNT_KEYS = Set.of("amount", "unit");
    private static final Set<String> EXTRA_COLUMN_KEYS = Set.of("id", "label", "values");
    private static final Set<String> PRINTED_KEYS = Set.of("caption", "rows", "columns");
    private static final Set<String> PRINTED_ROW_KEYS = Set.of("row", "label", "unit");
    private static final Set<String> PRINTED_EXTRA_ROW_KEYS = Set.of("extraRow");
    private static final Set<String> PRINTED_COLUMN_KEYS = Set.of("column", "label");
    private static final Set<String> PRINTED_EXTRA_COLUMN_KEYS = Set.of("extraColumn");

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final int maxSectionDepth;

    /**
     * Creates a reader.
     *
     * @param maxSectionDepth the deepest nesting of subsections allowed
     */
    public ReportReader(int maxSectionDepth) {
        this.maxSectionDepth = maxSectionDepth;
    }

    /**
     * Reads a report.
     *
     * @param root the document's root
     * @return the report
     * @throws ReportJsonException for anything the format does not allow
     */
    public AnnualReport read(Node root) {
        Obj doc = obj(root, "报告", "the report");
        String format = string(required(doc, "format"));
        if (!format.equals(FORMAT) && !format.equals(FORMAT_1)) {
            throw required(doc, "format").where().error(
                    "不支持的格式“" + format + "”，应为“" + FORMAT + "”或“" + FORMAT_1 + "”。",
                    "Unsupported format “" + format + "”; expected “" + FORMAT + "” or “" + FORMAT_1 + "”.");
        }
        Keys keys = format.equals(FORMAT) ? KEYS_2 : KEYS_1;
        only(doc, keys.report());
        Edition edition = enumValue(required(doc, "edition"), Edition.class, "版本", "edition");
        AnnualReport.Builder b = AnnualReport.builder(edition);
        Obj agency = obj(required(doc, "agency"), "机构", "the agency");
        only(agency, AGENCY_KEYS);
        Node name = required(agency, "name");
        Optional<AgencyKind> kind = optional(agency, "kind")
                .map(k -> enumValue(k, AgencyKind.class, "机构类型", "agency kind"));
        model(name, () -> b.agency(new Agency(string(name), kind)));
        Node year = required(doc, "year");
        b.year((int) integer(year, AnnualReport.FIRST_YEAR, AnnualReport.LAST_YEAR, "报告年度", "The reporting year"));
        optional(doc, "publicationDate").ifPresent(d -> b.publicationDate(date(d)));
        optional(doc, "title").ifPresent(t -> b.title(string(t)));
        optional(doc, "preamble").ifPresent(p -> b.preamble(strings(p).toArray(String[]::new)));
        optional(doc, "closing").ifPresent(p -> b.closing(strings(p).toArray(String[]::new)));
        FormDefinition form = edition.form();
        optional(doc, "sections").ifPresent(s -> b.sections(sections(s, form, 1, keys)));
        optional(doc, "tables").ifPresent(t -> {
            Obj tables = obj(t, "表格集合", "the tables");
            tables.fields().forEach((id, node) -> {
                TableDefinition def = form.table(id).orElseThrow(() -> node.where().error(
                        edition + "版本没有表格“" + id + "”（应为 " + tableIds(form) + "）。",
                        "Edition " + edition + " has no table “" + id + "” (expected one of " + tableIds(form) + ")."));
                b.table(table(node, def, keys));
            });
        });
        return model(root, b::build);
    }

    private static String tableIds(FormDefinition form) {
        return String.join(", ", form.tables().stream().map(TableDefinition::id).toList());
    }

    private List<Section> sections(Node node, FormDefinition form, int depth, Keys keys) {
        // an empty list below the deepest level adds no level (the writer writes one on every section)
        if (depth > maxSectionDepth && !(node instanceof Arr a && a.items().isEmpty())) {
            throw node.where().error("章节嵌套超过 " + maxSectionDepth + " 层。",
                    "Sections are nested deeper than " + maxSectionDepth + " levels.");
        }
        List<Section> out = new ArrayList<>();
        for (Node item : arr(node, "章节列表", "a list of sections").items()) {
            Obj s = obj(item, "章节", "a section");
            only(s, keys.section());
            Section.Builder b = Section.builder(optional(s, "numbering").map(this::string).orElse(""),
                    optional(s, "title").map(this::string).orElse(""));
            optional(s, "form").ifPresent(f -> {
                String id = string(f);
                if (form.section(id).isEmpty()) {
                    throw f.where().error(form.edition() + "版本没有章节“" + id + "”。",
                            "Edition " + form.edition() + " has no section “" + id + "”.");
                }
                b.form(id);
            });
            optional(s, "paragraphs").ifPresent(p -> b.paragraph(strings(p).toArray(String[]::new)));
            optional(s, "subsections").ifPresent(p -> sections(p, form, depth + 1, keys).forEach(b::subsection));
            optional(s, "tables").ifPresent(p -> {
                for (Node t : arr(p, "表格列表", "a list of tables").items()) {
                    String id = string(t);
                    if (form.table(id).isEmpty()) {
                        throw t.where().error(form.edition() + "版本没有表格“" + id + "”。",
                                "Edition " + form.edition() + " has no table “" + id + "”.");
                    }
                    b.table(id);
                }
            });
            out.add(b.build());
        }
        return out;
    }

    private StatisticsTable table(Node node, TableDefinition def, Keys keys) {
        Obj t = obj(node, def.number().zh(), def.number().en());
        only(t, keys.table());
        StatisticsTable.Builder b = StatisticsTable.builder(def);
        optional(t, "cells").ifPresent(cells -> obj(cells, "单元格集合", "the cells").fields().forEach((rowId, rowNode) -> {
            if (def.row(rowId).filter(r -> r.hasCells()).isEmpty()) {
                throw rowNode.where().error(def.number().zh() + "没有可填数的行“" + rowId + "”。",
                        def.number().en() + " has no row “" + rowId + "” that holds values.");
            }
            obj(rowNode, "行", "a row").fields().forEach((columnId, valueNode) -> {
                CellId id = CellId.isId(columnId) ? new CellId(def.id(), rowId, columnId) : null;
                CellDefinition cell = id == null ? null : def.cell(id).orElse(null);
                if (cell == null) {
                    throw valueNode.where().error(def.number().zh() + "的行“" + rowId + "”没有列“" + columnId + "”。",
                            def.number().en() + " row “" + rowId + "” has no column “" + columnId + "”.");
                }
                b.set(cell.id(), value(valueNode, cell));
            });
        }));
        optional(t, "extraRows").ifPresent(rows -> {
            for (Node r : arr(rows, "附加行列表", "a list of extra rows").items()) {
                Obj row = obj(r, "附加行", "an extra row");
                only(row, keys.extraRow());
                Node label = required(row, "label");
                String unit = optional(row, "unit").map(this::string).orElse("");
                Map<String, CellValue> values = new LinkedHashMap<>();
                optional(row, "values").ifPresent(v -> obj(v, "附加行的值", "the values of an extra row")
                        .fields().forEach((col, val) -> values.put(col, extraValue(val))));
                Optional<String> partOf = optional(row, "partOf").map(this::string);
                model(r, () -> b.addExtraRow(new ExtraRow(string(label), unit, values, partOf)));
            }
        });
        optional(t, "extraColumns").ifPresent(columns -> {
            for (Node c : arr(columns, "附加列列表", "a list of extra columns").items()) {
                Obj column = obj(c, "附加列", "an extra column");
                only(column, EXTRA_COLUMN_KEYS);
                Node id = required(column, "id");
                Node label = required(column, "label");
                Map<String, CellValue> values = new LinkedHashMap<>();
                optional(column, "values").ifPresent(v -> obj(v, "附加列的值", "the values of an extra column")
                        .fields().forEach((row, val) -> values.put(row, extraValue(val))));
                model(c, () -> b.addExtraColumn(new ExtraColumn(string(id), string(label), values)));
            }
        });
        optional(t, "texts").ifPresent(texts -> obj(texts, "单元格文字", "the texts of cells").fields().forEach((rowId, rowNode) ->
                obj(rowNode, "行", "a row").fields().forEach((columnId, textNode) -> {
                    CellId id = CellId.isId(rowId) && CellId.isId(columnId) ? new CellId(def.id(), rowId, columnId) : null;
                    if (id == null || def.cell(id).isEmpty()) {
                        throw textNode.where().error(def.number().zh() + "没有单元格“" + rowId + "." + columnId + "”。",
                                def.number().en() + " has no cell “" + rowId + "." + columnId + "”.");
                    }
                    model(textNode, () -> b.text(id, string(textNode)));
                })));
        optional(t, "printed").ifPresent(p -> b.printedShape(printed(p)));
        return model(node, b::build);
    }

    private PrintedShape printed(Node node) {
        Obj p = obj(node, "印出的表格", "the printed table");
        only(p, PRINTED_KEYS);
        String caption = optional(p, "caption").map(this::string).orElse("");
        List<PrintedShape.Row> rows = new ArrayList<>();
        for (Node r : arr(required(p, "rows"), "印出的行列表", "a list of printed rows").items()) {
            Obj row = obj(r, "印出的行", "a printed row");
            Optional<Node> extra = optional(row, "extraRow");
            if (extra.isPresent()) {
                only(row, PRINTED_EXTRA_ROW_KEYS);
                rows.add(new PrintedShape.ExtraRowAt((int) integer(extra.get(), 0, Integer.MAX_VALUE,
                        "附加行序号", "The index of an extra row")));
            } else {
                only(row, PRINTED_ROW_KEYS);
                rows.add(new PrintedShape.FormRow(string(required(row, "row")),
                        optional(row, "label").map(this::string), optional(row, "unit").map(this::string)));
            }
        }
        List<PrintedShape.Column> columns = new ArrayList<>();
        for (Node c : arr(required(p, "columns"), "印出的列列表", "a list of printed columns").items()) {
            Obj column = obj(c, "印出的列", "a printed column");
            Optional<Node> extra = optional(column, "extraColumn");
            if (extra.isPresent()) {
                only(column, PRINTED_EXTRA_COLUMN_KEYS);
                columns.add(new PrintedShape.ExtraColumnAt(string(extra.get())));
            } else {
                only(column, PRINTED_COLUMN_KEYS);
                columns.add(new PrintedShape.FormColumn(string(required(column, "column")),
                        optional(column, "label").map(this::string)));
            }
        }
        return new PrintedShape(caption, rows, columns);
    }

    private CellValue value(Node node, CellDefinition cell) {
        if (node instanceof Null) {
            return CellValue.BLANK;
        }
        if (node instanceof Str s && s.value().equals("/")) {
            return CellValue.NOT_APPLICABLE;
        }
        String zh = "单元格“" + cell.name().zh() + "”";
        String en = "Cell “" + cell.name().en() + "”";
        if (cell.kind() == ValueKind.AMOUNT) {
            if (node instanceof Obj o) {
                return amount(o);
            }
            throw node.where().error(zh + "应为金额对象 {\"amount\": \"0.00\", \"unit\": \"万元\"}、\"/\" 或 null。",
                    en + " takes an amount object {\"amount\": \"0.00\", \"unit\": \"万元\"}, \"/\" or null.");
        }
        if (node instanceof Num n && n.integral()) {
            if (cell.kind() == ValueKind.SIGNED_COUNT) {
                return SignedCount.of(integer(n, Long.MIN_VALUE, Long.MAX_VALUE, zh, en));
            }
            return Count.of(integer(n, 0, Long.MAX_VALUE, zh, en));
        }
        throw node.where().error(zh + "应为" + (cell.kind() == ValueKind.COUNT ? "非负整数" : "整数") + "、\"/\" 或 null。",
                en + " takes " + (cell.kind() == ValueKind.COUNT ? "a non-negative whole number" : "a whole number")
                        + ", \"/\" or null.");
    }

    private CellValue extraValue(Node node) {
        if (node instanceof Null) {
            return CellValue.BLANK;
        }
        if (node instanceof Str s && s.value().equals("/")) {
            return CellValue.NOT_APPLICABLE;
        }
        if (node instanceof Obj o) {
            return amount(o);
        }
        if (node instanceof Num n && n.integral()) {
            return Count.of(integer(n, 0, Long.MAX_VALUE, "附加行的值", "A value of an extra row"));
        }
        throw node.where().error("附加行的值应为非负整数、金额对象、\"/\" 或 null。",
                "A value of an extra row is a non-negative whole number, an amount object, \"/\" or null.");
    }

    private Amount amount(Obj o) {
        only(o, AMOUNT_KEYS);
        Node amount = required(o, "amount");
        Node unitNode = required(o, "unit");
        String text = string(amount);
        if (text.length() > Amount.MAX_DIGITS + 1) {
            throw amount.where().error("金额的位数超过 " + Amount.MAX_DIGITS + " 位：" + text.substring(0, 24) + "…",
                    "An amount has more than " + Amount.MAX_DIGITS + " digits: " + text.substring(0, 24) + "…");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw amount.where().error("金额应写成非负的十进制数字字符串，例如 \"18651.06\"：" + text,
                    "An amount is a string of non-negative decimal digits such as \"18651.06\": " + text);
        }
        String unitText = string(unitNode);
        MoneyUnit unit = Arrays.stream(MoneyUnit.values()).filter(u -> u.label().zh().equals(unitText)).findFirst()
                .orElseThrow(() -> unitNode.where().error("金额单位应为“元”或“万元”：" + unitText,
                        "The unit of an amount is “元” or “万元”: " + unitText));
        return model(amount, () -> new Amount(new BigDecimal(text), unit));
    }

    private static <T> T model(Node node, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ReportModelException e) {
            throw new ReportJsonException(node.where().pointer(), node.where().line(), node.where().column(),
                    e.problem().zh(), e.problem().en(), e);
        }
    }

    private static void model(Node node, Runnable build) {
        model(node, () -> {
            build.run();
            return null;
        });
    }

    private static Obj obj(Node node, String zh, String en) {
        if (node instanceof Obj o) {
            return o;
        }
        throw node.where().error(zh + "应为 JSON 对象。", en + " must be a JSON object.");
    }

    private static Arr arr(Node node, String zh, String en) {
        if (node instanceof Arr a) {
            return a;
        }
        throw node.where().error(zh + "应为 JSON 数组。", en + " must be a JSON array.");
    }

    private String string(Node node) {
        if (node instanceof Str s) {
            return s.value();
        }
        throw node.where().error("应为字符串。", "A string is expected here.");
    }

    private List<String> strings(Node node) {
        return arr(node, "段落列表", "a list of paragraphs").items().stream().map(this::string).toList();
    }

    private static long integer(Node node, long min, long max, String zh, String en) {
        if (node instanceof Num n && n.integral()) {
            String text = n.text();
            if (text.length() <= 18 && text.charAt(0) != '-') { // fast path: up to 18 digits fit a long
                long v = Long.parseLong(text);
                if (v >= min && v <= max) {
                    return v;
                }
            }
            BigDecimal v = new BigDecimal(text);
            if (v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return v.longValueExact();
            }
            if (min == 0 && v.signum() < 0) {
                throw node.where().error(zh + "不能为负数：" + n.text() + "。", en + " cannot be negative: " + n.text() + ".");
            }
            throw node.where().error(zh + "超出范围（" + min + "…" + max + "）：" + n.text() + "。",
                    en + " is out of range (" + min + "…" + max + "): " + n.text() + ".");
        }
        throw node.where().error(zh + "应为整数。", en + " must be a whole number.");
    }

    private LocalDate date(Node node) {
        String text = string(node);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw node.where().error("日期应写成 YYYY-MM-DD：" + text, "A date is written YYYY-MM-DD: " + text);
        }
    }

    private <E extends Enum<E>> E enumValue(Node node, Class<E> type, String zh, String en) {
        String text = string(node);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        throw node.where().error("未知的" + zh + "“" + text + "”（应为 " + allowed + "）。",
                "Unknown " + en + " “" + text + "” (expected one of " + allowed + ").");
    }

    private static Node required(Obj o, String key) {
        Node n = o.fields().get(key);
        if (n == null) {
            throw o.where().error("缺少必填字段“" + key + "”。", "The required field “" + key + "” is missing.");
        }
        return n;
    }

    private static Optional<Node> optional(Obj o, String key) {
        return Optional.ofNullable(o.fields().get(key));
    }

    private static void only(Obj o, Set<String> allowed) {
        for (Map.Entry<String, Node> e : o.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().where().error("未知字段“" + e.getKey() + "”（允许：" + sorted(allowed) + "）。",
                        "Unknown field “" + e.getKey() + "” (allowed: " + sorted(allowed) + ").");
            }
        }
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", keys.stream().sorted().toList());
    }
}
