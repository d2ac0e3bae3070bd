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

    static Inferred infer(String name) {
        for (Ending e : ENDINGS) {
            if (name.endsWith(e.suffix())) {
                return new Inferred(e.kind(), "“" + e.suffix() + "”");
            }
        }
        return new Inferred(AgencyKind.OTHER, "");
    }
}
