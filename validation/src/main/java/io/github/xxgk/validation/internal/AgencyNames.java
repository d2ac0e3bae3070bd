package io.github.xxgk.validation.internal;

import java.util.List;
import java.util.Optional;

/**
 * Whether two names are the usual variants of one agency's name across years, and which variant:
 * the same name written with full- or half-width brackets, letters and digits, or with spaces; or the
 * same name with the parent region put before it ({@code 洪泽区人民政府} / {@code 淮安市洪泽区人民政府}).
 * The variant rules are the data below, declared once. They are kept conservative, since pairing two
 * agencies falsely is worse than refusing: a region prefix is accepted only when the prefix is itself
 * made of whole region names and the shorter name begins with a region of a lower level of its own
 * (so {@code 人民政府} and {@code 淮安市人民政府}, or {@code 市统计局} and {@code 淮安市统计局}, are not
 * paired). Not API: the public face is {@link io.github.xxgk.validation.AgencyNames}.
 */
public final class AgencyNames {

    private AgencyNames() {
    }

    /** The ways two names were found to be the same agency's. */
    public enum Variant {
        /** Identical. */
        SAME,
        /** The same once full- and half-width forms and spaces are ignored. */
        WRITING,
        /** One is the other with its parent region put before it. */
        PARENT_REGION
    }

    // ------------------------------------------------------------------ the variant rules (data)

    /** Full-width forms and their half-width equivalents, pairwise (brackets of the kinds names use). */
    private static final String FULL_WIDTH = "（）［］｛｝【】〔〕";
    private static final String HALF_WIDTH = "()[]{}[][]";

    /**
     * The endings of region names that may stand before an agency's name as its parent region, longest
     * first: 省, 自治区, 直辖市 and 特别行政区 at the top, then 市, 州, 地区, 盟, then 县, 区, 旗.
     */
    private static final List<String> PARENT_ENDINGS = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区",
            "省", "市", "州", "盟", "县", "区", "旗");

    /**
     * The endings of the region a name must begin with to take a parent-region prefix: the region of
     * the agency itself, one level or more below the prefix.
     */
    private static final List<String> OWN_REGION_ENDINGS = List.of("自治州", "自治县", "自治旗", "地区", "市", "州", "盟",
            "县", "区", "旗", "街道", "镇", "乡", "苏木");

    /** The most characters of a region name before its ending (新疆维吾尔, 内蒙古, 黔东南苗族侗族). */
    private static final int REGION_STEM = 8;

    /** At most this many region names in a parent prefix (江苏省淮安市). */
    private static final int PREFIX_REGIONS = 2;

    // ------------------------------------------------------------------ matching

    /**
     * Whether two names are variants of one agency's name.
     *
     * @param a one name
     * @param b the other
     * @return the variant, or empty when the names really differ
     */
    public static Optional<Variant> variant(String a, String b) {
        if (a.equals(b)) {
            return Optional.of(Variant.SAME);
        }
        String x = normalised(a);
        String y = normalised(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        if (x.equals(y)) {
            return Optional.of(Variant.WRITING);
        }
        String shorter = x.length() < y.length() ? x : y;
        String longer = x.length() < y.length() ? y : x;
        if (longer.endsWith(shorter) && regionPrefix(longer.substring(0, longer.length() - shorter.length()))
                && beginsWithOwnRegion(shorter)) {
            return Optional.of(Variant.PARENT_REGION);
        }
        return Optional.empty();
    }

    /** The name with spaces removed and full-width letters, digits and brackets made half-width. */
    public static String normalised(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            int k = FULL_WIDTH.indexOf(c);
            if (k >= 0) {
                c = HALF_WIDTH.charAt(k);
            } else if (c >= '！' && c <= '～' && Character.isLetterOrDigit((char) (c - 0xFEE0))) {
                c = (char) (c - 0xFEE0);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether a text is one or two whole region names (淮安市, 江苏省淮安市). */
    private static boolean regionPrefix(String prefix) {
        return regions(prefix, PREFIX_REGIONS);
    }

    private static boolean regions(String text, int most) {
        if (text.isEmpty()) {
            return false;
        }
        for (String ending : PARENT_ENDINGS) {
            for (int end = ending.length() + 1; end <= Math.min(text.length(), REGION_STEM + ending.length()); end++) {
                if (text.startsWith(ending, end - ending.length()) && chinese(text, 0, end - ending.length())) {
                    String rest = text.substring(end);
                    if (rest.isEmpty() || (most > 1 && regions(rest, most - 1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a name begins with a region name of its own (洪泽区…, 沛县…, 北大湖镇…) and goes on after it. */
    private static boolean beginsWithOwnRegion(String name) {
        for (String ending : OWN_REGION_ENDINGS) {
            int at = name.indexOf(ending);
            if (at >= 1 && at <= REGION_STEM && chinese(name, 0, at) && name.length() > at + ending.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean chinese(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
