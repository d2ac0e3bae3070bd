package io.github.xxgk.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.xxgk.core.json.ReportJsonException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON tree whose every node knows its JSON pointer, line and column, parsed with the
 * jackson-core streaming parser under explicit limits. Duplicate keys are refused. Not API.
 */
public final class JsonTree {

    /**
     * The longest key accepted, in characters. Checked here rather than with jackson-core's own name limit,
     * which jackson-core 2.15, the oldest supported, lacks (it came with 2.16).
     */
    static final int MAX_NAME_LENGTH = 1000;

    private JsonTree() {
    }

    /** A node of the tree. */
    public sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        /** Where the node is. */
        Where where();
    }

    /**
     * The location of a node: its parent's location and its key (or index), line and column. The JSON
     * pointer is built only when asked for, that is, for an error.
     */
    public static final class Where {
        private final Where parent;
        private final String key;
        private final int line;
        private final int column;

        Where(Where parent, String key, int line, int column) {
            this.parent = parent;
            this.key = key;
            this.line = line;
            this.column = column;
        }

        /** The location of a child under a key or index. */
        Where child(String childKey, int childLine, int childColumn) {
            return new Where(this, childKey, childLine, childColumn);
        }

        /** The JSON pointer (RFC 6901) of the node. */
        public String pointer() {
            if (parent == null) {
                return "";
            }
            return parent.pointer() + "/" + key.replace("~", "~0").replace("/", "~1");
        }

        /** The 1-based line. */
        public int line() {
            return line;
        }

        /** The 1-based column. */
        public int column() {
            return column;
        }

        /** An exception at this location. */
        public ReportJsonException error(String zh, String en) {
            return new ReportJsonException(pointer(), line, column, zh, en, null);
        }
    }

    /** An object, keys in document order. */
    public record Obj(Where where, Map<String, Node> fields) implements Node {
    }

    /** An array. */
    public record Arr(Where where, List<Node> items) implements Node {
    }

    /** A string. */
    public record Str(Where where, String value) implements Node {
    }

    /** A number, kept as its text. */
    public record Num(Where where, String text, boolean integral) implements Node {
    }

    /** true or false. */
    public record Bool(Where where, boolean value) implements Node {
    }

    /** null. */
    public record Null(Where where) implements Node {
    }

    /**
     * Builds the factory with the reader's limits.
     *
     * @param maxDepth the deepest nesting allowed
     * @param maxStringLength the longest string allowed, in characters
     * @return the factory
     */
    public static JsonFactory factory(int maxDepth, int maxStringLength) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(64)
                        .build())
                .build();
    }

    /**
     * Parses a whole document.
     *
     * @param factory the factory with the limits
     * @param bytes the UTF-8 document
     * @return the root node
     * @throws ReportJsonException for a syntax error, a duplicate key or input beyond the limits
     */
    public static Node parse(JsonFactory factory, byte[] bytes) {
        JsonParser p;
        try {
            p = factory.createParser(bytes);
        } catch (IOException e) {
            throw new ReportJsonException("", 0, 0, "无法读取输入：" + e.getMessage(), "Cannot read the input: " + e.getMessage(), e);
        }
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ReportJsonException("", 1, 1, "输入为空，不是 JSON 文档。", "The input is empty, not a JSON document.", null);
            }
            JsonLocation start = p.currentTokenLocation();
            Node root = read(p, new Where(null, "", start.getLineNr(), start.getColumnNr()));
            if (p.nextToken() != null) {
                throw new ReportJsonException("", line(p), column(p), "JSON 文档结束后还有多余内容。",
                        "There is more content after the end of the JSON document.", null);
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw located(p, e, "输入超出限制（嵌套过深、字符串或数字过长）：",
                    "The input exceeds a limit (nesting too deep, string or number too long): ");
        } catch (JsonProcessingException e) {
            throw located(p, e, "JSON 语法错误：", "JSON syntax error: ");
        } catch (IOException e) {
            throw new ReportJsonException("", 0, 0, "无法读取输入：" + e.getMessage(), "Cannot read the input: " + e.getMessage(), e);
        }
    }

    private static ReportJsonException located(JsonParser p, JsonProcessingException e, String zh, String en) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String pointer = p.getParsingContext().pathAsPointer().toString();
        return new ReportJsonException(pointer, loc.getLineNr(), loc.getColumnNr(),
                zh + e.getOriginalMessage(), en + e.getOriginalMessage(), e);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static int column(JsonParser p) {
        return p.currentTokenLocation().getColumnNr();
    }

    /** The current token's line, read without allocating a location where the parser allows it. */
    private static int tokenLine(JsonParser p) {
        return p instanceof ParserBase b ? b.getTokenLineNr() : line(p);
    }

    /** The current token's column, read without allocating a location where the parser allows it. */
    private static int tokenColumn(JsonParser p) {
        return p instanceof ParserBase b ? b.getTokenColumnNr() : column(p);
    }

    private static Node read(JsonParser p, Where where) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (key.length() > MAX_NAME_LENGTH) {
                        JsonLocation at = p.currentTokenLocation();
                        throw new ReportJsonException(where.pointer(), at.getLineNr(), at.getColumnNr(),
                                "键长 " + key.length() + " 个字符，超过 " + MAX_NAME_LENGTH + " 个字符的上限。",
                                "A key of " + key.length() + " characters is longer than the limit of " + MAX_NAME_LENGTH
                                + " characters.", null);
                    }
                    if (fields.containsKey(key)) {
                        JsonLocation at = p.currentTokenLocation();
                        throw where.child(key, at.getLineNr(), at.getColumnNr())
                                .error("键“" + key + "”重复出现。", "The key “" + key + "” appears twice.");
                    }
                    p.nextToken();
                    fields.put(key, read(p, where.child(key, tokenLine(p), tokenColumn(p))));
                }
                return new Obj(where, Collections.unmodifiableMap(fields));
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, where.child(Integer.toString(items.size()), tokenLine(p), tokenColumn(p))));
                }
                return new Arr(where, List.copyOf(items));
            }
            case VALUE_STRING:
                return new Str(where, p.getText());
            case VALUE_NUMBER_INT:
                return new Num(where, p.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new Num(where, p.getText(), false);
            case VALUE_TRUE:
                return new Bool(where, true);
            case VALUE_FALSE:
                return new Bool(where, false);
            case VALUE_NULL:
                return new Null(where);
            default:
                throw where.error("意外的 JSON 记号：" + t, "Unexpected JSON token: " + t);
        }
    }
}
