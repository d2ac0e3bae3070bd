package io.github.xxgk.ingest.internal;

import io.github.xxgk.core.AgencyKind;
import java.util.List;

/**
 * The agency's kind inferred from the end of its name (人民政府 / 办公室、局、委员会 /
 * 乡、镇、街道办事处). An inference, always reported as one. Not API.
 */
final class AgencyKinds {

    private AgencyKinds() {
    }

    private record Ending(String suffix, AgencyKind kind) {
    }

    /** Checked in order: the more specific endings first. */
    private static final List<Ending> ENDINGS = List.of(
            new Ending("街道办事处", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("街道办", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("街道", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("镇人民政府", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("乡人民政府", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("镇政府", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("乡政府", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("镇", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("乡", AgencyKind.TOWNSHIP_OR_STREET),
            new Ending("人民政府办公室", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT),
            new Ending("人民政府", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("政府", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("办公室", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT),
            new Ending("委员会", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT),
            new Ending("局", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT),
            new Ending("厅", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT),
            new Ending("委", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT),
            new Ending("办", AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT),
            new Ending("中心", AgencyKind.OTHER),
            new Ending("管委会", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("实验区", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("自治州", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("自治县", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("区", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("县", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("市", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("省", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT),
            new Ending("旗", AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT));

    /** The kind and the ending it was inferred from. */
    record Inferred(AgencyKind kind, String from) {
    }

    /** The words a State Council department's name opens with (国家统计局, 国务院办公厅, 中华人民共和国海关总署). */
    private static final List<String> NATIONAL = List.of("中华人民共和国", "国务院", "国家");
    /** The endings of a department's name (部, 署, 局, 委员会, 厅, 办公室). */
    private static final List<String> DEPARTMENT_ENDINGS = List.of("委员会", "办公室", "部", "署", "局", "厅");
    /** The words that name a place below the State: a local office (市 alone, not in 市场). */
    private static final java.util.regex.Pattern LOCAL = java.util.regex.Pattern.compile("[省县区州旗乡镇]|市(?!场)");

    static Inferred infer(String name) {
        // a ministry (交通运输部, 中华人民共和国教育部) or another State Council department (国家发展和改革委员会,
        // 国家市场监督管理总局): opened by 国家 / 国务院 / 中华人民共和国, or a ministry's 部, with a department's
        // ending only at the end (国家税务总局某某市税务局 is a local office) and no local place in the name;
        // they were read as OTHER (部) or as a local department
        String national = NATIONAL.stream().filter(name::startsWith).findFirst().orElse("");
        String rest = name.substring(national.length());
        for (String ending : DEPARTMENT_ENDINGS) {
            boolean ministry = ending.equals("部") || !national.isEmpty();
            if (ministry && rest.endsWith(ending) && rest.length() > ending.length() && onlyAtEnd(rest)
                    && !LOCAL.matcher(rest).find()) {
                return new Inferred(AgencyKind.STATE_COUNCIL_DEPARTMENT,
                        national.isEmpty() ? "“" + ending + "”" : "“" + national + "”…“" + ending + "”");
            }
        }
        for (Ending e : ENDINGS) {
            if (name.endsWith(e.suffix())) {
                return new Inferred(e.kind(), "“" + e.suffix() + "”");
            }
        }
        return new Inferred(AgencyKind.OTHER, "");
    }

    /** Whether no department's ending stands inside a name but at its end. */
    private static boolean onlyAtEnd(String rest) {
        for (String ending : DEPARTMENT_ENDINGS) {
            int at = rest.indexOf(ending);
            if (at >= 0 && at + ending.length() < rest.length()) {
                return false;
            }
        }
        return true;
    }
}
