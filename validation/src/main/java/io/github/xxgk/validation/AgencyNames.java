package io.github.xxgk.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether two names are the usual variants of one agency's name across years, as the cross-year rules
 * pair them (see {@link ValidationContext}): the same name written with full- or half-width brackets,
 * letters and digits or with spaces ({@link Variant#WRITING}), or the same name with its parent region
 * put before it ({@link Variant#PARENT_REGION}: {@code 洪泽区人民政府} / {@code 淮安市洪泽区人民政府}). The
 * rules are conservative: pairing two agencies falsely is worse than refusing, so {@code 人民政府} and
 * {@code 淮安市人民政府}, or {@code 市统计局} and {@code 淮安市统计局}, are not paired. A renamed agency is
 * never paired by its name: the caller who knows it pairs it ({@link ValidationContext#withPreviousForced}).
 *
 * <p>Stateless and thread-safe.
 */
public final class AgencyNames {

    private AgencyNames() {
    }

    /** The ways two names are found to be one agency's. */
    public enum Variant {
        /** Identical. */
        SAME,
        /** The same once full- and half-width forms and spaces are ignored. */
        WRITING,
        /** One is the other with its parent region put before it. */
        PARENT_REGION
    }

    /**
     * Whether two names are variants of one agency's name, and which.
     *
     * @param a one name
     * @param b the other
     * @return the variant, or empty when the names really differ
     */
    public static Optional<Variant> variant(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return io.github.xxgk.validation.internal.AgencyNames.variant(a, b).map(v -> Variant.valueOf(v.name()));
    }

    /**
     * The name as the pairing compares it: spaces removed, full-width letters, digits and brackets made
     * half-width. Two names with the same normalised form are {@link Variant#WRITING} variants (or the same).
     *
     * @param name a name
     * @return its normalised form
     */
    public static String normalised(String name) {
        return io.github.xxgk.validation.internal.AgencyNames.normalised(Objects.requireNonNull(name, "name"));
    }
}
